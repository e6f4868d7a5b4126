package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** Basic pension insurance of a member. */
public enum PensionInsurance implements Labelled {
    RESIDENT("城乡居民基本养老保险"),
    EMPLOYEE("城镇职工基本养老保险"),
    NONE("未参加基本养老保险");

    private final String label;

    PensionInsurance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
