package org.shouwang.screening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.screening.Explanations;
import org.shouwang.screening.ScreeningRun;
import org.shouwang.screening.ScreeningRuns;
import org.shouwang.screening.WhatIfCandidate;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Screening runs, what-if runs and the household explanation ("why is this household flagged?"). */
@RestController
class ScreeningController {

    record Start(String region, LocalDate asOf) {
    }

    record WhatIf(String region, LocalDate asOf, BigDecimal threshold, List<RuleSource> rules, List<String> disabledCodes) {
    }

    record Trial(RuleSource rule, LocalDate asOf) {
    }

    private final ScreeningRuns runs;
    private final Explanations explanations;
    private final CurrentUsers current;

    ScreeningController(ScreeningRuns runs, Explanations explanations, CurrentUsers current) {
        this.runs = runs;
        this.explanations = explanations;
        this.current = current;
    }

    @PostMapping("/api/screening/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ScreeningRun start(@RequestBody Start body) {
        return runs.start(current.current(), body.region(), body.asOf());
    }

    @PostMapping("/api/screening/what-if")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ScreeningRun whatIf(@RequestBody WhatIf body) {
        if (body.rules() != null && body.rules().size() > 50) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "TOO_MANY_RULES", "一次最多试算50条规则");
        }
        if (body.rules() != null) {
            for (RuleSource r : body.rules()) {
                if (r == null || r.scope() == null) {
                    throw new ProblemException(HttpStatus.BAD_REQUEST, "RULE_INCOMPLETE", "试算规则须有编码、评估方式和表达式");
                }
            }
        }
        return runs.whatIf(current.current(), body.region(), body.asOf(),
                new WhatIfCandidate(body.threshold(), body.rules(), body.disabledCodes()));
    }

    @GetMapping("/api/screening/runs")
    List<ScreeningRun> recent() {
        return runs.recent(current.current());
    }

    @GetMapping("/api/screening/runs/{id}")
    ScreeningRun run(@PathVariable long id) {
        return runs.find(current.current(), id);
    }

    @GetMapping("/api/screening/runs/{id}/results")
    ScreeningRuns.ResultPage results(@PathVariable long id, @RequestParam(required = false) String region,
            @RequestParam(required = false) String rule, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return runs.results(current.current(), id, region, rule, page, size);
    }

    @GetMapping("/api/screening/runs/{id}/comparison")
    List<ScreeningRuns.Comparison> comparison(@PathVariable long id) {
        return runs.comparison(current.current(), id);
    }

    @GetMapping("/api/screening/runs/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        var user = current.current();
        runs.find(user, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode("筛查结果-" + id + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        runs.export(user, id, response.getOutputStream());
    }

    @GetMapping("/api/households/{id}/explanation")
    Explanations.Explanation explain(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        return explanations.explain(id, current.current(), asOf);
    }

    @PostMapping("/api/households/{id}/rule-trial")
    Explanations.Trial trial(@PathVariable long id, @RequestBody Trial body) {
        if (body.rule() == null || body.rule().scope() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "RULE_INCOMPLETE", "请填写规则的评估方式和表达式");
        }
        RuleSource r = body.rule();
        RuleSource rule = new RuleSource(r.code() == null ? "TRIAL" : r.code(), r.name() == null ? "试用规则" : r.name(),
                r.scope() == null ? RuleScope.HOUSEHOLD : r.scope(), r.department(), r.expression(), r.evidence());
        return explanations.tryRule(id, current.current(), rule, body.asOf());
    }
}
