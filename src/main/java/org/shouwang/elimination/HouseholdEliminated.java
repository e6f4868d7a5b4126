package org.shouwang.elimination;

import java.time.LocalDate;

/** Published when an elimination is announced: the household is 风险已消除; its record and time-bound measures stay. */
public record HouseholdEliminated(long eliminationId, long householdId, String regionCode, EliminationMethod method,
        LocalDate eliminatedOn) {
}
