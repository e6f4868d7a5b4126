package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** The steps a problem can take after it is recorded; RECORD is the first event of every problem. */
public enum ProblemAction implements Labelled {
    RECORD("登记问题"),
    START("开始整改"),
    REPORT("报告整改"),
    CLOSE("审核销号"),
    RETURN("退回重新整改");

    private final String label;

    ProblemAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
