package org.shouwang.identification;

import java.time.LocalDate;

/**
 * A case reached its end: included (公告纳入) or not (不予纳入). {@code clueId} is the clue it was opened from, if any,
 * so the channel the clue came from (a self-declaration) can tell the applicant the result.
 */
public record CaseConcluded(long caseId, long householdId, Long clueId, boolean included, LocalDate on) {
}
