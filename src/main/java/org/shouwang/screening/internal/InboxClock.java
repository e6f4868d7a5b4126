package org.shouwang.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.policy.WorkingDays;
import org.shouwang.screening.ClueInbox;
import org.springframework.stereotype.Component;

/**
 * Today and the working-day arithmetic of the inbox: whether a clue is overdue or due soon, and how many working days
 * are left, all in the calendar of the clue's county and by the application's clock, so tests can fix the day.
 */
@Component
public class InboxClock {

    private final Clock clock;
    private final WorkingDays workingDays;

    InboxClock(Clock clock, WorkingDays workingDays) {
        this.clock = clock;
        this.workingDays = workingDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The last due date that still counts as due soon today, in the calendar of {@code regionCode}'s county. */
    public LocalDate dueSoonLimit(String regionCode) {
        return calendar(regionCode).addWorkingDays(today(), ClueInbox.DUE_SOON_WORKING_DAYS);
    }

    /**
     * Working days from today to the due date: 0 when due today, 1 when due the next working day; when overdue, minus
     * the working days that have passed since the due date.
     */
    public int workingDaysLeft(String regionCode, LocalDate dueOn) {
        LocalDate today = today();
        WorkingDayCalendar c = calendar(regionCode);
        if (dueOn.isBefore(today)) {
            return -Math.max(1, c.workingDaysBetween(dueOn.plusDays(1), today.plusDays(1)));
        }
        return c.workingDaysBetween(today.plusDays(1), dueOn.plusDays(1));
    }

    private WorkingDayCalendar calendar(String regionCode) {
        return workingDays.forRegion(WorkingDays.countyOf(regionCode));
    }
}
