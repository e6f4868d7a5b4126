package org.shouwang.screening.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueDecisions;
import org.shouwang.screening.ClueInbox;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.screening.ClueStatus;
import org.shouwang.screening.NotIncludedReason;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clue inbox (风险线索): list, counts per region, one clue's explanation, and the village's decision. */
@RestController
class ClueInboxController {

    private final ClueInbox inbox;
    private final ClueDecisions decisions;
    private final CurrentUsers current;

    ClueInboxController(ClueInbox inbox, ClueDecisions decisions, CurrentUsers current) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.current = current;
    }

    @GetMapping("/api/clues")
    ClueInbox.Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long household, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        CurrentUser user = current.current();
        return inbox.search(new ClueInbox.Criteria(parse(ClueStatus.class, "status", status),
                parse(Channel.class, "channel", channel), region, overdue, household, page, size), user);
    }

    @GetMapping("/api/clues/counts")
    ClueInbox.Counts counts(@RequestParam(required = false) String region) {
        return inbox.counts(region, current.current());
    }

    /** Codes and labels of the inbox's lists, so the UI never hard-codes a label. */
    @GetMapping("/api/clues/options")
    Map<String, List<ClueInbox.Option>> options() {
        Map<String, List<ClueInbox.Option>> out = new LinkedHashMap<>();
        out.put("status", options(ClueStatus.values()));
        out.put("channel", options(Channel.values()));
        out.put("outcome", options(ClueOutcome.values()));
        out.put("notIncludedReason", options(NotIncludedReason.values()));
        return out;
    }

    @GetMapping("/api/clues/{id}")
    ClueInbox.Detail detail(@PathVariable long id) {
        return inbox.detail(id, current.current());
    }

    /** Answers the decided clue, so the page shows the outcome and history without another request. */
    @PostMapping("/api/clues/{id}/decision")
    ClueInbox.Detail decide(@PathVariable long id, @RequestBody ClueDecisions.Decision decision) {
        CurrentUser user = current.current();
        decisions.decide(id, decision, user);
        return inbox.detail(id, user);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "筛选条件 " + name + " 的取值不正确");
        }
    }

    private static List<ClueInbox.Option> options(Labelled[] values) {
        return Arrays.stream(values).map(v -> new ClueInbox.Option(v.name(), v.label())).toList();
    }
}
