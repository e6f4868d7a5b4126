package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** Where a campaign stands: prepared (DRAFT), forms accepted (RUNNING), summary final (CLOSED). */
public enum CampaignState implements Labelled {
    DRAFT("筹备中"),
    RUNNING("进行中"),
    CLOSED("已结束");

    private final String label;

    CampaignState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
