package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 劳动技能 (DOMAIN.md 3.5), the national export value set. */
public enum LabourCapacity implements Labelled {
    SKILLED("技能劳动力"),
    ORDINARY("普通劳动力"),
    WEAK("弱劳动力或半劳动力"),
    LOST("丧失劳动力"),
    NONE("无劳动力");

    private final String label;

    LabourCapacity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
