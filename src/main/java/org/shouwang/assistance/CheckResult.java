package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** The outcome of one plan or contact-person check; the check's reason says why. */
public enum CheckResult implements Labelled {
    MET("符合"),
    DUE("待完成"),
    LATE("超时完成"),
    OVERDUE("已逾期"),
    NOT_MET("不符合");

    private final String label;

    CheckResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether an official has to act on it. */
    public boolean needsAction() {
        return this == DUE || this == OVERDUE || this == NOT_MET;
    }
}
