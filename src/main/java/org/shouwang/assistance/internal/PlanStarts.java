package org.shouwang.assistance.internal;

import org.shouwang.identification.GreenChannelOpened;
import org.shouwang.identification.HouseholdIdentified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the assistance clocks when identification announces a household or opens the 绿色通道, after that decision
 * is committed and in a transaction of its own: a plan that cannot start never undoes the county's decision. (What
 * {@code @ApplicationModuleListener} means, spelled out: its spring-modulith-events-api jar is not a dependency.)
 */
@Component
class PlanStarts {

    private static final Logger log = LoggerFactory.getLogger(PlanStarts.class);

    private final PlanClocks clocks;

    PlanStarts(PlanClocks clocks) {
        this.clocks = clocks;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(HouseholdIdentified e) {
        try {
            clocks.identified(e.caseId(), e.householdId(), e.regionCode(), e.riskTypes(), e.identifiedOn(), e.reMarked(),
                    "identification:" + e.caseId());
        } catch (RuntimeException ex) {
            log.warn("Identification case {} could not start the plan of household {}: {}", e.caseId(), e.householdId(),
                    ex.getMessage());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(GreenChannelOpened e) {
        try {
            clocks.start(e.caseId(), e.householdId(), e.regionCode(), e.riskTypes(), e.openedOn(),
                    "green-channel:" + e.caseId());
        } catch (RuntimeException ex) {
            log.warn("Green channel of case {} could not start the plan of household {}: {}", e.caseId(), e.householdId(),
                    ex.getMessage());
        }
    }
}
