package org.shouwang.intake;

import java.util.List;
import org.shouwang.shared.Labelled;

/**
 * What a file holds; each kind has its documented headers (docs/api.md), which the templates carry. Optional headers
 * are columns added after files were already in use (脱贫年份): a file without them still imports.
 */
public enum ImportKind implements Labelled {
    HOUSEHOLDS("农户及成员", List.of("户编号", "村级区划代码", "村民小组", "网格", "户类型", "脱贫年份", "家庭住址", "户联系电话",
            "是否易地扶贫搬迁户", "安置区地址", "姓名", "证件号码", "与户主关系", "民族", "文化程度", "在校生状况", "健康状况",
            "残疾类别", "残疾等级", "劳动技能", "务工所在地", "务工时间（月）", "医疗保险", "养老保险", "是否享受低保",
            "是否特困供养", "是否易地扶贫搬迁人口", "成员联系电话"), List.of("脱贫年份")),
    INCOMES("收支情况", List.of("户编号", "统计起始日期", "统计截止日期", "工资性收入", "生产经营性收入", "财产性收入",
            "转移性收入", "生产经营性支出", "合规自付支出"), List.of());

    private final String label;
    private final List<String> headers;
    private final List<String> optionalHeaders;

    ImportKind(String label, List<String> headers, List<String> optionalHeaders) {
        this.label = label;
        this.headers = headers;
        this.optionalHeaders = optionalHeaders;
    }

    @Override
    public String label() {
        return label;
    }

    /** Every documented header, in template order. */
    public List<String> headers() {
        return headers;
    }

    /** The headers a file may leave out. */
    public List<String> optionalHeaders() {
        return optionalHeaders;
    }
}
