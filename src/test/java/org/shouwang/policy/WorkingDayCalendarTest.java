package org.shouwang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines in working days over the 2025 and 2026 State Council holiday notices, counted by hand. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(notices2025And2026());

    @Test
    void fiveWorkingDaysFromTheFridayBeforeSpringFestivalCountTheAdjustedSaturdayAndSkipTheHoliday() {
        // 2/14 (Sat, 调休上班) = 1, 2/15..2/23 春节, 2/24 = 2, 2/25 = 3, 2/26 = 4, 2/27 = 5.
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 5)).isEqualTo(date("2026-02-27"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 2)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void workingDaysAfterTheEndOfSeptember2025LandAfterNationalDayAndCountTheAdjustedSaturday() {
        // 10/1..10/8 国庆节、中秋节; 10/9 (Thu) = 1, 10/10 (Fri) = 2, 10/11 (Sat, 调休上班) = 3, 10/12 Sunday, 10/13 = 4.
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 2)).isEqualTo(date("2025-10-10"));
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 3)).isEqualTo(date("2025-10-11"));
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 4)).isEqualTo(date("2025-10-13"));
    }

    @Test
    void theStartDayIsNotCountedAndZeroWorkingDaysIsTheStartItself() {
        assertThat(calendar.addWorkingDays(date("2026-02-16"), 0)).isEqualTo(date("2026-02-16"));
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 1)).isEqualTo(date("2026-03-03"));
    }

    @Test
    void aPlainWeekWithoutHolidaysSkipsOnlyTheWeekend() {
        // 2026-03-02 is a Monday; no holiday or 调休 in March 2026.
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 5)).isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-09"));
        assertThat(calendar.workingDaysBetween(date("2026-03-02"), date("2026-03-09"))).isEqualTo(5);
        assertThat(calendar.isWorkingDay(date("2026-03-07"))).isFalse();
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        assertThat(calendar.addCalendarDays(date("2026-02-13"), 15)).isEqualTo(date("2026-02-28"));
        assertThat(calendar.addCalendarDays(date("2025-12-25"), 15)).isEqualTo(date("2026-01-09"));
    }

    @Test
    void listedDaysOverrideTheWeekend() {
        assertThat(calendar.isWorkingDay(date("2026-02-14"))).as("Saturday 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-16"))).as("Monday in 春节").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-01-04"))).as("Sunday 元旦调休上班").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-01-05"))).as("ordinary Monday").isTrue();
    }

    @Test
    void countsWorkingDaysOfAMonthAndOfAWholeYear() {
        // February 2026: 20 weekdays, 6 of them in 春节 (2/16..2/20, 2/23), plus Saturdays 2/14 and 2/28.
        assertThat(calendar.workingDaysBetween(date("2026-02-01"), date("2026-03-01"))).isEqualTo(16);
        // 2026: 365 days, 104 weekend days, 13 statutory holidays (2024 revision of the 放假办法) → 248.
        assertThat(calendar.workingDaysBetween(date("2026-01-01"), date("2027-01-01"))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(date("2026-03-01"), date("2026-02-01"))).isEqualTo(-16);
    }

    @Test
    void negativeWorkingDaysCountBackwards() {
        // Back from 2/24 over 春节 (2/23..2/15): 2/14 (Sat, 调休上班) = 1, 2/13 (Fri) = 2.
        assertThat(calendar.addWorkingDays(date("2026-02-24"), -1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.addWorkingDays(date("2026-02-24"), -2)).isEqualTo(date("2026-02-13"));
    }

    @Test
    void aYearWithoutListedDaysIsNotCoveredAndFallsBackToWeekends() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2030)).isFalse();
        // 2030-01-01 is a Tuesday; unknown holidays are not guessed.
        assertThat(calendar.isWorkingDay(date("2030-01-01"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2030-01-04"), 1)).isEqualTo(date("2030-01-07"));
    }

    @Test
    void listsAYearsDaysInDateOrder() {
        List<CalendarDay> days = calendar.days(2026);
        assertThat(days).first().extracting(CalendarDay::day).isEqualTo(date("2026-01-01"));
        assertThat(days).last().extracting(CalendarDay::day).isEqualTo(date("2026-10-10"));
        assertThat(days).extracting(CalendarDay::day).isSorted();
        assertThat(days).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(6);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The spans of 国办发明电〔2024〕12号 (2025) and 〔2025〕7号 (2026), as in V4__policy_calendar.sql. */
    private static List<CalendarDay> notices2025And2026() {
        List<CalendarDay> days = new ArrayList<>();
        span(days, DayKind.HOLIDAY, "元旦", "2025-01-01", "2025-01-01");
        span(days, DayKind.HOLIDAY, "春节", "2025-01-28", "2025-02-04");
        span(days, DayKind.WORKDAY, "春节调休上班", "2025-01-26", "2025-01-26");
        span(days, DayKind.WORKDAY, "春节调休上班", "2025-02-08", "2025-02-08");
        span(days, DayKind.HOLIDAY, "清明节", "2025-04-04", "2025-04-06");
        span(days, DayKind.HOLIDAY, "劳动节", "2025-05-01", "2025-05-05");
        span(days, DayKind.WORKDAY, "劳动节调休上班", "2025-04-27", "2025-04-27");
        span(days, DayKind.HOLIDAY, "端午节", "2025-05-31", "2025-06-02");
        span(days, DayKind.HOLIDAY, "国庆节、中秋节", "2025-10-01", "2025-10-08");
        span(days, DayKind.WORKDAY, "国庆节、中秋节调休上班", "2025-09-28", "2025-09-28");
        span(days, DayKind.WORKDAY, "国庆节、中秋节调休上班", "2025-10-11", "2025-10-11");
        span(days, DayKind.HOLIDAY, "元旦", "2026-01-01", "2026-01-03");
        span(days, DayKind.WORKDAY, "元旦调休上班", "2026-01-04", "2026-01-04");
        span(days, DayKind.HOLIDAY, "春节", "2026-02-15", "2026-02-23");
        span(days, DayKind.WORKDAY, "春节调休上班", "2026-02-14", "2026-02-14");
        span(days, DayKind.WORKDAY, "春节调休上班", "2026-02-28", "2026-02-28");
        span(days, DayKind.HOLIDAY, "清明节", "2026-04-04", "2026-04-06");
        span(days, DayKind.HOLIDAY, "劳动节", "2026-05-01", "2026-05-05");
        span(days, DayKind.WORKDAY, "劳动节调休上班", "2026-05-09", "2026-05-09");
        span(days, DayKind.HOLIDAY, "端午节", "2026-06-19", "2026-06-21");
        span(days, DayKind.HOLIDAY, "中秋节", "2026-09-25", "2026-09-27");
        span(days, DayKind.HOLIDAY, "国庆节", "2026-10-01", "2026-10-07");
        span(days, DayKind.WORKDAY, "国庆节调休上班", "2026-09-20", "2026-09-20");
        span(days, DayKind.WORKDAY, "国庆节调休上班", "2026-10-10", "2026-10-10");
        return days;
    }

    private static void span(List<CalendarDay> days, DayKind kind, String name, String first, String last) {
        for (LocalDate d = date(first); !d.isAfter(date(last)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, kind, name, "test"));
        }
    }
}
