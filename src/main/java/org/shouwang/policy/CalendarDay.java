package org.shouwang.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the Monday-to-Friday week, with the festival it belongs to and the notice that announced it.
 * {@code regionCode} is {@value WorkingDays#NATIONAL} for the State Council's days, or a county's code for a day
 * the county administrator added (which overrides the national calendar for that county's users).
 */
public record CalendarDay(LocalDate day, DayKind kind, String name, String source, String regionCode) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regionCode, "regionCode");
    }

    /** A national day. */
    public CalendarDay(LocalDate day, DayKind kind, String name, String source) {
        this(day, kind, name, source, WorkingDays.NATIONAL);
    }

    public boolean national() {
        return WorkingDays.NATIONAL.equals(regionCode);
    }
}
