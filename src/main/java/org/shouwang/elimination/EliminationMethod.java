package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** 风险消除方式 (DOMAIN.md 3.7): through assistance, or the risk went away by itself (no income-stability period). */
public enum EliminationMethod implements Labelled {
    ASSISTED("帮扶消除"),
    NATURAL("自然消除");

    private final String label;

    EliminationMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
