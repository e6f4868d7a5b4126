package org.shouwang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shouwang.shared.Labelled;

/**
 * The columns of the household and income import files exactly as docs/api.md lists them, and the cells of one
 * member or statement row. Enumerations are written as their {@link Labelled#label()}, yes/no as 是/否,
 * several 健康状况 values joined with 、, amounts with two decimals. Household columns repeat on every member row.
 */
final class FileColumns {

    static final List<String> HOUSEHOLD_HEADERS = List.of("户编号", "村级区划代码", "村民小组", "网格", "户类型", "脱贫年份",
            "家庭住址", "户联系电话", "是否易地扶贫搬迁户", "安置区地址", "姓名", "证件号码", "与户主关系", "民族", "文化程度",
            "在校生状况", "健康状况", "残疾类别", "残疾等级", "劳动技能", "务工所在地", "务工时间（月）", "医疗保险", "养老保险",
            "是否享受低保", "是否特困供养", "是否易地扶贫搬迁人口", "成员联系电话");

    static final List<String> INCOME_HEADERS = List.of("户编号", "统计起始日期", "统计截止日期", "工资性收入",
            "生产经营性收入", "财产性收入", "转移性收入", "生产经营性支出", "合规自付支出");

    static final List<String> REGION_HEADERS = List.of("code", "name", "level", "parentCode");
    static final List<String> GROUP_HEADERS = List.of("villageCode", "name");
    static final List<String> GRID_HEADERS = List.of("villageCode", "name", "workerName", "workerPhone");

    private FileColumns() {
    }

    static List<String> memberRow(DemoHousehold h, DemoMember m) {
        List<String> row = new ArrayList<>(HOUSEHOLD_HEADERS.size());
        row.add(h.householdNo());
        row.add(h.villageCode());
        row.add(h.groupName());
        row.add(h.gridName());
        row.add(h.type().label());
        row.add(h.povertyExitYear() == null ? "" : h.povertyExitYear().toString());
        row.add(h.address());
        row.add(h.phone());
        row.add(yesNo(h.relocated()));
        row.add(text(h.relocationSite()));
        row.add(m.name);
        row.add(m.idNumber);
        row.add(m.relation.label());
        row.add(m.ethnicity);
        row.add(label(m.education));
        row.add(label(m.schoolStage));
        row.add(m.health.stream().map(Labelled::label).collect(Collectors.joining("、")));
        row.add(label(m.disabilityCategory));
        row.add(m.disabilityGrade == null ? "" : m.disabilityGrade.toString());
        row.add(label(m.labour));
        row.add(text(m.workPlace));
        row.add(m.workMonths == null ? "" : m.workMonths.toString());
        row.add(label(m.medical));
        row.add(label(m.pension));
        row.add(yesNo(m.dibao));
        row.add(yesNo(m.tekun));
        row.add(yesNo(m.relocated));
        row.add(text(m.phone));
        return row;
    }

    static List<String> incomeRow(DemoHousehold h, DemoHousehold.IncomeStatement s) {
        return List.of(h.householdNo(), s.periodStart(), s.periodEnd(), money(s.wage()), money(s.business()),
                money(s.property()), money(s.transfer()), money(s.productionExpense()), money(s.compliantSelfPaid()));
    }

    static List<String> regionRow(RegionRecord r) {
        return List.of(r.code(), r.name(), String.valueOf(r.level()), text(r.parentCode()));
    }

    /** Fen as yuan with two decimals, e.g. 1234505 → "12345.05". */
    static String money(long fen) {
        long abs = Math.abs(fen);
        String cents = String.valueOf(abs % 100);
        return (fen < 0 ? "-" : "") + abs / 100 + "." + (cents.length() == 1 ? "0" + cents : cents);
    }

    private static String label(Labelled value) {
        return value == null ? "" : value.label();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
