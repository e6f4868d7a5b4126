package org.shouwang.identification.internal;

import org.shouwang.identification.Cases;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens the identification case a village decision asks for (启动识别认定), once the decision is committed and in
 * its own transaction, so a case that cannot be opened (the household is already monitored) never undoes the decision.
 */
@Component
class ClueStarts {

    private static final Logger log = LoggerFactory.getLogger(ClueStarts.class);

    private final Cases cases;

    ClueStarts(Cases cases) {
        this.cases = cases;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ClueDecided decided) {
        if (decided.outcome() != ClueOutcome.START_IDENTIFICATION) {
            return;
        }
        if (decided.householdId() == null) {
            log.warn("Clue {} starts identification but names no household; the village opens the case by hand", decided.clueId());
            return;
        }
        try {
            long id = cases.openFromClue(decided.householdId(), decided.clueId(), "clue:" + decided.clueId());
            log.info("Clue {} opened identification case {}", decided.clueId(), id);
        } catch (RuntimeException e) {
            // The decision is committed and the clerk's request must not fail for it; the case stays to open by hand.
            log.warn("Clue {} could not open an identification case: {}", decided.clueId(), e.getMessage());
        }
    }
}
