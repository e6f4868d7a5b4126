package org.shouwang.registry;

import java.util.Set;

/**
 * A member as entered on a form or in a file row, before validation. {@code idNumber} and {@code phone} may be null
 * on an edit, meaning "unchanged" (the UI only ever sees them masked).
 */
public record MemberDraft(String name, String idNumber, Relation relation, String ethnicity, Education education,
        SchoolStage schoolStage, Set<Health> health, DisabilityCategory disabilityCategory, Integer disabilityGrade,
        LabourCapacity labourCapacity, String workPlace, Integer workMonths, MedicalInsurance medicalInsurance,
        PensionInsurance pensionInsurance, boolean dibao, boolean tekun, boolean relocated, String phone) {

    public MemberDraft {
        health = health == null || health.isEmpty() ? Set.of(Health.HEALTHY) : Set.copyOf(health);
    }

    public MemberDraft withIdNumber(String id) {
        return new MemberDraft(name, id, relation, ethnicity, education, schoolStage, health, disabilityCategory,
                disabilityGrade, labourCapacity, workPlace, workMonths, medicalInsurance, pensionInsurance, dibao, tekun,
                relocated, phone);
    }

    public MemberDraft withPhone(String p) {
        return new MemberDraft(name, idNumber, relation, ethnicity, education, schoolStage, health, disabilityCategory,
                disabilityGrade, labourCapacity, workPlace, workMonths, medicalInsurance, pensionInsurance, dibao, tekun,
                relocated, p);
    }
}
