package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 健康状况 (DOMAIN.md 3.7), multi-valued: a member may be both chronically ill and disabled. */
public enum Health implements Labelled {
    HEALTHY("健康"),
    CHRONIC("长期慢性病"),
    SERIOUS("患有大病"),
    DISABLED("残疾");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
