package org.shouwang.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Sex;
import org.shouwang.shared.Violation;

/**
 * The member validators of DOMAIN.md 2.2, each small and named, each with a stable code. They return every
 * violation at once so a clerk fixes a row in one go. Field names are those of the API's MemberInput.
 */
public final class MemberRules {

    /** Chinese names, minority names with the middle dot, and Latin letters; nothing that could be markup or a formula. */
    static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·•.\\s]{1,50}");
    static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    static final Pattern PLAIN_TEXT = Pattern.compile("[^<>=\"'`;\\\\{}]*");

    private static final List<BiConsumer<MemberDraft, List<Violation>>> RULES = List.of(
            MemberRules::name, MemberRules::relationGiven, MemberRules::educationXorSchoolStage,
            MemberRules::workPlaceAndMonthsTogether, MemberRules::medicalInsuranceGiven, MemberRules::healthConsistent,
            MemberRules::disabilityComplete, MemberRules::phoneFormat, MemberRules::freeTextPlain);

    private MemberRules() {
    }

    /** Validates a member; {@code idRequired} is false on edits that keep the stored ID number. */
    public static List<Violation> check(MemberDraft m, boolean idRequired, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        RULES.forEach(rule -> rule.accept(m, out));
        if (m.idNumber() != null || idRequired) {
            IdNumber.Parsed id = IdNumber.parse("idNumber", m.idNumber());
            if (!id.ok()) {
                out.add(id.violation());
            } else {
                crossCheckWithId(m, id.number(), today, out);
            }
        }
        return out;
    }

    static void name(MemberDraft m, List<Violation> out) {
        if (m.name() == null || m.name().isBlank()) {
            out.add(new Violation("name", "NAME_REQUIRED", "姓名不能为空"));
        } else if (!NAME.matcher(m.name().strip()).matches()) {
            out.add(new Violation("name", "NAME_CHARS", "姓名只能包含汉字、字母和间隔号·，且不超过50字"));
        }
    }

    static void relationGiven(MemberDraft m, List<Violation> out) {
        if (m.relation() == null) {
            out.add(new Violation("relation", "RELATION_REQUIRED", "请填写与户主关系"));
        }
    }

    static void educationXorSchoolStage(MemberDraft m, List<Violation> out) {
        if ((m.education() == null) == (m.schoolStage() == null)) {
            out.add(new Violation(m.education() == null ? "education" : "schoolStage", "EDUCATION_XOR_SCHOOL_STAGE",
                    "文化程度与在校生状况必须且只能填写一项"));
        }
    }

    static void workPlaceAndMonthsTogether(MemberDraft m, List<Violation> out) {
        boolean place = m.workPlace() != null && !m.workPlace().isBlank();
        if (place != (m.workMonths() != null)) {
            out.add(new Violation(place ? "workMonths" : "workPlace", "WORK_PLACE_AND_MONTHS",
                    "务工所在地与务工时间（月）须同时填写或同时为空"));
        } else if (m.workMonths() != null && (m.workMonths() < 1 || m.workMonths() > 12)) {
            out.add(new Violation("workMonths", "WORK_MONTHS_RANGE", "务工时间应为1到12个月"));
        }
    }

    static void medicalInsuranceGiven(MemberDraft m, List<Violation> out) {
        if (m.medicalInsurance() == null) {
            out.add(new Violation("medicalInsurance", "MEDICAL_INSURANCE_REQUIRED",
                    "请填写基本医疗保险（城乡居民、城镇职工只能选一项；未参加请选“未参加基本医疗保险”）"));
        }
    }

    static void healthConsistent(MemberDraft m, List<Violation> out) {
        if (m.health().contains(Health.HEALTHY) && m.health().size() > 1) {
            out.add(new Violation("health", "HEALTH_CONFLICT", "健康状况为“健康”时不能同时选择其他状况"));
        }
    }

    static void disabilityComplete(MemberDraft m, List<Violation> out) {
        boolean disabled = m.health().contains(Health.DISABLED);
        if (disabled && m.disabilityCategory() == null) {
            out.add(new Violation("disabilityCategory", "DISABILITY_CATEGORY_REQUIRED", "健康状况含残疾时须填写残疾类别"));
        }
        if (m.disabilityCategory() != null && !disabled) {
            out.add(new Violation("health", "DISABILITY_WITHOUT_HEALTH", "填写了残疾类别时健康状况须包含“残疾”"));
        }
        if (m.disabilityCategory() != null && (m.disabilityGrade() == null || m.disabilityGrade() < 1 || m.disabilityGrade() > 4)) {
            out.add(new Violation("disabilityGrade", "DISABILITY_GRADE", "残疾等级应为1到4级（1级最重）"));
        }
        if (m.disabilityCategory() == null && m.disabilityGrade() != null) {
            out.add(new Violation("disabilityGrade", "DISABILITY_GRADE_WITHOUT_CATEGORY", "填写残疾等级时须填写残疾类别"));
        }
    }

    static void phoneFormat(MemberDraft m, List<Violation> out) {
        if (m.phone() != null && !m.phone().isBlank() && !PHONE.matcher(m.phone().strip()).matches()) {
            out.add(new Violation("phone", "PHONE_FORMAT", "联系电话应为11位手机号或带区号的固定电话"));
        }
    }

    static void freeTextPlain(MemberDraft m, List<Violation> out) {
        plain("ethnicity", m.ethnicity(), 20, "民族", out);
        plain("workPlace", m.workPlace(), 100, "务工所在地", out);
    }

    static void plain(String field, String value, int max, String label, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            out.add(new Violation(field, "TEXT_TOO_LONG", label + "不能超过" + max + "字"));
        } else if (!PLAIN_TEXT.matcher(value).matches()) {
            out.add(new Violation(field, "TEXT_CHARS", label + "含有不允许的字符（< > = 引号 分号等）"));
        }
    }

    private static void crossCheckWithId(MemberDraft m, IdNumber id, LocalDate today, List<Violation> out) {
        if (id.birthDate().isAfter(today)) {
            out.add(new Violation("idNumber", "ID_BIRTH_IN_FUTURE", "证件号码中的出生日期晚于今天"));
            return;
        }
        int age = Period.between(id.birthDate(), today).getYears();
        if (age > 120) {
            out.add(new Violation("idNumber", "ID_AGE_IMPLAUSIBLE", "按证件号码计算年龄超过120岁，请核对"));
        }
        Sex sex = id.sex();
        if (m.relation() != null && expectedSex(m.relation()) != null && expectedSex(m.relation()) != sex) {
            out.add(new Violation("relation", "RELATION_SEX_MISMATCH",
                    "与户主关系“" + m.relation().label() + "”与证件号码性别（" + sex.label() + "）不符"));
        }
        if (m.schoolStage() == SchoolStage.PRESCHOOL_CHILD && age > 7) {
            out.add(new Violation("schoolStage", "SCHOOL_STAGE_AGE", "学龄前儿童的年龄不应超过7岁（证件号码显示" + age + "岁）"));
        }
    }

    private static Sex expectedSex(Relation r) {
        return switch (r) {
            case SON, SON_IN_LAW -> Sex.MALE;
            case DAUGHTER, DAUGHTER_IN_LAW -> Sex.FEMALE;
            default -> null;
        };
    }
}
