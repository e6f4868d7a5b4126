package org.shouwang.campaign;

import java.util.List;

/**
 * A step asked of a problem: the action, the version the user saw (optimistic locking), a comment (the reasons when
 * sent back) and, for 报告整改, the rectification.
 */
public record ProblemTransition(String action, Integer version, String comment, String measures, String evidence,
        List<String> attachments) {

    RectificationReport report() {
        return new RectificationReport(measures, evidence, attachments);
    }
}
