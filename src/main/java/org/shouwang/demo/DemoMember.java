package org.shouwang.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.Education;
import org.shouwang.registry.Health;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MedicalInsurance;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;

/** One invented household member; filled step by step while the household is generated, then only read. */
final class DemoMember {

    final String name;
    final String idNumber;
    final boolean male;
    final LocalDate birthDate;
    /** Age in whole years on {@link HouseholdFactory#REFERENCE_DATE}. */
    final int age;
    final Relation relation;
    String ethnicity = "汉族";
    Education education;
    SchoolStage schoolStage;
    final Set<Health> health = EnumSet.noneOf(Health.class);
    DisabilityCategory disabilityCategory;
    Integer disabilityGrade;
    LabourCapacity labour = LabourCapacity.NONE;
    String workPlace;
    Integer workMonths;
    MedicalInsurance medical = MedicalInsurance.RESIDENT;
    PensionInsurance pension;
    boolean dibao;
    boolean tekun;
    boolean relocated;
    String phone;

    DemoMember(String name, String idNumber, boolean male, LocalDate birthDate, int age, Relation relation) {
        this.name = name;
        this.idNumber = idNumber;
        this.male = male;
        this.birthDate = birthDate;
        this.age = age;
        this.relation = relation;
    }

    boolean sick() {
        return health.contains(Health.SERIOUS) || health.contains(Health.CHRONIC);
    }

    boolean canWork() {
        return labour == LabourCapacity.SKILLED || labour == LabourCapacity.ORDINARY || labour == LabourCapacity.WEAK;
    }

    boolean migrant() {
        return workMonths != null;
    }
}
