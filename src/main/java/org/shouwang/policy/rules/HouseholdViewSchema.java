package org.shouwang.policy.rules;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The household view rules are written against (docs/rules.md): what an official may name in a rule, with types, so a
 * misspelt field or a string compared with a number is refused when the rule is saved, not when it runs. Values are
 * passed as plain maps and lists; enumerations carry the Chinese labels officials use on forms (e.g. '脱贫户').
 */
public final class HouseholdViewSchema {

    static final String HOUSEHOLD = "shouwang.Household";
    static final String MEMBER = "shouwang.Member";
    static final String INCOME = "shouwang.Income";
    static final String FACT = "shouwang.Fact";
    static final String PROFILE = "shouwang.Profile";

    private static final Map<String, Map<String, ViewField>> FIELDS = new LinkedHashMap<>();
    private static final Map<String, CelType> CEL_TYPES = new LinkedHashMap<>();

    static {
        struct(MEMBER,
                f("age", "int", "周岁（按评估日计算）"),
                f("sex", "string", "性别：'男' 或 '女'"),
                f("relation", "string", "与户主关系，如 '户主'、'配偶'、'之子'"),
                f("labour", "string", "劳动技能：'技能劳动力'、'普通劳动力'、'弱劳动力或半劳动力'、'丧失劳动力'、'无劳动力'"),
                f("hasLabour", "bool", "有劳动力（技能或普通劳动力）"),
                f("chronicIllness", "bool", "患长期慢性病"),
                f("seriousIllness", "bool", "患有大病"),
                f("disabled", "bool", "残疾"),
                f("disabilityCategory", "string", "残疾类别，如 '智力残疾'；无则为空串"),
                f("disabilityGrade", "int", "残疾等级 1–4（1 最重）；无则为 0"),
                f("schoolStage", "string", "在校生状况，如 '小学'、'普通高中'；无则为空串"),
                f("compulsoryStudent", "bool", "义务教育阶段在校生（小学、七至九年级）"),
                f("nonCompulsoryStudent", "bool", "非义务教育阶段在校生（学前教育、高中、中职及以上）"),
                f("workMonths", "int", "务工时间（月）；无则为 0"),
                f("medicalInsured", "bool", "参加城乡居民或职工基本医疗保险"),
                f("dibao", "bool", "享受低保"),
                f("tekun", "bool", "特困供养人员"));
        struct(INCOME,
                f("periodStart", "string", "收入期间起，'YYYY-MM-DD'"),
                f("periodEnd", "string", "收入期间止，'YYYY-MM-DD'"),
                f("wage", "double", "工资性收入（元）"),
                f("business", "double", "生产经营性收入（元）"),
                f("property", "double", "财产性收入（元）"),
                f("transfer", "double", "转移性收入（元）"),
                f("gross", "double", "四项收入合计（元）"),
                f("productionExpense", "double", "生产经营性支出（元）"),
                f("selfPaid", "double", "合规自付支出（元）"),
                f("net", "double", "家庭纯收入（元），按画像中计入的收入项目计算"),
                f("perCapita", "double", "人均纯收入（元）"),
                f("memberCount", "int", "计算所用家庭人口数"),
                f("present", "bool", "是否有这一期收入登记"));
        struct(FACT,
                f("department", "string", "推送部门，如 '医保'、'残联'"),
                f("kind", "string", "数据类型，如 'SELF_PAID_MEDICAL'、'DISABILITY'（见各部门数据格式）"),
                f("date", "string", "日期 'YYYY-MM-DD'；无则为空串"),
                f("amount", "double", "金额（元）；无则为 0"),
                f("fields", "map(string, dyn)", "其他列，如 fields.visitType == '住院'"),
                f("source", "string", "来源（文件、行号）"));
        struct(PROFILE,
                f("threshold", "double", "监测范围（元/人·年）"),
                f("windowStart", "string", "收入测算期间起"),
                f("windowEnd", "string", "收入测算期间止"),
                f("year", "int", "评估日所在年份"),
                f("today", "string", "评估日 'YYYY-MM-DD'"),
                f("params", "map(string, double)", "画像中的其他数值参数，如 params.medicalSelfPaidLimit"));
        struct(HOUSEHOLD,
                f("householdNo", "string", "户编号"),
                f("regionCode", "string", "所在村 12 位区划代码"),
                f("type", "string", "户类型：'脱贫户' 或 '一般农户'"),
                f("povertyExitYear", "int", "脱贫年份；一般农户或未登记为 0"),
                f("monitored", "bool", "已是监测对象（识别中、风险未消除）"),
                f("eliminated", "bool", "风险已消除的监测对象"),
                f("category", "string", "监测对象类别；非监测对象为空串"),
                f("relocated", "bool", "易地扶贫搬迁户"),
                f("memberCount", "int", "家庭人口数"),
                f("members", "list(Member)", "家庭成员"),
                f("minors", "int", "未成年人（未满 18 周岁）人数"),
                f("nonCompulsoryStudents", "int", "非义务教育阶段在校生人数"),
                f("labourCount", "int", "有劳动力（技能、普通）人数"),
                f("noLabour", "bool", "整户无劳动力（无技能、普通、弱或半劳动力）"),
                f("severelyDisabled", "int", "一、二级残疾人数"),
                f("disabledCount", "int", "残疾人数"),
                f("elderly", "int", "60 周岁及以上人数"),
                f("uninsured", "int", "未参加基本医疗保险人数"),
                f("income", "Income", "收入测算期间的收支（无登记时 present 为 false）"),
                f("previousIncome", "Income", "上一期收支（无则 present 为 false）"),
                f("incomes", "list(Income)", "全部收支登记，按期间排序"),
                f("facts", "list(Fact)", "部门推送的数据"),
                f("channels", "list(string)", "已有线索的发现途径，如 '农户自主申报'"));
        for (var type : FIELDS.keySet()) {
            CEL_TYPES.put(type, StructType.create(type, ImmutableSet.copyOf(FIELDS.get(type).keySet()),
                    name -> Optional.ofNullable(FIELDS.get(type).get(name)).map(field -> celType(field.type()))));
        }
    }

    private HouseholdViewSchema() {
    }

    /** The fields of one view type (Household, Member, Income, Fact, Profile), for the docs and the rule editor. */
    public static Map<String, List<ViewField>> fields() {
        Map<String, List<ViewField>> out = new LinkedHashMap<>();
        FIELDS.forEach((type, fields) -> out.put(type.substring(type.indexOf('.') + 1), List.copyOf(fields.values())));
        return out;
    }

    static CelType type(String name) {
        return CEL_TYPES.get(name);
    }

    static CelTypeProvider typeProvider() {
        return new CelTypeProvider() {
            @Override
            public ImmutableCollection<CelType> types() {
                return ImmutableList.copyOf(CEL_TYPES.values());
            }

            @Override
            public Optional<CelType> findType(String typeName) {
                return Optional.ofNullable(CEL_TYPES.get(typeName));
            }
        };
    }

    private static CelType celType(String written) {
        return switch (written) {
            case "int" -> SimpleType.INT;
            case "double" -> SimpleType.DOUBLE;
            case "string" -> SimpleType.STRING;
            case "bool" -> SimpleType.BOOL;
            case "list(string)" -> ListType.create(SimpleType.STRING);
            case "map(string, dyn)" -> MapType.create(SimpleType.STRING, SimpleType.DYN);
            case "map(string, double)" -> MapType.create(SimpleType.STRING, SimpleType.DOUBLE);
            case "list(Member)" -> ListType.create(CEL_TYPES.get(MEMBER));
            case "list(Income)" -> ListType.create(CEL_TYPES.get(INCOME));
            case "list(Fact)" -> ListType.create(CEL_TYPES.get(FACT));
            case "Income" -> CEL_TYPES.get(INCOME);
            default -> throw new IllegalStateException("no CEL type for " + written);
        };
    }

    private static void struct(String name, ViewField... fields) {
        Map<String, ViewField> byName = new LinkedHashMap<>();
        for (ViewField f : fields) {
            byName.put(f.name(), f);
        }
        FIELDS.put(name, byName);
    }

    private static ViewField f(String name, String type, String label) {
        return new ViewField(name, type, label);
    }
}
