package org.shouwang.elimination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringStatus;

/**
 * What the system knows about a household when eligibility is checked.
 *
 * @param incomes           registered incomes (收入登记), any order
 * @param identifiedOn      the announcement day of its latest identification, or null
 * @param measuresDelivered measures of its plan with status DELIVERED
 * @param labour            the labour capacity of each current member (null when not recorded)
 * @param latestVisit       its latest visit, or null
 */
public record EligibilityFacts(MonitoringStatus status, List<Income> incomes, LocalDate identifiedOn,
        int measuresDelivered, List<LabourCapacity> labour, Visit latestVisit) {

    /** One 收入登记: a period and the per-capita income scaled to a year. */
    public record Income(LocalDate start, LocalDate end, BigDecimal perCapitaYearly) {
    }

    /** The latest visit's 三保障/饮水 problems, as labels (empty when none were seen). */
    public record Visit(LocalDate date, List<String> guaranteeGaps) {
    }

    /**
     * What the village confirms in writing on the proposal, null while not yet stated. The system has no data on
     * large rigid spending, and a visit only reports problems it saw, so both need a person's word (see glossary).
     */
    public record Declarations(Boolean rigidSpendingResolved, Boolean guaranteesSecure, String note) {

        public static final Declarations NONE = new Declarations(null, null, null);
    }
}
