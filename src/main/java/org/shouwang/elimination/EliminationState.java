package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** Where an elimination procedure stands: the last step passed, or one of its two ends. */
public enum EliminationState implements Labelled {
    PROPOSED("待入户核实"),
    HOME_CHECKED("待民主评议"),
    REVIEWED("公示中"),
    PUBLICIZED("待乡镇审核"),
    TOWNSHIP_APPROVED("待县级审批"),
    COUNTY_APPROVED("待公告"),
    ANNOUNCED("已公告消除"),
    REJECTED("未予消除");

    private final String label;

    EliminationState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean closed() {
        return this == ANNOUNCED || this == REJECTED;
    }
}
