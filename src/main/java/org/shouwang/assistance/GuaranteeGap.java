package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** A 三保障 or drinking-water problem seen on a visit (DOMAIN.md 7); any one raises a clue. */
public enum GuaranteeGap implements Labelled {
    HOUSING("住房安全问题"),
    SCHOOL_DROPOUT("义务教育阶段失学辍学"),
    DRINKING_WATER("饮水安全问题"),
    NO_MEDICAL_INSURANCE("未参加基本医疗保险");

    private final String label;

    GuaranteeGap(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
