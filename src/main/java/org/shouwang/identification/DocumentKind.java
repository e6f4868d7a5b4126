package org.shouwang.identification;

import org.shouwang.shared.Labelled;

/** The printable documents of a case (issue 4, point 4), each available once the step it records is done. */
public enum DocumentKind implements Labelled {
    PUBLICITY_NOTICE("村内公示", CaseStep.DEMOCRATIC_REVIEW),
    REVIEW_RECORD("民主评议记录", CaseStep.DEMOCRATIC_REVIEW),
    TOWNSHIP_REVIEW_FORM("乡镇审核表", CaseStep.TOWNSHIP_REVIEW),
    COUNTY_REVIEW_FORM("县级审定表", CaseStep.COUNTY_APPROVAL),
    ANNOUNCEMENT("公告", CaseStep.ANNOUNCEMENT);

    private final String label;
    private final CaseStep step;

    DocumentKind(String label, CaseStep step) {
        this.label = label;
        this.step = step;
    }

    @Override
    public String label() {
        return label;
    }

    /** The step whose record the document prints. */
    public CaseStep step() {
        return step;
    }
}
