package org.shouwang.intake;

import static org.shouwang.intake.FeedColumn.date;
import static org.shouwang.intake.FeedColumn.money;
import static org.shouwang.intake.FeedColumn.oneOf;
import static org.shouwang.intake.FeedColumn.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shouwang.shared.Department;

/**
 * The declared file layout of one department's early-warning feed (部门筛查预警, DOMAIN.md section 0, [004]):
 * every layout starts with 姓名 and 身份证号, and each row becomes one fact of {@code kind}. The column keyed
 * {@code date} becomes the fact's date, the one keyed {@code amount} its amount, the others its fields.
 */
public record FeedLayout(Department department, String departmentLabel, String kind, List<FeedColumn> columns) {

    public static final String NAME = "name";
    public static final String ID_NUMBER = "idNumber";
    public static final String DATE = "date";
    public static final String AMOUNT = "amount";

    public FeedLayout {
        columns = List.copyOf(columns);
    }

    public static FeedLayout of(Department department) {
        return switch (department) {
            case MEDICAL_INSURANCE -> layout(department, "SELF_PAID_MEDICAL",
                    oneOf("visitType", "就诊类型", true, "住院", "门诊慢特病", "门诊统筹"),
                    date(DATE, "结算日期", true), money("totalCost", "医疗总费用", false),
                    money(AMOUNT, "报销后个人自付金额", true));
            case EDUCATION -> layout(department, "EDUCATION_WARNING", text("stage", "学段", false),
                    oneOf("warning", "预警类型", true, "辍学风险", "已辍学", "非义务教育高额支出"),
                    date(DATE, "日期", true), money(AMOUNT, "金额", false));
            case HOUSING -> layout(department, "HOUSING_APPRAISAL", oneOf("grade", "鉴定等级", true, "A", "B", "C", "D"),
                    date(DATE, "鉴定日期", true));
            case WATER -> layout(department, "UNSAFE_WATER",
                    oneOf("problem", "问题类型", true, "水量不达标", "水质不达标", "取水不方便", "供水保障率不达标"),
                    date(DATE, "日期", true));
            case AGRICULTURE -> layout(department, "FARM_LOSS", oneOf("cause", "损失原因", true, "自然灾害", "产业风险", "疫情"),
                    date(DATE, "损失日期", true), money(AMOUNT, "损失金额", true));
            case CIVIL_AFFAIRS -> layout(department, "SOCIAL_ASSISTANCE",
                    oneOf("assistanceType", "救助类型", true, "低保", "特困", "低保边缘", "支出型困难", "临时救助", "申请未通过"),
                    date(DATE, "起始日期", true), money(AMOUNT, "金额", false));
            case DISABLED_FEDERATION -> layout(department, "DISABILITY",
                    oneOf("category", "残疾类别", true, "视力", "听力", "言语", "肢体", "智力", "精神", "多重"),
                    oneOf("grade", "残疾等级", true, "一级", "二级", "三级", "四级"), date(DATE, "发证日期", false));
            case HUMAN_RESOURCES -> layout(department, "EMPLOYMENT", oneOf("status", "就业状态", true, "失业", "就业不充分", "返乡"),
                    date(DATE, "日期", true));
            case PETITION -> layout(department, "PETITION", date(DATE, "信访日期", true), text("summary", "诉求摘要", false),
                    text("hardship", "困难情形", false));
            case OTHER -> layout(department, "OTHER", text("subject", "事项", true), date(DATE, "日期", false),
                    money(AMOUNT, "金额", false), text("note", "说明", false));
        };
    }

    public static List<FeedLayout> all() {
        return Arrays.stream(Department.values()).map(FeedLayout::of).toList();
    }

    private static FeedLayout layout(Department department, String kind, FeedColumn... own) {
        List<FeedColumn> columns = new ArrayList<>();
        columns.add(text(NAME, "姓名", true));
        columns.add(text(ID_NUMBER, "身份证号", true));
        columns.addAll(List.of(own));
        return new FeedLayout(department, department.label(), kind, columns);
    }

    public List<String> headers() {
        return columns.stream().map(FeedColumn::header).toList();
    }

    public Optional<FeedColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
