package org.shouwang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar from the {@code calendar_day} table, for deadline arithmetic in working days. The plain
 * methods answer for the national calendar; {@link #forRegion(String)} merges in a county's own days, which win over
 * the national ones for that county. The table holds a few dozen rows a year, so each calendar is read once and kept
 * until {@link CalendarEdits} changes a county's days.
 */
@Component
public class WorkingDays {

    /** The region code of the State Council's days. */
    public static final String NATIONAL = "000000000000";

    private final JdbcClient jdbc;
    private volatile WorkingDayCalendar calendar;
    private final Map<String, WorkingDayCalendar> counties = new ConcurrentHashMap<>();

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

    /**
     * The calendar for the users of a region: the national days with the days of the region's county laid over them,
     * the county's day winning on the same date. A province or city code (no county) gets the national calendar.
     * {@link WorkingDayCalendar#covers(int)} of the result still answers only for the national notices.
     */
    public WorkingDayCalendar forRegion(String regionCode) {
        String county = countyOf(regionCode);
        if (county.equals(NATIONAL)) {
            return calendar();
        }
        return counties.computeIfAbsent(county, this::loadCounty);
    }

    /** The county code (first six digits, then zeros) whose days apply to a region; {@value #NATIONAL} above county level. */
    public static String countyOf(String regionCode) {
        if (regionCode == null || !RegionCode.isValid(regionCode) || new RegionCode(regionCode).level() < 3) {
            return NATIONAL;
        }
        return regionCode.substring(0, 6) + "000000";
    }

    /** Forgets the cached calendar of {@code county} (or every calendar for {@value #NATIONAL}), after an edit. */
    void invalidate(String county) {
        if (NATIONAL.equals(county)) {
            calendar = null;
            counties.clear();
        } else {
            counties.remove(county);
        }
    }

    private WorkingDayCalendar loadCounty(String county) {
        WorkingDayCalendar national = calendar();
        List<CalendarDay> merged = new ArrayList<>(national.allDays());
        merged.addAll(rows(county));
        return new WorkingDayCalendar(merged, national.coveredYears());
    }

    private WorkingDayCalendar load() {
        return new WorkingDayCalendar(rows(NATIONAL));
    }

    private List<CalendarDay> rows(String regionCode) {
        return jdbc.sql("select day, kind, name, source, region_code from calendar_day where region_code = ? order by day")
                .param(regionCode)
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
