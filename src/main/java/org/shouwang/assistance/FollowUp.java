package org.shouwang.assistance;

import java.time.LocalDate;

/**
 * One follow-up schedule as the lists show it.
 *
 * @param lastDone       the last visit that reached the household, or the end of the last registered income period
 * @param daysLeft       days from the list's day to the due date; negative when overdue
 * @param contactPersons the household's current contact persons' names, joined by 、
 * @param largeSite      the household lives at a large relocation site (the higher daily cap applies)
 */
public record FollowUp(long scheduleId, long householdId, String householdNo, String headName, String regionCode,
        String villageName, FollowKind kind, String kindLabel, int everyMonths, String frequencyLabel, VisitMode mode,
        String modeLabel, LocalDate lastDone, LocalDate nextDue, DueState dueState, String dueStateLabel, long daysLeft,
        String relocationSite, boolean largeSite, String contactPersons) {
}
