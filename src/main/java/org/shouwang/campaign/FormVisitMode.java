package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** How the 排查表 was filled: at the household, or by phone for a household that is away. */
public enum FormVisitMode implements Labelled {
    IN_PERSON("入户"),
    PHONE("电话");

    private final String label;

    FormVisitMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
