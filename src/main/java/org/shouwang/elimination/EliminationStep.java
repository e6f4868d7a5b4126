package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** The steps of the elimination procedure (DOMAIN.md 5.1: 入户核实 → 民主评议 → 公示 → 乡镇审核 → 县级审批 → 公告). */
public enum EliminationStep implements Labelled {
    PROPOSE("提出风险消除"),
    HOME_CHECK("入户核实"),
    DEMOCRATIC_REVIEW("民主评议"),
    PUBLICITY("村内公示"),
    TOWNSHIP_REVIEW("乡镇审核"),
    COUNTY_APPROVAL("县级审批"),
    ANNOUNCEMENT("公告");

    private final String label;

    EliminationStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
