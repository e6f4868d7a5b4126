package org.shouwang.screening;

import org.shouwang.shared.Labelled;

/** Where a clue stands in the village's inbox: waiting for a decision, or decided (issue 3, point 11). */
public enum ClueStatus implements Labelled {
    OPEN("待处理"),
    DECIDED("已处理");

    private final String label;

    ClueStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
