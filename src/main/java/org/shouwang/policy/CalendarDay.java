package org.shouwang.policy;

import java.time.LocalDate;
import java.util.Objects;

/** One exception to the Monday-to-Friday week, with the festival it belongs to and the notice that announced it. */
public record CalendarDay(LocalDate day, DayKind kind, String name, String source) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }
}
