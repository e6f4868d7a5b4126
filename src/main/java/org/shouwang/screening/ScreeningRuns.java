package org.shouwang.screening;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.rules.RuleProblem;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.screening.internal.CompactFindings;
import org.shouwang.screening.internal.RunStore;
import org.shouwang.screening.internal.RunWorker;
import org.shouwang.screening.internal.Screeners;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.SheetExport;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Screening runs over a region (issue 3, point 8) and what-if runs (point 9): started by hand or on a schedule,
 * run in the background with progress, results listed, filtered and exported. A what-if run raises nothing.
 */
@Component
public class ScreeningRuns {

    public record ResultRow(long householdId, String householdNo, String headName, String regionCode, String villageName,
            boolean flagged, boolean baseline, List<String> ruleCodes, List<Finding> findings) {
    }

    public record ResultPage(List<ResultRow> items, long total, int page, int size) {
    }

    /** Per township or village: flagged under today's profile, under the candidate, and the difference. */
    public record Comparison(String regionCode, String regionName, int now, int candidate, int added, int removed) {
    }

    private final RunStore runs;
    private final RunWorker worker;
    private final Screeners screeners;
    private final JdbcClient jdbc;

    ScreeningRuns(RunStore runs, RunWorker worker, Screeners screeners, JdbcClient jdbc) {
        this.runs = runs;
        this.worker = worker;
        this.screeners = screeners;
        this.jdbc = jdbc;
    }

    public ScreeningRun start(CurrentUser user, String region, LocalDate asOf) {
        LocalDate on = checkStart(user, region, asOf);
        long id = runs.create(region, on, "RUN", "MANUAL", null, user.username());
        worker.submit(id);
        return find(user, id);
    }

    /** For the schedule: runs as the system, for a whole county. */
    public long startScheduled(String county) {
        long id = runs.create(county, screeners.today(), "RUN", "SCHEDULE", null, "system");
        worker.submit(id);
        return id;
    }

    public ScreeningRun whatIf(CurrentUser user, String region, LocalDate asOf, WhatIfCandidate candidate) {
        LocalDate on = checkStart(user, region, asOf);
        if (candidate == null || (candidate.threshold() == null && (candidate.rules() == null || candidate.rules().isEmpty())
                && (candidate.disabledCodes() == null || candidate.disabledCodes().isEmpty()))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "CANDIDATE_EMPTY", "请填写要试算的监测范围或规则");
        }
        if (candidate.threshold() != null && (candidate.threshold().signum() <= 0
                || candidate.threshold().compareTo(java.math.BigDecimal.valueOf(1_000_000)) > 0)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "THRESHOLD_RANGE", "试算监测范围须在0到100万元之间");
        }
        List<Violation> problems = new ArrayList<>();
        if (candidate.rules() != null) {
            for (RuleSource r : candidate.rules()) {
                for (RuleProblem p : screeners.engine().check(r)) {
                    problems.add(new Violation(r.code() + ":" + p.part(), "RULE_SYNTAX",
                            "第" + p.line() + "行第" + p.column() + "列：" + p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "RULE_INVALID", "试算规则有错误", problems);
        }
        String json = runs.json().writeValueAsString(candidate);
        long id = runs.create(region, on, "WHAT_IF", "MANUAL", json, user.username());
        worker.submit(id);
        return find(user, id);
    }

    public ScreeningRun find(CurrentUser user, long id) {
        return runs.find(id).filter(r -> user.covers(r.regionCode())).orElseThrow(() -> ProblemException.notFound("筛查"));
    }

    public List<ScreeningRun> recent(CurrentUser user) {
        return runs.recent(user.scope().low(), user.scope().high(), 30);
    }

    public ResultPage results(CurrentUser user, long id, String region, String rule, int page, int size) {
        ScreeningRun run = find(user, id);
        RegionCode scope = new RegionCode(region != null && RegionCode.isValid(region) && user.covers(region)
                && new RegionCode(run.regionCode()).covers(region) ? region : run.regionCode());
        int p = Math.max(1, page);
        int s = Math.min(Math.max(1, size), 200);
        String where = " where r.run_id = :run and r.region_code between :low and :high"
                + (rule == null || rule.isBlank() ? "" : " and :rule = any(r.rule_codes)");
        var count = jdbc.sql("select count(*) from screening_result r" + where).param("run", id)
                .param("low", scope.low()).param("high", scope.high());
        var list = jdbc.sql("""
                select r.household_id, h.household_no, h.head_name, r.region_code, g.name as village, r.flagged, r.baseline,
                       r.rule_codes, r.findings::text as findings
                  from screening_result r join household h on h.id = r.household_id
                  left join region g on g.code = r.region_code""" + where + " order by r.region_code, h.household_no limit :limit offset :offset")
                .param("run", id).param("low", scope.low()).param("high", scope.high())
                .param("limit", s).param("offset", (p - 1) * s);
        if (rule != null && !rule.isBlank()) {
            count = count.param("rule", rule);
            list = list.param("rule", rule);
        }
        long total = count.query(Long.class).single();
        List<CompactFindings.RuleText> catalogue = runs.catalogue(id);
        List<ResultRow> rows = list.query((rs, n) -> new ResultRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
                List.of((String[]) rs.getArray(8).getArray()),
                CompactFindings.decode(rs.getString(9), catalogue, runs.json()))).list();
        return new ResultPage(rows, total, p, s);
    }

    /** The what-if comparison per child region (township for a county run, village for a township run). */
    public List<Comparison> comparison(CurrentUser user, long id) {
        ScreeningRun run = find(user, id);
        RegionCode scope = new RegionCode(run.regionCode());
        int prefix = switch (scope.level()) {
            case 1 -> 4;
            case 2 -> 6;
            case 3 -> 9;
            default -> 12;
        };
        return jdbc.sql("""
                select c.child, (select name from region where code = c.child) as name, c.now, c.candidate, c.added, c.removed
                  from (select rpad(substr(r.region_code, 1, :prefix), 12, '0') as child,
                               count(*) filter (where baseline) as now, count(*) filter (where flagged) as candidate,
                               count(*) filter (where flagged and not baseline) as added,
                               count(*) filter (where baseline and not flagged) as removed
                          from screening_result r where r.run_id = :run group by 1) c
                 order by c.child""")
                .param("prefix", prefix).param("run", id)
                .query((rs, n) -> new Comparison(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6))).list();
    }

    public void export(CurrentUser user, long id, OutputStream out) {
        ScreeningRun run = find(user, id);
        RegionCode scope = new RegionCode(run.regionCode());
        List<List<Object>> rows = new ArrayList<>();
        List<CompactFindings.RuleText> catalogue = runs.catalogue(id);
        jdbc.sql("""
                select h.household_no, h.head_name, g.name, r.flagged, r.baseline, r.findings::text
                  from screening_result r join household h on h.id = r.household_id left join region g on g.code = r.region_code
                 where r.run_id = ? and r.region_code between ? and ? order by r.region_code, h.household_no""")
                .params(id, scope.low(), scope.high()).query(rs -> {
                    List<Finding> findings = CompactFindings.decode(rs.getString(6), catalogue, runs.json());
                    StringBuilder reasons = new StringBuilder();
                    StringBuilder codes = new StringBuilder();
                    for (Finding f : findings) {
                        reasons.append(reasons.isEmpty() ? "" : "\n").append(f.reason());
                        codes.append(codes.isEmpty() ? "" : "、").append(f.ruleCode());
                    }
                    rows.add(List.of(rs.getString(1), nz(rs.getString(2)), nz(rs.getString(3)),
                            rs.getBoolean(4) ? "是" : "否", rs.getBoolean(5) ? "是" : "否", codes.toString(), reasons.toString()));
                });
        boolean whatIf = "WHAT_IF".equals(run.kind());
        SheetExport.write("筛查结果", List.of("户编号", "户主姓名", "村", whatIf ? "试算标记" : "标记",
                whatIf ? "现行标记" : "—", "规则", "原因"), rows, out);
    }

    private LocalDate checkStart(CurrentUser user, String region, LocalDate asOf) {
        user.require(Permission.SCREENING_RUN);
        if (region == null || !RegionCode.isValid(region) || !user.covers(region)) {
            throw ProblemException.notFound("该地区");
        }
        LocalDate on = asOf == null ? screeners.today() : asOf;
        if (on.isBefore(LocalDate.of(2015, 1, 1)) || on.isAfter(screeners.today().plusYears(2))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "DATE_RANGE", "评估日期超出范围");
        }
        PolicyProfile p = screeners.forRegion(region, on).profile();
        if (p.threshold() == null && new RegionCode(region).level() >= 3) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "THRESHOLD_MISSING",
                    "政策画像未设监测范围，不能筛查。" + (p.parameters().thresholdNote() == null ? "请县级管理员录入监测范围。"
                            : p.parameters().thresholdNote()));
        }
        return on;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
