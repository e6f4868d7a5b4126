package org.shouwang.intake.internal;

import org.shouwang.shared.Labelled;

/**
 * The difficulty an applicant names when declaring (致贫/返贫风险类型, DOMAIN.md 3.4), in the plain words a farmer
 * recognises; the village turns it into the household's risk factors when it decides the clue.
 */
public enum DifficultyType implements Labelled {
    ILLNESS("因病"),
    DISABILITY("因残"),
    EDUCATION("因学"),
    DISASTER("因灾"),
    ACCIDENT("因意外事故"),
    FAILED_PROJECT("因产业项目失败"),
    UNSTABLE_EMPLOYMENT("因务工就业不稳"),
    LACK_OF_LABOUR("缺劳动力"),
    UNSAFE_HOUSING("住房安全问题"),
    UNSAFE_WATER("饮水安全问题"),
    OTHER("其他");

    private final String label;

    DifficultyType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The type with this code, or null. */
    public static DifficultyType of(String code) {
        for (DifficultyType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
