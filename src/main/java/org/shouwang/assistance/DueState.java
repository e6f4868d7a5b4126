package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** Where a follow-up schedule stands against its next due date, as the daily sweep writes it. */
public enum DueState implements Labelled {
    OK("正常"),
    DUE_SOON("即将到期"),
    OVERDUE("已逾期");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
