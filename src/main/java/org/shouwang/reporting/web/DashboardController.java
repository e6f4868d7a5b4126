package org.shouwang.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.reporting.CompliancePeriod;
import org.shouwang.reporting.ComplianceSnapshot;
import org.shouwang.reporting.Dashboard;
import org.shouwang.reporting.DashboardView;
import org.shouwang.reporting.DeadlineCompliance;
import org.shouwang.reporting.ReportScope;
import org.shouwang.reporting.RiskClusters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 统计看板: the figures of a region with its townships or villages, the deadline-compliance headline (the 时限监测 read
 * model's total, a separate call because at county level it takes far longer than the rest) and 规模性返贫风险.
 */
@RestController
class DashboardController {

    /**
     * The 时限监测 total of the period and the clue days it judged by; {@code judgedAt} is when the dashboard job judged
     * it (the year so far), null when judged for this request.
     */
    record Compliance(String regionCode, LocalDate from, LocalDate to, DeadlineCompliance.ClueDays clueDays,
            DeadlineCompliance.Row total, java.time.OffsetDateTime judgedAt) {
    }

    private final Dashboard dashboard;
    private final DeadlineCompliance compliance;
    private final RiskClusters clusters;
    private final ComplianceSnapshot snapshot;
    private final CurrentUsers current;
    private final Clock clock;

    DashboardController(Dashboard dashboard, DeadlineCompliance compliance, ComplianceSnapshot snapshot,
            RiskClusters clusters, CurrentUsers current, Clock clock) {
        this.snapshot = snapshot;
        this.dashboard = dashboard;
        this.compliance = compliance;
        this.clusters = clusters;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/api/dashboard")
    DashboardView view(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CurrentUser user = current.current();
        return dashboard.view(ReportScope.of(region, user), CompliancePeriod.parse(from, to, LocalDate.now(clock)));
    }

    @GetMapping("/api/dashboard/compliance")
    Compliance compliance(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CurrentUser user = current.current();
        ReportScope scope = ReportScope.of(region, user);
        CompliancePeriod period = CompliancePeriod.parse(from, to, LocalDate.now(clock));
        var kept = snapshot.headline(scope, period);
        if (kept.isPresent()) {
            return new Compliance(scope.region().value(), period.from(), period.to(),
                    compliance.clueDays(scope.region().value(), period), kept.get().total(), kept.get().judgedAt());
        }
        var report = compliance.report(scope, period);
        return new Compliance(report.regionCode(), report.from(), report.to(), report.clueDays(), report.total(), null);
    }

    @GetMapping("/api/dashboard/risk-clusters")
    RiskClusters.Report riskClusters(@RequestParam(required = false) String region,
            @RequestParam(required = false) String days, @RequestParam(required = false) String min) {
        return clusters.find(ReportScope.of(region, current.current()), days, min);
    }
}
