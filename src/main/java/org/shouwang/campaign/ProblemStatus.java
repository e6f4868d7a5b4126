package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** Where a problem stands: 待整改 → 整改中 → 已报整改 → 已销号 (a refused review goes back to 整改中). */
public enum ProblemStatus implements Labelled {
    OPEN("待整改"),
    RECTIFYING("整改中"),
    SUBMITTED("已报整改"),
    CLOSED("已销号");

    private final String label;

    ProblemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
