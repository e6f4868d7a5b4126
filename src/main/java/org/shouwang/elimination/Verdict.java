package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** How one eligibility condition stands. TO_CONFIRM: only the village's written confirmation on the proposal settles it. */
public enum Verdict implements Labelled {
    PASS("符合"),
    FAIL("不符合"),
    TO_CONFIRM("待核实确认"),
    NOT_REQUIRED("不要求");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
