package org.shouwang.identification;

import org.shouwang.shared.Labelled;

/** Where a case stands: the last step passed on the main path, or one of the two ends. */
public enum CaseState implements Labelled {
    OPENED("待受理申请"),
    APPLIED("待入户核查"),
    HOME_CHECKED("待民主评议"),
    REVIEWED("公示中"),
    PUBLICIZED("待乡镇审核"),
    TOWNSHIP_APPROVED("待县级审定"),
    COUNTY_APPROVED("待公告"),
    ANNOUNCED("已公告纳入"),
    NOT_INCLUDED("不予纳入");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean closed() {
        return this == ANNOUNCED || this == NOT_INCLUDED;
    }
}
