package org.shouwang.intake.internal;

import java.io.OutputStream;
import java.util.List;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.Department;

/**
 * The declared layout of a 信息比对结果 file as the departments return it (公安车辆, 不动产登记房产, 市场监管工商注册,
 * 财政供养人员): one row per member and department is fine, rows of one household are merged into one comparison step.
 * Read with the feed reader, which maps columns by header and spots formula cells.
 */
public final class ComparisonLayout {

    public static final String VEHICLES = "vehicles";
    public static final String HOUSING = "housing";
    public static final String BUSINESS = "businessRegistration";
    public static final String PUBLIC_EMPLOYEE = "publicEmployee";
    public static final String OTHER = "other";
    public static final String COMPARED_ON = "comparedOn";
    public static final String DIBAO = "dibaoExempt";

    /** The four results a comparison needs unless the household is exempt as 低保户 compared within half a year. */
    static final List<String> DEPARTMENTS = List.of(VEHICLES, HOUSING, BUSINESS, PUBLIC_EMPLOYEE);

    /** Department OTHER only because the feed reader wants a layout; nothing here is stored as a department's fact. */
    public static final FeedLayout LAYOUT = new FeedLayout(Department.OTHER, "信息比对结果", "DATA_COMPARISON", List.of(
            column(FeedLayout.ID_NUMBER, "身份证号", FeedColumn.Type.TEXT, true),
            column(FeedLayout.NAME, "姓名", FeedColumn.Type.TEXT, false),
            column(VEHICLES, "车辆", FeedColumn.Type.TEXT, false),
            column(HOUSING, "房产", FeedColumn.Type.TEXT, false),
            column(BUSINESS, "工商注册", FeedColumn.Type.TEXT, false),
            column(PUBLIC_EMPLOYEE, "财政供养人员", FeedColumn.Type.TEXT, false),
            column(OTHER, "其他", FeedColumn.Type.TEXT, false),
            column(COMPARED_ON, "比对日期", FeedColumn.Type.DATE, false),
            new FeedColumn(DIBAO, "低保户半年内已比对", FeedColumn.Type.ENUM, List.of("否", "是"), false)));

    private ComparisonLayout() {
    }

    private static FeedColumn column(String key, String header, FeedColumn.Type type, boolean required) {
        return new FeedColumn(key, header, type, List.of(), required);
    }

    public static List<String> headers() {
        return LAYOUT.headers();
    }

    /**
     * Two example rows: one department result per row, and a 低保 household exempt from comparison. The ID numbers are
     * valid but never issued (address code 999999), so rows left in come back as 未找到.
     */
    static List<List<String>> examples() {
        return List.of(
                List.of(FeedTemplates.EXAMPLE_ID, "张三（示例，请删除本行）", "名下无机动车", "仅有农村宅基地住房一处", "无",
                        "否", "", "2026-03-15", "否"),
                List.of("999999198005200023", "李四（示例，请删除本行）", "", "", "", "", "", "2026-02-01", "是"));
    }

    public static void xlsx(OutputStream out) {
        Workbooks.template(headers(), examples(), out);
    }

    public static void csv(OutputStream out) {
        Workbooks.csv(headers(), examples(), out);
    }
}
