package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** What a follow-up schedule asks for: a visit (走访) or an income registration (收入登记). */
public enum FollowKind implements Labelled {
    VISIT("走访"),
    INCOME("收入登记");

    private final String label;

    FollowKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
