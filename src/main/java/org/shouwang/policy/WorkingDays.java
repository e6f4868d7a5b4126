package org.shouwang.policy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national working-day calendar from the {@code calendar_day} table, for deadline arithmetic in working days.
 * The table holds a few dozen rows a year and changes only by migration for now, so it is read once and kept.
 */
@Component
public class WorkingDays {

    static final String NATIONAL = "000000000000";

    private final JdbcClient jdbc;
    private volatile WorkingDayCalendar calendar;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** The deadline n working days after start; start itself is not counted and n = 0 returns start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return calendar().addWorkingDays(start, n);
    }

    public LocalDate addCalendarDays(LocalDate start, int n) {
        return calendar().addCalendarDays(start, n);
    }

    /** Working days in [from, toExclusive). */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        return calendar().workingDaysBetween(from, toExclusive);
    }

    /** Whether the calendar has the State Council's days for {@code year}; if not, answers only know weekends. */
    public boolean covers(int year) {
        return calendar().covers(year);
    }

    /** The holidays and 调休 working days listed for {@code year}, in date order. */
    public List<CalendarDay> days(int year) {
        return calendar().days(year);
    }

    /** The calendar itself, for callers that do many computations at once. */
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar c = calendar;
        if (c == null) {
            c = load();
            calendar = c;
        }
        return c;
    }

    private WorkingDayCalendar load() {
        return new WorkingDayCalendar(jdbc.sql("select day, kind, name, source from calendar_day where region_code = ? order by day")
                .param(NATIONAL)
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list());
    }
}
