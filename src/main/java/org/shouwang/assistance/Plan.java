package org.shouwang.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * 一户一方案: the household's plan with its clocks and measures.
 *
 * @param contactDue  contact persons are due by this day (profile step CONTACT_PERSON)
 * @param measuresDue measures are due by this day (profile step MEASURES)
 * @param riskTypes   the risk types the checks answer (from the identification case)
 */
public record Plan(long id, long householdId, Long caseId, LocalDate startedOn, LocalDate contactDue, LocalDate measuresDue,
        int version, List<String> riskTypes, List<String> riskTypeLabels, List<Measure> measures) {
}
