package org.shouwang.assistance;

import org.shouwang.identification.HouseholdIdentified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts monthly follow-up when a household is announced as monitored, once the announcement is committed and in
 * its own transaction: a failure here is logged and put right by the next rebuild, never undoing the announcement.
 */
@Component
class IdentifiedHouseholds {

    private static final Logger log = LoggerFactory.getLogger(IdentifiedHouseholds.class);

    private final Schedules schedules;

    IdentifiedHouseholds(Schedules schedules) {
        this.schedules = schedules;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(HouseholdIdentified identified) {
        try {
            schedules.refresh(identified.householdId(), identified.identifiedOn());
        } catch (RuntimeException e) {
            log.warn("Follow-up schedules of household {} not refreshed after case {}: {}", identified.householdId(),
                    identified.caseId(), e.getMessage());
        }
    }
}
