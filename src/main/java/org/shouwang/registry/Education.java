package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 文化程度 (DOMAIN.md 3.7). Filled for people out of school; exclusive with {@link SchoolStage}. */
public enum Education implements Labelled {
    ILLITERATE("文盲或半文盲"),
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中"),
    COLLEGE("大专"),
    BACHELOR_PLUS("本科及以上");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
