package org.shouwang.policy.web;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.policy.CalendarDay;
import org.shouwang.policy.WorkingDays;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holidays and 调休 working days of a year, so officials can see which days deadlines skip. */
@RestController
class CalendarController {

    record Day(LocalDate day, String kind, String kindLabel, String name, String source) {
    }

    record Year(int year, boolean covered, List<Day> days) {
    }

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/policy/calendar")
    Year calendar(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "YEAR_RANGE", "年份超出范围");
        }
        List<Day> days = workingDays.days(year).stream().map(CalendarController::day).toList();
        return new Year(year, workingDays.covers(year), days);
    }

    private static Day day(CalendarDay d) {
        return new Day(d.day(), d.kind().name(), d.kind().label(), d.name(), d.source());
    }
}
