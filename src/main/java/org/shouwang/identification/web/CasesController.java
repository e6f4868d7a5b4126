package org.shouwang.identification.web;

import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.identification.CaseSearch;
import org.shouwang.identification.CaseState;
import org.shouwang.identification.CaseStep;
import org.shouwang.identification.Cases;
import org.shouwang.identification.StepRequest;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Identification cases (识别认定): open, list, read, and take one step. */
@RestController
class CasesController {

    record OpenRequest(Long householdId, Long clueId, String comment) {
    }

    private final Cases cases;
    private final CaseSearch search;
    private final CurrentUsers current;

    CasesController(Cases cases, CaseSearch search, CurrentUsers current) {
        this.cases = cases;
        this.search = search;
        this.current = current;
    }

    @PostMapping("/api/cases")
    Cases.Detail open(@RequestBody OpenRequest request) {
        if (request == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "HOUSEHOLD_REQUIRED", "请选择农户或线索");
        }
        return cases.open(request.householdId(), request.clueId(), request.comment(), current.current());
    }

    @GetMapping("/api/cases")
    List<CaseSearch.Summary> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String household) {
        if (household != null && !household.isBlank()) {
            return search.ofHousehold(householdId(household), current.current());
        }
        return search.search(region, parse(CaseState.class, status, "状态"), overdue, current.current());
    }

    private static long householdId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "农户编号须为数字");
        }
    }

    @GetMapping("/api/cases/counts")
    List<CaseSearch.TownshipCount> counts(@RequestParam(required = false) String region) {
        return search.countsByTownship(region, current.current());
    }

    @GetMapping("/api/cases/{id}")
    Cases.Detail detail(@PathVariable long id) {
        return cases.detail(id, current.current());
    }

    @PostMapping("/api/cases/{id}/steps/{step}")
    Cases.Detail step(@PathVariable long id, @PathVariable String step, @RequestBody StepRequest request) {
        CaseStep s = parse(CaseStep.class, step, "步骤");
        if (s == null || s == CaseStep.OPEN) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "STEP_UNKNOWN", "没有这个办理步骤");
        }
        return cases.act(id, s, request, current.current());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String name) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, type == CaseStep.class ? "STEP_UNKNOWN" : "BAD_FILTER",
                    name + "取值不正确");
        }
    }
}
