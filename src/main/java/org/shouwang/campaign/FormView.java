package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.registry.HouseholdView;

/**
 * The 排查表 as the phone page shows it: the household pre-filled from the registry and the latest visit, the answers
 * (saved, or pre-filled so the screener confirms rather than re-types) and the flag with its reasons and the checks.
 *
 * @param members      current members with ID numbers masked
 * @param channels     the channels of the household's open clues (e.g. 部门筛查预警)
 * @param submitted    the saved form's version and who submitted it when; null before the first submission
 */
public record FormView(Campaign campaign, Household household, List<HouseholdView.Member> members, Income income,
        LastVisit lastVisit, List<Contact> contactPersons, List<String> channels, FormInput answers,
        Evaluation evaluation, Submitted submitted) {

    public record Campaign(long id, String name, int year, String state, LocalDate profileDate, LocalDate windowFrom,
            LocalDate windowTo) {
    }

    public record Household(long id, String householdNo, String regionCode, String regionPath, String headName,
            String address, String phoneMasked, String type, String typeLabel, String category, String categoryLabel,
            String status, String statusLabel, boolean eliminated) {
    }

    /**
     * The statement covering the income window (null fields when there is none) and the income registrations inside
     * the window, for comparison.
     */
    public record Income(Long statementId, LocalDate periodStart, LocalDate periodEnd, BigDecimal wageIncome,
            BigDecimal businessIncome, BigDecimal propertyIncome, BigDecimal transferIncome, BigDecimal productionExpense,
            BigDecimal compliantSelfPaid, BigDecimal netIncome, BigDecimal perCapitaIncome, BigDecimal threshold,
            BigDecimal registeredNet, int registeredPeriods) {
    }

    public record LastVisit(LocalDate date, String modeLabel, List<String> guaranteeGapLabels, List<String> riskLabels,
            String incomeChangeLabel) {
    }

    public record Contact(String name, String kindLabel, String unit, String phoneMasked) {
    }

    /**
     * @param blocked why no key-group rule could be evaluated (the profile states no threshold), else null
     */
    public record Evaluation(boolean computedFlag, List<FormReason> reasons, boolean flagged, String overrideReason,
            List<FormCheck> checks, String blocked, Long clueId, boolean rollbackProposed) {
    }

    public record Submitted(int version, String screener, OffsetDateTime at) {
    }
}
