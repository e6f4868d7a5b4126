package org.shouwang.policy.web;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Permission;
import org.shouwang.policy.CalendarDay;
import org.shouwang.policy.CalendarEdits;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.policy.WorkingDays;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holidays and 调休 working days of a year, so officials can see which days deadlines skip: the national days
 * with the caller's county's own days laid over them. A county administrator adds, changes and removes the latter.
 */
@RestController
class CalendarController {

    /** scope: NATIONAL for the State Council's days, COUNTY for the county's own. */
    record Day(LocalDate day, String kind, String kindLabel, String name, String source, String scope) {
    }

    /** covered: whether the State Council's notice for the year is loaded; editable: whether the caller may edit. */
    record Year(int year, boolean covered, boolean editable, String regionCode, List<Day> days) {
    }

    private final WorkingDays workingDays;
    private final CalendarEdits edits;
    private final CurrentUsers current;

    CalendarController(WorkingDays workingDays, CalendarEdits edits, CurrentUsers current) {
        this.workingDays = workingDays;
        this.edits = edits;
        this.current = current;
    }

    @GetMapping("/api/policy/calendar")
    Year calendar(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "YEAR_RANGE", "年份超出范围");
        }
        CurrentUser user = current.current();
        String region = WorkingDays.countyOf(user.scope().value());
        WorkingDayCalendar calendar = workingDays.forRegion(region);
        List<Day> days = calendar.days(year).stream().map(CalendarController::day).toList();
        boolean editable = user.can(Permission.CALENDAR_EDIT) && !region.equals(WorkingDays.NATIONAL);
        return new Year(year, calendar.covers(year), editable, region, days);
    }

    @PutMapping("/api/policy/calendar/days/{date}")
    Day put(@PathVariable String date, @RequestBody CalendarEdits.DayInput body) {
        return day(edits.put(current.current(), date, body));
    }

    @DeleteMapping("/api/policy/calendar/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String date) {
        edits.delete(current.current(), date);
    }

    private static Day day(CalendarDay d) {
        return new Day(d.day(), d.kind().name(), d.kind().label(), d.name(), d.source(), d.national() ? "NATIONAL" : "COUNTY");
    }
}
