package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 户类型 (DOMAIN.md 3.2). */
public enum HouseholdType implements Labelled {
    POVERTY_ALLEVIATED("脱贫户"),
    ORDINARY("一般农户");

    private final String label;

    HouseholdType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
