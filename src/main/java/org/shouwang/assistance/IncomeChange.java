package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** The change of household income the visitor observed; a sharp fall raises a clue. */
public enum IncomeChange implements Labelled {
    NONE("无明显变化"),
    SHARP_FALL("收入明显下降"),
    RISE("收入增加");

    private final String label;

    IncomeChange(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
