package org.shouwang.campaign.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.shouwang.access.CurrentUsers;
import org.shouwang.campaign.ProblemCategory;
import org.shouwang.campaign.ProblemDetail;
import org.shouwang.campaign.ProblemDraft;
import org.shouwang.campaign.ProblemExport;
import org.shouwang.campaign.ProblemFilter;
import org.shouwang.campaign.ProblemRules;
import org.shouwang.campaign.ProblemSearch;
import org.shouwang.campaign.ProblemSource;
import org.shouwang.campaign.ProblemStatus;
import org.shouwang.campaign.ProblemTransition;
import org.shouwang.campaign.ProblemLedger;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 问题台账: problems from campaigns, cross-checks, inspections and evaluations, their rectification and closure. */
@RestController
class ProblemsController {

    record Option(String code, String label) {
    }

    record Options(List<Option> sources, List<Option> categories, List<Option> statuses, boolean canRecord) {
    }

    private final ProblemLedger problems;
    private final ProblemSearch search;
    private final ProblemExport export;
    private final CurrentUsers current;

    ProblemsController(ProblemLedger problems, ProblemSearch search, ProblemExport export, CurrentUsers current) {
        this.problems = problems;
        this.search = search;
        this.export = export;
        this.current = current;
    }

    @PostMapping("/api/problems")
    @ResponseStatus(HttpStatus.CREATED)
    ProblemDetail record(@RequestBody ProblemDraft draft) {
        return problems.record(draft, current.current());
    }

    @GetMapping("/api/problems")
    ProblemSearch.Page list(@RequestParam(required = false) String region, @RequestParam(required = false) String source,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search.list(filter(region, source, category, status, overdue, campaign), page, size, current.current());
    }

    @GetMapping("/api/problems/options")
    Options options() {
        return new Options(options(ProblemSource.values()), options(ProblemCategory.values()),
                options(ProblemStatus.values()), ProblemRules.mayRecord(current.current()));
    }

    @GetMapping("/api/problems/counts")
    List<ProblemSearch.TownshipCount> counts(@RequestParam(required = false) String region,
            @RequestParam(required = false) String source, @RequestParam(required = false) String category,
            @RequestParam(required = false) Long campaign) {
        return search.countsByTownship(filter(region, source, category, null, null, campaign), current.current());
    }

    @GetMapping("/api/problems/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region,
            @RequestParam(required = false) String source, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long campaign) {
        var out = new ByteArrayOutputStream();
        export.write(filter(region, source, category, status, overdue, campaign), current.current(), out);
        String name = URLEncoder.encode("问题台账.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"problems.xlsx\"; filename*=UTF-8''" + name)
                .body(out.toByteArray());
    }

    @GetMapping("/api/problems/{id}")
    ProblemDetail detail(@PathVariable long id) {
        return problems.detail(id, current.current());
    }

    @PostMapping("/api/problems/{id}/transitions")
    ProblemDetail act(@PathVariable long id, @RequestBody ProblemTransition transition) {
        return problems.act(id, transition, current.current());
    }

    private static ProblemFilter filter(String region, String source, String category, String status, Boolean overdue,
            Long campaign) {
        return new ProblemFilter(region, parse(ProblemSource.class, source, "问题来源"),
                parse(ProblemCategory.class, category, "问题类别"), parse(ProblemStatus.class, status, "整改状态"), overdue,
                campaign);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String name) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", name + "取值不正确");
        }
    }

    private static <E extends Enum<E> & Labelled> List<Option> options(E[] values) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), v.label())).toList();
    }
}
