package org.shouwang.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The numbers and words of a policy profile (issue 3, point 1). Every field may be absent in one profile: a township
 * profile states only what it changes, the rest comes from the profiles above it (see {@link PolicyProfile}).
 *
 * @param threshold      监测范围 per person and year, with the document that sets it
 * @param thresholdNote  why no threshold is given, when a plan does not state one
 * @param incomeWindow   收入测算期间: fixed dates, or the rolling months before the evaluation date
 * @param incomeItems    which items count in 家庭纯收入 and what is subtracted (DOMAIN.md 2.3, open points)
 * @param clueResponse   how soon a clue must be answered ([001]: 5 working days)
 * @param steps          step deadlines by step code (HOME_CHECK, DEMOCRATIC_REVIEW, PUBLICITY, TOWNSHIP_REVIEW,
 *                       COUNTY_APPROVAL, IDENTIFICATION_TOTAL, CONTACT_PERSON, MEASURES)
 * @param publicityDays  minimum days of village publicity
 * @param elimination    风险消除 parameters
 * @param visits         visit frequencies and daily caps
 * @param labels         words shown in the UI and documents by key, e.g. monitoredObject → 监测对象
 * @param params         further named numbers rules may use as {@code profile.params.<name>}
 */
public record ProfileParameters(Threshold threshold, String thresholdNote, IncomeWindow incomeWindow,
        IncomeItems incomeItems, Deadline clueResponse, Map<String, Deadline> steps, Integer publicityDays,
        Elimination elimination, Visits visits, Map<String, String> labels, Map<String, BigDecimal> params) {

    public record Threshold(BigDecimal amount, String source) {
    }

    /** Either from..to, or rollingMonths before the evaluation date. */
    public record IncomeWindow(LocalDate from, LocalDate to, Integer rollingMonths) {
    }

    public record IncomeItems(Boolean wage, Boolean business, Boolean property, Boolean transfer,
            Boolean subtractProductionExpense, Boolean subtractSelfPaid) {
    }

    /** A number of days, counted in working days (holiday calendar) or calendar days. */
    public record Deadline(Integer days, Boolean working) {
    }

    public record Elimination(Integer minMonthsSinceIdentification, Integer minMeasures, Integer stableIncomeMonths,
            Boolean noLabourNeverEliminated) {
    }

    public record Visits(Integer monitoredEveryMonths, Integer othersEveryMonths, Integer dailyCap,
            Integer relocationSiteDailyCap) {
    }
}
