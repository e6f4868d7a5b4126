package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.Education;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdDraft;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MedicalInsurance;
import org.shouwang.registry.MemberDraft;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.shared.Violation;

/**
 * Turns member rows into household drafts: rows that share a 户编号 and stand together form one household,
 * whose own fields are read from the 户主's row. Errors name the file's column, so the report can mark the cell.
 */
final class HouseholdRows {

    /** API field names of the registry's violations, mapped back to the file's columns. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("householdNo", "户编号"),
            Map.entry("regionCode", "村级区划代码"), Map.entry("groupName", "村民小组"), Map.entry("gridName", "网格"),
            Map.entry("householdType", "户类型"), Map.entry("povertyExitYear", "脱贫年份"), Map.entry("address", "家庭住址"), Map.entry("phone", "户联系电话"),
            Map.entry("relocated", "是否易地扶贫搬迁户"), Map.entry("relocationSite", "安置区地址"), Map.entry("name", "姓名"),
            Map.entry("idNumber", "证件号码"), Map.entry("relation", "与户主关系"), Map.entry("ethnicity", "民族"),
            Map.entry("education", "文化程度"), Map.entry("schoolStage", "在校生状况"), Map.entry("health", "健康状况"),
            Map.entry("disabilityCategory", "残疾类别"), Map.entry("disabilityGrade", "残疾等级"),
            Map.entry("labourCapacity", "劳动技能"), Map.entry("workPlace", "务工所在地"), Map.entry("workMonths", "务工时间（月）"),
            Map.entry("medicalInsurance", "医疗保险"), Map.entry("pensionInsurance", "养老保险"), Map.entry("dibao", "是否享受低保"),
            Map.entry("tekun", "是否特困供养"), Map.entry("memberPhone", "成员联系电话"), Map.entry("members", "与户主关系"));

    static final String EXIT_YEAR = "脱贫年份";

    /** One parsed member row. */
    record Parsed(SourceRow row, String householdNo, MemberDraft member, List<Violation> violations, Cells cells) {
    }

    private HouseholdRows() {
    }

    static Parsed parse(SourceRow row, Map<String, Integer> columns) {
        List<Violation> v = new ArrayList<>();
        Cells c = new Cells(row, columns, v);
        String no = c.text("户编号");
        if (no == null) {
            v.add(new Violation("户编号", "HOUSEHOLD_NO_REQUIRED", "户编号不能为空"));
        }
        MemberDraft m = new MemberDraft(c.text("姓名"), c.text("证件号码"), c.label("与户主关系", Relation.class), c.text("民族"),
                c.label("文化程度", Education.class), c.label("在校生状况", SchoolStage.class), c.labels("健康状况", Health.class),
                c.label("残疾类别", DisabilityCategory.class), c.integer("残疾等级"), c.label("劳动技能", LabourCapacity.class),
                c.text("务工所在地"), c.integer("务工时间（月）"), c.label("医疗保险", MedicalInsurance.class),
                c.label("养老保险", PensionInsurance.class), c.yesNo("是否享受低保"), c.yesNo("是否特困供养"),
                c.yesNo("是否易地扶贫搬迁人口"), c.text("成员联系电话"));
        return new Parsed(row, no, m, v, c);
    }

    /** Builds the household from its rows; household columns come from the 户主's row (or the first row). */
    static HouseholdDraft draft(List<Parsed> rows) {
        Parsed head = rows.stream().filter(p -> p.member().relation() == Relation.HEAD).findFirst().orElse(rows.get(0));
        Cells c = head.cells();
        boolean hasExitYear = c.has(EXIT_YEAR);
        return new HouseholdDraft(head.householdNo(), c.text("村级区划代码"), c.text("村民小组"), c.text("网格"),
                c.label("户类型", HouseholdType.class), hasExitYear ? exitYear(c) : null, c.text("家庭住址"), c.text("户联系电话"),
                c.yesNo("是否易地扶贫搬迁户"), c.text("安置区地址"), rows.stream().map(Parsed::member).toList(),
                rows.stream().map(p -> p.row().number()).toList(), !hasExitYear);
    }

    /**
     * 脱贫年份 as clerks write it: {@code 2018}, {@code 2018年}, full-width digits from a Chinese input method, or an
     * Excel number cell read as {@code 2018.0}. The range is the registry's rule, checked there.
     */
    static Integer exitYear(Cells c) {
        String t = c.text(EXIT_YEAR);
        if (t == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(t.length());
        t.strip().chars().forEach(ch -> ascii.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : (char) ch));
        String digits = ascii.toString();
        digits = digits.endsWith("年") ? digits.substring(0, digits.length() - 1).strip() : digits;
        if (digits.matches("\\d{4}(\\.0+)?")) {
            return Integer.valueOf(digits.substring(0, 4));
        }
        c.violations.add(new Violation(EXIT_YEAR, "EXIT_YEAR_FORMAT", "脱贫年份应为四位年份，如 2018；“" + Cells.shortText(t) + "”无法识别"));
        return null;
    }

    /** Which file column a registry violation field refers to, e.g. {@code members[2].idNumber} → 证件号码 of row 3. */
    static String column(String field) {
        String f = field.replaceFirst("^members\\[\\d+]\\.", "");
        if (field.startsWith("members[") && f.equals("phone")) {
            return "成员联系电话";
        }
        return COLUMN_OF.getOrDefault(f, f);
    }

    static int memberIndex(String field) {
        if (!field.startsWith("members[")) {
            return -1;
        }
        return Integer.parseInt(field.substring(8, field.indexOf(']')));
    }
}
