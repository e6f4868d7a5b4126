package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.time.Period;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.shared.Sex;

/** The "Member" of docs/rules.md: one member on the evaluation date, labels as officials write them. */
final class MemberView extends LazyView<MemberView.Field> {

    /** The field names rules use (HouseholdViewSchema.MEMBER). */
    enum Field {
        age, sex, relation, labour, hasLabour, chronicIllness, seriousIllness, disabled, disabilityCategory,
        disabilityGrade, schoolStage, compulsoryStudent, nonCompulsoryStudent, workMonths, medicalInsured, dibao, tekun
    }

    private static final Fields<Field> FIELDS = new Fields<>(Field.class);

    private final HouseholdData.MemberData m;
    private final long age;

    MemberView(HouseholdData.MemberData m, LocalDate on) {
        super(FIELDS);
        this.m = m;
        this.age = age(m, on);
    }

    static long age(HouseholdData.MemberData m, LocalDate on) {
        return m.birthDate() == null || m.birthDate().isAfter(on) ? 0 : Period.between(m.birthDate(), on).getYears();
    }

    long age() {
        return age;
    }

    HouseholdData.MemberData data() {
        return m;
    }

    @Override
    protected Object compute(Field field) {
        return switch (field) {
            case age -> age;
            case sex -> Labels.of(Sex.class, m.sex());
            case relation -> Labels.of(Relation.class, m.relation());
            case labour -> Labels.of(LabourCapacity.class, m.labour());
            case hasLabour -> hasLabour(m);
            case chronicIllness -> health(m).contains("CHRONIC");
            case seriousIllness -> health(m).contains("SERIOUS");
            case disabled -> disabled(m);
            case disabilityCategory -> Labels.of(DisabilityCategory.class, m.disabilityCategory());
            case disabilityGrade -> m.disabilityGrade() == null ? 0L : (long) m.disabilityGrade();
            case schoolStage -> Labels.of(SchoolStage.class, m.schoolStage());
            case compulsoryStudent -> compulsory(m);
            case nonCompulsoryStudent -> m.schoolStage() != null && !compulsory(m) && !"PRESCHOOL_CHILD".equals(m.schoolStage());
            case workMonths -> m.workMonths() == null ? 0L : (long) m.workMonths();
            case medicalInsured -> insured(m);
            case dibao -> m.dibao();
            case tekun -> m.tekun();
        };
    }

    static boolean hasLabour(HouseholdData.MemberData m) {
        return "SKILLED".equals(m.labour()) || "ORDINARY".equals(m.labour());
    }

    static boolean disabled(HouseholdData.MemberData m) {
        return health(m).contains("DISABLED") || m.disabilityCategory() != null;
    }

    static boolean insured(HouseholdData.MemberData m) {
        return "RESIDENT".equals(m.medicalInsurance()) || "EMPLOYEE".equals(m.medicalInsurance());
    }

    private static boolean compulsory(HouseholdData.MemberData m) {
        return "PRIMARY".equals(m.schoolStage()) || "JUNIOR".equals(m.schoolStage());
    }

    private static String health(HouseholdData.MemberData m) {
        return m.health() == null ? "" : m.health();
    }
}
