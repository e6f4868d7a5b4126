package org.shouwang.campaign;

import java.math.BigDecimal;
import java.util.List;
import org.shouwang.assistance.GuaranteeGap;
import org.shouwang.registry.LabourCapacity;

/**
 * The 排查表 as the screener submits it. Member labour/work and the window's income are corrections of the registry
 * (written there, change-logged); the rest are this screening's own observations, kept on the form.
 *
 * @param version        the form version the screener saw; null for a household screened for the first time
 * @param members        confirmed or corrected labour and work, one per current member (absent = confirmed as stored)
 * @param income         the window's income as confirmed or corrected; null = confirmed as stored
 * @param guaranteeGaps  三保障 and drinking-water problems found
 * @param risks          风险类型 codes (DOMAIN.md 3.4), at most five
 * @param declared       the household itself states it is in difficulty (本人申报)
 * @param departmentWarned a department warned about the household (部门预警)
 * @param incomeFall     the household reports a sharp fall of income
 * @param lookBack       回头看 answers; required for households whose risk was eliminated
 * @param override       the screener's written override of the computed flag, if any
 */
public record FormInput(Integer version, FormVisitMode visitMode, List<MemberAnswer> members, IncomeAnswer income,
        List<GuaranteeGap> guaranteeGaps, List<String> risks, String difficulties, boolean declared,
        boolean departmentWarned, boolean incomeFall, LookBackAnswer lookBack, FlagOverride override) {

    public FormInput {
        members = members == null ? List.of() : List.copyOf(members);
        guaranteeGaps = guaranteeGaps == null ? List.of() : List.copyOf(guaranteeGaps);
        risks = risks == null ? List.of() : risks;
    }

    /** One member's labour and work; {@code version} is the member version shown on the form. */
    public record MemberAnswer(long memberId, int version, LabourCapacity labourCapacity, String workPlace,
            Integer workMonths) {
    }

    /** 收支情况 for the campaign's income window (DOMAIN.md 2.3), in yuan. */
    public record IncomeAnswer(BigDecimal wageIncome, BigDecimal businessIncome, BigDecimal propertyIncome,
            BigDecimal transferIncome, BigDecimal productionExpense, BigDecimal compliantSelfPaid) {
    }

    /** 回头看 for an eliminated household: is income still stable, 三保障 still secure, is there a new risk. */
    public record LookBackAnswer(Boolean incomeStable, Boolean guaranteesSecure, Boolean newRisk, String note,
            boolean proposeRollback) {
    }

    /** The flag the screener sets against the computed one, with the written reason. */
    public record FlagOverride(boolean flagged, String reason) {
    }
}
