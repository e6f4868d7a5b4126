package org.shouwang.intake.internal;

import org.shouwang.shared.Labelled;

/** Where a self-declaration stands, as the applicant sees it through the tracking code. */
public enum DeclarationStatus implements Labelled {
    RECEIVED("已受理"),
    DECIDED("已办结");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
