package org.shouwang.assistance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A visit as the form sends it. Codes and the date are plain strings so that an unknown mode or a mistyped date gets
 * its own error code instead of a generic "malformed request".
 *
 * @param incomeChangeAmount estimated change of the yearly household income in yuan, as a positive magnitude
 * @param correctsVisitId    the visit this one corrects, if it is a correction
 */
public record VisitDraft(String mode, String visitDate, Boolean householdReached, String findings, String incomeChange,
        BigDecimal incomeChangeAmount, List<String> guaranteeGaps, List<String> riskTypes, boolean raiseClue,
        String clueReason, Long correctsVisitId) {
}
