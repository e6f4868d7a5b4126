package org.shouwang.assistance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure as the form sends it; codes and dates are strings so each mistake gets its own error code.
 *
 * @param version on adding, the plan's version the user saw (null when the household has no plan yet); on changing,
 *                the measure's version
 */
public record MeasureDraft(String category, String item, Long memberId, String startOn, String endOn, BigDecimal amount,
        String status, String deliveredOn, String responsibleUnit, List<String> riskTypes, String note, Integer version) {
}
