package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** How a visit was made: monitored households who are away are visited by phone or network ([004] follow-up). */
public enum VisitMode implements Labelled {
    IN_PERSON("入户走访"),
    PHONE("电话"),
    NETWORK("网络（视频/微信）");

    private final String label;

    VisitMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
