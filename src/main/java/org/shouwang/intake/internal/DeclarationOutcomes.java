package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.shouwang.screening.ClueDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells applicants the village's decision: when a clue that a declaration fed is decided, the declaration is 已办结
 * with the decision's label. Runs once the decision is committed, in its own transaction, so a declaration that can
 * no longer be updated never undoes the decision itself.
 */
@Component
class DeclarationOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeclarationOutcomes.class);
    private static final String PREFIX = "declaration:";

    private final DeclarationStore store;
    private final Clock clock;

    DeclarationOutcomes(DeclarationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ClueDecided decided) {
        if (decided.sourceRefs() == null || decided.outcome() == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        for (String ref : decided.sourceRefs()) {
            if (ref != null && ref.startsWith(PREFIX)) {
                String tracking = ref.substring(PREFIX.length());
                if (!store.decide(tracking, decided.outcome().name(), today, now)) {
                    log.warn("Clue {} names declaration {} which does not exist", decided.clueId(), tracking);
                }
            }
        }
    }
}
