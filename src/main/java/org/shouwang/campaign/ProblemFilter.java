package org.shouwang.campaign;

/** The filters of the problem list, counts and export; null means any. */
public record ProblemFilter(String region, ProblemSource source, ProblemCategory category, ProblemStatus status,
        Boolean overdue, Long campaignId) {
}
