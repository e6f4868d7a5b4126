package org.shouwang.identification;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.registry.MonitoringCategory;

/**
 * A household was announced as monitored (纳入监测): assistance starts its clocks (contact person, measures) from
 * {@code identifiedOn}. {@code reMarked} is true when the household had been eliminated before (风险再标注).
 */
public record HouseholdIdentified(long caseId, long householdId, String regionCode, MonitoringCategory category,
        List<String> riskTypes, LocalDate identifiedOn, boolean reMarked) {
}
