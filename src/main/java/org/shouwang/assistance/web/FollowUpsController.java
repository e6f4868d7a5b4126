package org.shouwang.assistance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shouwang.access.CurrentUsers;
import org.shouwang.assistance.FollowKind;
import org.shouwang.assistance.FollowUps;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FollowUpsController {

    private final FollowUps followUps;
    private final CurrentUsers users;

    FollowUpsController(FollowUps followUps, CurrentUsers users) {
        this.followUps = followUps;
        this.users = users;
    }

    @GetMapping("/api/follow-ups/mine")
    FollowUps.Page mine(@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        return followUps.mine(users.current(), kind(kind), state(state), number("page", page), number("size", size));
    }

    @GetMapping("/api/follow-ups")
    FollowUps.Page search(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size) {
        return followUps.search(users.current(), region, kind(kind), state(state), number("page", page),
                number("size", size));
    }

    @GetMapping("/api/follow-ups/plan")
    FollowUps.DailyPlan plan(@RequestParam(required = false) String date) {
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw bad("DATE_FORMAT", "日期格式应为 yyyy-MM-dd");
            }
        }
        return followUps.plan(users.current(), day);
    }

    private static FollowKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FollowKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw bad("BAD_FILTER", "类型只能是 VISIT（走访）或 INCOME（收入登记）");
        }
    }

    private static FollowUps.StateFilter state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FollowUps.StateFilter.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw bad("BAD_FILTER", "状态只能是 DUE、OVERDUE、DUE_SOON、OK 或 ALL");
        }
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad("BAD_PAGE", ("page".equals(field) ? "页码" : "每页条数") + "应为整数");
        }
    }

    private static ProblemException bad(String code, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, message);
    }
}
