package org.shouwang.screening;

import org.shouwang.shared.Labelled;

/** 风险发现途径 (DOMAIN.md 3.3): how a risk came to light. */
public enum Channel implements Labelled {
    SELF_DECLARATION("农户自主申报"),
    CADRE_VISIT("干部走访排查"),
    DEPARTMENT("部门筛查预警"),
    SCREENING_RUN("系统筛查"),
    CAMPAIGN("集中排查"),
    PETITION("信访渠道推送"),
    OTHER("其他");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
