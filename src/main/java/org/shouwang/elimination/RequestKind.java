package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/** What a written request asks the county for (DOMAIN.md 4.5, 4.6). */
public enum RequestKind implements Labelled {
    ROLLBACK("风险消除回退"),
    REMOVAL("监测对象清退");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
