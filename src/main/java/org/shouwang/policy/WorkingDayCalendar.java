package org.shouwang.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over a set of announced days: a weekday is a working day unless it is a listed holiday; a
 * weekend day is a rest day unless it is a listed 调休 working day. Years without any listed day fall back to plain
 * weekends, which is why callers ask {@link #covers(int)} before trusting a deadline in such a year.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> years;

    public WorkingDayCalendar(Collection<CalendarDay> days) {
        this(days, null);
    }

    /**
     * A calendar whose {@link #covers(int)} answers from {@code coveredYears} rather than from the listed days, so a
     * county's single adjustment in a year without a State Council notice does not make that year look covered.
     * When two days share a date, the later one in {@code days} wins.
     */
    public WorkingDayCalendar(Collection<CalendarDay> days, Set<Integer> coveredYears) {
        this.days = new TreeMap<>();
        days.forEach(d -> this.days.put(d.day(), d));
        this.years = coveredYears != null ? Set.copyOf(coveredYears)
                : this.days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay listed = days.get(date);
        if (listed != null) {
            return listed.kind() == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The deadline {@code n} working days after {@code start}: {@code start} itself is not counted, so with n = 1 a
     * Friday before a normal weekend gives the Monday. n = 0 gives {@code start}; a negative n counts backwards.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = start;
        for (int left = Math.abs(n); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public LocalDate addCalendarDays(LocalDate start, int n) {
        return start.plusDays(n);
    }

    /** Working days in [from, toExclusive); negative when toExclusive comes before from. */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        if (toExclusive.isBefore(from)) {
            return -workingDaysBetween(toExclusive, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the calendar lists any day of {@code year}; if not, answers for that year only know weekends. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The listed day of {@code date}, if any. */
    public java.util.Optional<CalendarDay> day(LocalDate date) {
        return java.util.Optional.ofNullable(days.get(date));
    }

    /** The years covered, for building a merged calendar. */
    Set<Integer> coveredYears() {
        return years;
    }

    /** Every listed day, in date order. */
    List<CalendarDay> allDays() {
        return List.copyOf(days.values());
    }

    /** The listed days of {@code year}, in date order. */
    public List<CalendarDay> days(int year) {
        return days.values().stream().filter(d -> d.day().getYear() == year).toList();
    }
}
