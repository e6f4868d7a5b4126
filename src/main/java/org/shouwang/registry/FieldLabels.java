package org.shouwang.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.Sex;

/** Chinese names of stored fields and of their coded values, so the timeline reads as officials speak. */
final class FieldLabels {

    static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("name", "姓名"), Map.entry("idNumber", "证件号码"), Map.entry("sex", "性别"), Map.entry("birthDate", "出生日期"),
            Map.entry("ethnicity", "民族"), Map.entry("relation", "与户主关系"), Map.entry("education", "文化程度"),
            Map.entry("schoolStage", "在校生状况"), Map.entry("health", "健康状况"), Map.entry("disabilityCategory", "残疾类别"),
            Map.entry("disabilityGrade", "残疾等级"), Map.entry("labourCapacity", "劳动技能"), Map.entry("workPlace", "务工所在地"),
            Map.entry("workMonths", "务工时间（月）"), Map.entry("medicalInsurance", "医疗保险"),
            Map.entry("pensionInsurance", "养老保险"), Map.entry("dibao", "是否享受低保"), Map.entry("tekun", "是否特困供养"),
            Map.entry("relocated", "是否易地扶贫搬迁"), Map.entry("phone", "联系电话"), Map.entry("regionCode", "所属村"),
            Map.entry("groupId", "村民小组"), Map.entry("gridId", "网格"), Map.entry("householdType", "户类型"), Map.entry("povertyExitYear", "脱贫年份"),
            Map.entry("address", "家庭住址"), Map.entry("relocationSite", "安置区地址"), Map.entry("wageIncome", "工资性收入"),
            Map.entry("businessIncome", "生产经营性收入"), Map.entry("propertyIncome", "财产性收入"),
            Map.entry("transferIncome", "转移性收入"), Map.entry("productionExpense", "生产经营性支出"),
            Map.entry("compliantSelfPaid", "合规自付支出"), Map.entry("removed", "移除"),
            Map.entry("monitoringStatus", "监测状态"), Map.entry("monitoringCategory", "监测对象类别"));

    private static final Map<String, Map<String, String>> VALUES = new HashMap<>();

    static {
        values("relation", Relation.class);
        values("education", Education.class);
        values("schoolStage", SchoolStage.class);
        values("health", Health.class);
        values("disabilityCategory", DisabilityCategory.class);
        values("labourCapacity", LabourCapacity.class);
        values("medicalInsurance", MedicalInsurance.class);
        values("pensionInsurance", PensionInsurance.class);
        values("householdType", HouseholdType.class);
        values("sex", Sex.class);
        values("monitoringStatus", MonitoringStatus.class);
        values("monitoringCategory", MonitoringCategory.class);
    }

    private FieldLabels() {
    }

    private static <E extends Enum<E> & Labelled> void values(String field, Class<E> type) {
        VALUES.put(field, Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Labelled::label)));
    }

    static String valueLabel(String field, String value) {
        Map<String, String> labels = VALUES.get(field);
        if (labels != null) {
            return Arrays.stream(value.split(",")).map(v -> labels.getOrDefault(v, v)).collect(Collectors.joining("、"));
        }
        if ("true".equals(value)) {
            return "是";
        }
        if ("false".equals(value)) {
            return "否";
        }
        return value;
    }
}
