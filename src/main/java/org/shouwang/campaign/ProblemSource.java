package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** Where a problem was found. */
public enum ProblemSource implements Labelled {
    CAMPAIGN("集中排查"),
    CROSS_CHECK("交叉检查"),
    UNANNOUNCED_INSPECTION("暗访"),
    EVALUATION("考核评估"),
    OTHER("其他");

    private final String label;

    ProblemSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
