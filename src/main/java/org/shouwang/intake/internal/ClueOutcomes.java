package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.shouwang.screening.ClueDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells each sender the village's decision (issue 3, point 11): an applicant's declaration becomes 已办结 with the
 * decision's label, a department's feed row gets the outcome its feed page shows. Runs once the decision is committed,
 * in its own transaction, so a sender's record that can no longer be updated never undoes the decision itself.
 */
@Component
class ClueOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ClueOutcomes.class);
    private static final String DECLARATION = "declaration:";

    private final DeclarationStore declarations;
    private final FeedOutcomes feeds;
    private final Clock clock;

    ClueOutcomes(DeclarationStore declarations, FeedOutcomes feeds, Clock clock) {
        this.declarations = declarations;
        this.feeds = feeds;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ClueDecided decided) {
        if (decided.sourceRefs() == null || decided.outcome() == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String ref : decided.sourceRefs()) {
            if (ref == null) {
                continue;
            }
            if (ref.startsWith(DECLARATION)) {
                String tracking = ref.substring(DECLARATION.length());
                if (!declarations.decide(tracking, decided.outcome().name(), now.toLocalDate(), now)) {
                    log.warn("Clue {} names declaration {} which does not exist", decided.clueId(), tracking);
                }
            } else {
                feeds.record(ref, decided, now);
            }
        }
    }
}
