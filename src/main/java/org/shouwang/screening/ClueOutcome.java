package org.shouwang.screening;

import org.shouwang.shared.Labelled;

/** What the village decided about a clue (issue 3, point 11). */
public enum ClueOutcome implements Labelled {
    START_IDENTIFICATION("启动识别认定"),
    NOT_INCLUDED("不予纳入"),
    ALREADY_MONITORED("已是监测对象");

    private final String label;

    ClueOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
