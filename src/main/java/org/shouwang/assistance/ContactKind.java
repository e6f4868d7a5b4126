package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/**
 * Which contact person a row is ([004], DOMAIN.md 0 Assistance): a monitored 脱贫户 keeps its EXISTING 帮扶责任人 and
 * gets a MONITORING 监测联系人 as well; a relocated household has one from the township it left and one from the
 * resettlement community.
 */
public enum ContactKind implements Labelled {
    EXISTING("原帮扶责任人"),
    MONITORING("监测联系人"),
    ORIGIN_TOWNSHIP("迁出地乡镇联系人"),
    RESETTLEMENT_COMMUNITY("安置社区联系人");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
