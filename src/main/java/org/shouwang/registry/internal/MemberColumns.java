package org.shouwang.registry.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.shouwang.registry.Health;
import org.shouwang.registry.MemberDraft;
import org.shouwang.shared.IdNumber;

/** The member table's columns as drafts fill them; the ID number is stored normalised, sex and birth date derived from it. */
final class MemberColumns {

    static final List<Column<MemberDraft>> ALL = List.of(
            new Column<>("name", "name", "姓名", "text", m -> trim(m.name())),
            new Column<>("idNumber", "id_number", "证件号码", "text", m -> id(m).value()),
            new Column<>("sex", "sex", "性别", "text", m -> id(m).sex().name()),
            new Column<>("birthDate", "birth_date", "出生日期", "date", m -> id(m).birthDate().toString()),
            new Column<>("ethnicity", "ethnicity", "民族", "text", m -> trim(m.ethnicity())),
            new Column<>("relation", "relation", "与户主关系", "text", m -> code(m.relation())),
            new Column<>("education", "education", "文化程度", "text", m -> code(m.education())),
            new Column<>("schoolStage", "school_stage", "在校生状况", "text", m -> code(m.schoolStage())),
            new Column<>("health", "health", "健康状况", "text", MemberColumns::health),
            new Column<>("disabilityCategory", "disability_category", "残疾类别", "text", m -> code(m.disabilityCategory())),
            new Column<>("disabilityGrade", "disability_grade", "残疾等级", "smallint", m -> str(m.disabilityGrade())),
            new Column<>("labourCapacity", "labour_capacity", "劳动技能", "text", m -> code(m.labourCapacity())),
            new Column<>("workPlace", "work_place", "务工所在地", "text", m -> trim(m.workPlace())),
            new Column<>("workMonths", "work_months", "务工时间（月）", "smallint", m -> str(m.workMonths())),
            new Column<>("medicalInsurance", "medical_insurance", "医疗保险", "text", m -> code(m.medicalInsurance())),
            new Column<>("pensionInsurance", "pension_insurance", "养老保险", "text", m -> code(m.pensionInsurance())),
            new Column<>("dibao", "dibao", "是否享受低保", "boolean", m -> String.valueOf(m.dibao())),
            new Column<>("tekun", "tekun", "是否特困供养", "boolean", m -> String.valueOf(m.tekun())),
            new Column<>("relocated", "relocated", "是否易地扶贫搬迁人口", "boolean", m -> String.valueOf(m.relocated())),
            new Column<>("phone", "phone", "联系电话", "text", m -> trim(m.phone())));

    static final String NAMES = ALL.stream().map(Column::column).collect(Collectors.joining(", "));

    private MemberColumns() {
    }

    /**
     * The same as {@code Diff.values(ALL, m)}, parsing the ID number once instead of once per derived column: an
     * import computes this for every member row.
     */
    static java.util.Map<String, String> values(MemberDraft m) {
        IdNumber id = id(m);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Column<MemberDraft> c : ALL) {
            out.put(c.column(), switch (c.column()) {
                case "id_number" -> id.value();
                case "sex" -> id.sex().name();
                case "birth_date" -> id.birthDate().toString();
                default -> c.value().apply(m);
            });
        }
        return out;
    }

    static IdNumber id(MemberDraft m) {
        return IdNumber.parse("idNumber", m.idNumber()).number();
    }

    static String health(MemberDraft m) {
        return m.health().stream().sorted().map(Health::name).collect(Collectors.joining(","));
    }

    static String code(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
