package org.shouwang.screening;

import java.util.List;

/**
 * Published when village staff decide a clue, so each channel can tell its sender the outcome (the department's
 * feed report, the applicant's tracking page).
 *
 * @param sourceRefs the {@link ClueSignal#sourceRef()} of every signal merged into the clue
 */
public record ClueDecided(long clueId, Long householdId, ClueOutcome outcome, String reasonLabel, String note,
        List<String> sourceRefs) {
}
