package org.shouwang.assistance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.assistance.GuaranteeGap;
import org.shouwang.assistance.IncomeChange;
import org.shouwang.assistance.RiskType;
import org.shouwang.assistance.Visit;
import org.shouwang.assistance.VisitDraft;
import org.shouwang.assistance.VisitMode;
import org.shouwang.assistance.Visits;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VisitsController {

    /** The 我的走访 list covers at most a year at a time. */
    static final int MINE_MAX_DAYS = 366;
    static final int MINE_DEFAULT_DAYS = 30;

    record Option(String code, String label) {
    }

    /** The form's choices and whether the caller may record visits at all (the UI shows the button accordingly). */
    record Options(List<Option> mode, List<Option> incomeChange, List<Option> guaranteeGap, List<Option> riskType,
            boolean canRecord, int maxDaysBack) {
    }

    private final Visits visits;
    private final CurrentUsers users;
    private final Clock clock;

    VisitsController(Visits visits, CurrentUsers users, Clock clock) {
        this.visits = visits;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping("/api/households/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Visit record(@PathVariable long id, @RequestBody VisitDraft body) {
        return visits.record(id, body, users.current());
    }

    @GetMapping("/api/households/{id}/visits")
    List<Visit> ofHousehold(@PathVariable long id) {
        return visits.ofHousehold(id, users.current());
    }

    @GetMapping("/api/visits/mine")
    List<Visit> mine(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        CurrentUser user = users.current();
        List<Violation> errors = new ArrayList<>();
        LocalDate end = date("to", to, LocalDate.now(clock), errors);
        LocalDate start = date("from", from, end == null ? null : end.minusDays(MINE_DEFAULT_DAYS), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new Violation("from", "RANGE_ORDER", "开始日期不能晚于结束日期"));
        } else if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) > MINE_MAX_DAYS) {
            errors.add(new Violation("from", "RANGE_TOO_LONG", "一次最多查询一年的走访"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", errors.get(0).message(), errors);
        }
        return visits.mine(user, start, end);
    }

    @GetMapping("/api/visits/options")
    Options options() {
        CurrentUser user = users.current();
        return new Options(options(VisitMode.values()), options(IncomeChange.values()), options(GuaranteeGap.values()),
                options(RiskType.values()), Visits.mayRecord(user), visits.maxDaysBack());
    }

    private static List<Option> options(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.label())).toList();
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<Violation> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.add(new Violation(field, "DATE_RANGE", "日期应在2000年至2100年之间"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new Violation(field, "DATE_FORMAT", "日期格式应为 yyyy-MM-dd"));
            return null;
        }
    }
}
