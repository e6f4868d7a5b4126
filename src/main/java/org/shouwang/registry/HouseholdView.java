package org.shouwang.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A household as its page shows it: ID and phone numbers masked, every enumeration with its label. */
public record HouseholdView(long id, String householdNo, String regionCode, String regionPath, Long groupId, String groupName,
        Long gridId, String gridName, String address, String phoneMasked, HouseholdType householdType,
        String householdTypeLabel, Integer povertyExitYear, MonitoringCategory monitoringCategory, String monitoringCategoryLabel,
        MonitoringStatus monitoringStatus, String monitoringStatusLabel, boolean relocated, String relocationSite, int version,
        List<Member> members, List<Income> incomes) {

    public record Member(long id, String name, String idNumberMasked, String sex, String sexLabel, LocalDate birthDate,
            int age, String ethnicity, Relation relation, String relationLabel, Education education, String educationLabel,
            SchoolStage schoolStage, String schoolStageLabel, List<Health> health, List<String> healthLabels,
            DisabilityCategory disabilityCategory, String disabilityCategoryLabel, Integer disabilityGrade,
            LabourCapacity labourCapacity, String labourCapacityLabel, String workPlace, Integer workMonths,
            MedicalInsurance medicalInsurance, String medicalInsuranceLabel, PensionInsurance pensionInsurance,
            String pensionInsuranceLabel, boolean dibao, boolean tekun, boolean relocated, String phoneMasked, int version) {
    }

    public record Income(long id, LocalDate periodStart, LocalDate periodEnd, BigDecimal wageIncome, BigDecimal businessIncome,
            BigDecimal propertyIncome, BigDecimal transferIncome, BigDecimal productionExpense, BigDecimal compliantSelfPaid,
            BigDecimal netIncome, BigDecimal perCapitaIncome, int memberCountUsed, int version) {
    }

    /** One line of the timeline. */
    public record Change(java.time.OffsetDateTime at, String actor, String entity, String entityLabel, String field,
            String fieldLabel, String before, String after, String source) {
    }
}
