package org.shouwang.policy;

import org.shouwang.shared.Labelled;

/** What the State Council notice says about a day: a public holiday, or a weekend day worked in exchange (调休). */
public enum DayKind implements Labelled {
    HOLIDAY("放假"),
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
