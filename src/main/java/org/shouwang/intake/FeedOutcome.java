package org.shouwang.intake;

import java.time.OffsetDateTime;

/** The village's decision on a clue that a row of a department's feed raised: told back to the department. */
public record FeedOutcome(int row, long clueId, String outcome, String outcomeLabel, String reasonLabel,
        OffsetDateTime decidedAt) {
}
