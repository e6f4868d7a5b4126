package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.shouwang.identification.CaseConcluded;
import org.shouwang.screening.ClueOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an applicant the end of the identification case their declaration led to: after 启动识别认定 the tracking page
 * said only that; once the case ends it says 已纳入监测 or 不予纳入 ([003]: record the result of every household not
 * included; [001]: tell the household the county's result). Runs after the case's step commits, in its own transaction.
 */
@Component
class CaseOutcomes {

    static final String INCLUDED = "INCLUDED";
    static final String INCLUDED_LABEL = "已纳入监测";

    private static final Logger log = LoggerFactory.getLogger(CaseOutcomes.class);

    private final DeclarationStore declarations;
    private final Clock clock;

    CaseOutcomes(DeclarationStore declarations, Clock clock) {
        this.declarations = declarations;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseConcluded concluded) {
        if (concluded.clueId() == null) {
            return;
        }
        int n = declarations.conclude(concluded.clueId(), concluded.included() ? INCLUDED : ClueOutcome.NOT_INCLUDED.name(),
                concluded.on(), OffsetDateTime.now(clock));
        if (n > 0) {
            log.info("Case {} ended {}: {} declaration(s) of clue {} updated", concluded.caseId(),
                    concluded.included() ? INCLUDED : "NOT_INCLUDED", n, concluded.clueId());
        }
    }
}
