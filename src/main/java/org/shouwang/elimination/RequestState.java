package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** A rollback or removal request waits for the county, which approves or refuses it. */
public enum RequestState implements Labelled {
    REQUESTED("待县级审批"),
    APPROVED("已批准"),
    REFUSED("未批准");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
