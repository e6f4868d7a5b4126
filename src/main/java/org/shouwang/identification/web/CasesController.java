package org.shouwang.identification.web;

import java.util.List;
import org.shouwang.access.CurrentUsers;
import java.nio.charset.StandardCharsets;
import org.shouwang.identification.CaseDeadlineCounts;
import org.shouwang.identification.CaseDocuments;
import org.shouwang.identification.CaseSearch;
import org.shouwang.identification.DocumentKind;
import org.shouwang.identification.StepData;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** {@code greenChannel}: open 绿色通道 at once, with its risk types and the facts. */
    record OpenRequest(Long householdId, Long clueId, String comment, GreenChannelInput greenChannel) {
    }

    record GreenChannelInput(List<String> riskTypes, String reason) {
    }

    private final Cases cases;
    private final CaseSearch search;
    private final CurrentUsers current;
    private final CaseDeadlineCounts deadlineCounts;
    private final CaseDocuments documents;

    CasesController(Cases cases, CaseSearch search, CurrentUsers current, CaseDeadlineCounts deadlineCounts,
            CaseDocuments documents) {
        this.deadlineCounts = deadlineCounts;
        this.documents = documents;
        this.cases = cases;
        this.search = search;
        this.current = current;
    }

    @PostMapping("/api/cases")
    Cases.Detail open(@RequestBody OpenRequest request) {
        if (request == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "HOUSEHOLD_REQUIRED", "请选择农户或线索");
        }
        GreenChannelInput g = request.greenChannel();
        return cases.open(request.householdId(), request.clueId(), request.comment(),
                g == null ? null : new StepData.GreenChannel(g.riskTypes(), g.reason()), current.current());
    }

    @GetMapping("/api/cases")
    List<CaseSearch.Summary> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String household,
            @RequestParam(defaultValue = "false") boolean greenChannel) {
        if (household != null && !household.isBlank()) {
            return search.ofHousehold(householdId(household), current.current());
        }
        return search.search(region, parse(CaseState.class, status, "状态"), overdue, greenChannel, current.current());
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

    /** Open cases per township (per village for a township) from the sweep's columns. */
    @GetMapping("/api/cases/deadline-counts")
    List<CaseDeadlineCounts.Count> deadlineCounts(@RequestParam(required = false) String region) {
        return deadlineCounts.counts(region, current.current());
    }

    /**
     * A printable document as HTML. The policy forbids scripts and outside resources, so even text that escaped the
     * escaping could not run or call out.
     */
    @GetMapping(value = "/api/cases/{id}/documents/{kind}", produces = "text/html;charset=UTF-8")
    ResponseEntity<String> document(@PathVariable long id, @PathVariable String kind) {
        DocumentKind k;
        try {
            k = DocumentKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "DOCUMENT_KIND_UNKNOWN",
                    "没有这种文书；可打印：村内公示、民主评议记录、乡镇审核表、县级审定表、公告");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(documents.render(id, k, current.current()));
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
