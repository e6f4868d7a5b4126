package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 在校生状况 (DOMAIN.md 3.7). Filled for children and students; exclusive with {@link Education}. */
public enum SchoolStage implements Labelled {
    PRESCHOOL_CHILD("学龄前儿童"),
    PRESCHOOL("学前教育"),
    PRIMARY("小学"),
    JUNIOR("七至九年级"),
    SENIOR_HIGH("普通高中"),
    VOCATIONAL("中职"),
    HIGHER_VOCATIONAL("高职高专"),
    TECHNICIAN("技师学院"),
    UNDERGRADUATE("本科"),
    POSTGRADUATE("硕士研究生及以上");

    private final String label;

    SchoolStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
