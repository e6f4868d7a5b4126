package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/**
 * 帮扶措施类别 (DOMAIN.md 3.6, the 2023 form's code tables 100A39–55). {@code development} marks 开发式帮扶
 * (产业、就业、金融、公益岗位), which a household with labour must receive (DOMAIN.md 4.3).
 */
public enum MeasureCategory implements Labelled {
    INDUSTRY("产业帮扶", true),
    EMPLOYMENT("就业帮扶", true),
    FINANCE("金融帮扶", true),
    PUBLIC_WELFARE_JOB("公益岗位帮扶", true),
    HEALTH("健康帮扶", false),
    COMPULSORY_EDUCATION("义务教育保障", false),
    OTHER_EDUCATION("其他教育帮扶", false),
    HOUSING("住房安全保障", false),
    WATER("饮水安全保障", false),
    SOCIAL_PROTECTION("综合保障", false),
    SOCIAL("社会帮扶", false),
    RELOCATION("搬迁", false),
    LIVING_CONDITIONS("生产生活条件改善", false),
    INFRASTRUCTURE("基础设施建设", false);

    private final String label;
    private final boolean development;

    MeasureCategory(String label, boolean development) {
        this.label = label;
        this.development = development;
    }

    @Override
    public String label() {
        return label;
    }

    /** 开发式帮扶: helps the household earn its own income instead of receiving it. */
    public boolean development() {
        return development;
    }
}
