package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored visit as the API shows it, with the labels of its codes.
 *
 * @param headName           the household head, so a visitor's own list reads without opening each household
 * @param clueId             the risk clue this visit's findings went into, or null when none was raised
 * @param correctsVisitId    the visit this one corrects
 * @param correctedByVisitId the later visit that corrects this one; a corrected visit is kept, shown as superseded
 */
public record Visit(long id, long householdId, String householdNo, String headName, String regionCode, String villageName,
        String visitorUsername, String visitorName, String visitorRole, String visitorRoleLabel, VisitMode mode,
        String modeLabel, LocalDate visitDate, boolean householdReached, String findings, IncomeChange incomeChange,
        String incomeChangeLabel, BigDecimal incomeChangeAmount, List<GuaranteeGap> guaranteeGaps,
        List<String> guaranteeGapLabels, List<RiskType> riskTypes, List<String> riskTypeLabels, boolean raiseClue,
        String clueReason, Long clueId, boolean clueRaised, Long correctsVisitId, Long correctedByVisitId,
        OffsetDateTime createdAt) {
}
