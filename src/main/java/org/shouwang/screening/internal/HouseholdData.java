package org.shouwang.screening.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What screening reads about one household, as stored (codes, not labels); {@link ViewBuilder} turns it into the view. */
public record HouseholdData(long id, String householdNo, String regionCode, String householdType, Integer povertyExitYear,
        String monitoringStatus, String monitoringCategory, boolean relocated, List<MemberData> members,
        List<IncomeData> incomes, List<FactData> facts, List<String> channels) {

    public record MemberData(LocalDate birthDate, String sex, String relation, String labour, String health,
            String disabilityCategory, Integer disabilityGrade, String schoolStage, Integer workMonths,
            String medicalInsurance, boolean dibao, boolean tekun) {
    }

    public record IncomeData(LocalDate periodStart, LocalDate periodEnd, BigDecimal wage, BigDecimal business,
            BigDecimal property, BigDecimal transfer, BigDecimal productionExpense, BigDecimal selfPaid,
            int memberCountUsed) {
    }

    /** @param department the Department code; fields as stored (strings and numbers) */
    public record FactData(long id, String department, String kind, LocalDate date, BigDecimal amount,
            Map<String, Object> fields, String sourceRef, String source) {
    }
}
