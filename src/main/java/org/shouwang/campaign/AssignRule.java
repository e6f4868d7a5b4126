package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** Who screens a household, by plan 003 (海口美兰演丰 2022) 三(二). */
public enum AssignRule implements Labelled {
    CONTACT_PERSON("帮扶联系人"),
    WORK_TEAM("工作队"),
    VILLAGE("村干部/网格员");

    private final String label;

    AssignRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
