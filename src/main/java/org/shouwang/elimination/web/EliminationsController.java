package org.shouwang.elimination.web;

import java.util.List;
import java.util.Locale;
import org.shouwang.access.CurrentUsers;
import org.shouwang.elimination.Eligibilities;
import org.shouwang.elimination.Eligibility;
import org.shouwang.elimination.EliminationRequests;
import org.shouwang.elimination.EliminationSearch;
import org.shouwang.elimination.EliminationState;
import org.shouwang.elimination.EliminationStep;
import org.shouwang.elimination.Eliminations;
import org.shouwang.elimination.MonitoringHistory;
import org.shouwang.elimination.ProposeRequest;
import org.shouwang.elimination.RequestState;
import org.shouwang.elimination.StepForm;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Risk elimination (风险消除), rollback and removal requests, and a household's eligibility and monitoring history. */
@RestController
class EliminationsController {

    private final Eliminations eliminations;
    private final EliminationRequests requests;
    private final EliminationSearch search;
    private final Eligibilities eligibilities;
    private final MonitoringHistory history;
    private final CurrentUsers current;

    EliminationsController(Eliminations eliminations, EliminationRequests requests, EliminationSearch search,
            Eligibilities eligibilities, MonitoringHistory history, CurrentUsers current) {
        this.eliminations = eliminations;
        this.requests = requests;
        this.search = search;
        this.eligibilities = eligibilities;
        this.history = history;
        this.current = current;
    }

    @PostMapping("/api/eliminations")
    Eliminations.Detail propose(@RequestBody ProposeRequest request) {
        return eliminations.propose(request, current.current());
    }

    @GetMapping("/api/eliminations")
    List<EliminationSearch.Summary> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String state, @RequestParam(required = false) String household) {
        return search.cases(region, parse(EliminationState.class, state, "BAD_FILTER", "状态取值不正确"), id(household),
                current.current());
    }

    @GetMapping("/api/eliminations/{id}")
    Eliminations.Detail detail(@PathVariable long id) {
        return eliminations.detail(id, current.current());
    }

    @PostMapping("/api/eliminations/{id}/steps/{step}")
    Eliminations.Detail step(@PathVariable long id, @PathVariable String step, @RequestBody StepForm form) {
        EliminationStep s = parse(EliminationStep.class, step, "STEP_UNKNOWN", "没有这个办理步骤");
        if (s == null || s == EliminationStep.PROPOSE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "STEP_UNKNOWN", "没有这个办理步骤");
        }
        return eliminations.act(id, s, form, current.current());
    }

    @PostMapping("/api/eliminations/requests")
    EliminationRequests.Detail request(@RequestBody EliminationRequests.NewRequest request) {
        return requests.request(request, current.current());
    }

    @GetMapping("/api/eliminations/requests")
    List<EliminationRequests.Detail> requests(@RequestParam(required = false) String region,
            @RequestParam(required = false) String state, @RequestParam(required = false) String household) {
        return search.requests(region, parse(RequestState.class, state, "BAD_FILTER", "状态取值不正确"), id(household),
                current.current());
    }

    @GetMapping("/api/eliminations/requests/{id}")
    EliminationRequests.Detail requestDetail(@PathVariable long id) {
        return requests.detail(id, current.current());
    }

    @PostMapping("/api/eliminations/requests/{id}/decision")
    EliminationRequests.Detail decide(@PathVariable long id, @RequestBody EliminationRequests.Decision decision) {
        return requests.decide(id, decision, current.current());
    }

    @GetMapping("/api/households/{id}/eligibility")
    Eligibility eligibility(@PathVariable long id, @RequestParam(required = false) String method) {
        return eligibilities.check(id, EliminationsController.method(method), current.current());
    }

    @GetMapping("/api/households/{id}/monitoring-history")
    MonitoringHistory.History history(@PathVariable long id) {
        return history.of(id, current.current());
    }

    private static org.shouwang.elimination.EliminationMethod method(String code) {
        return parse(org.shouwang.elimination.EliminationMethod.class, code, "METHOD_UNKNOWN", "风险消除方式只能是帮扶消除或自然消除");
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "农户编号须为数字");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String errorCode, String message) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, errorCode, message);
        }
    }
}
