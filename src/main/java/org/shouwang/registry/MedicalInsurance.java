package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** Basic medical insurance: exactly one of 城乡居民 and 城镇职工 (DOMAIN.md 2.2); NONE is a 三保障 gap. */
public enum MedicalInsurance implements Labelled {
    RESIDENT("城乡居民基本医疗保险"),
    EMPLOYEE("城镇职工基本医疗保险"),
    NONE("未参加基本医疗保险");

    private final String label;

    MedicalInsurance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
