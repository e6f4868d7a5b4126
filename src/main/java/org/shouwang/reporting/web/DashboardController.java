package org.shouwang.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.reporting.CompliancePeriod;
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

    /** The 时限监测 total of the period and the clue days it judged by. */
    record Compliance(String regionCode, LocalDate from, LocalDate to, DeadlineCompliance.ClueDays clueDays,
            DeadlineCompliance.Row total) {
    }

    private final Dashboard dashboard;
    private final DeadlineCompliance compliance;
    private final RiskClusters clusters;
    private final CurrentUsers current;
    private final Clock clock;

    DashboardController(Dashboard dashboard, DeadlineCompliance compliance, RiskClusters clusters,
            CurrentUsers current, Clock clock) {
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
        var report = compliance.report(ReportScope.of(region, user),
                CompliancePeriod.parse(from, to, LocalDate.now(clock)));
        return new Compliance(report.regionCode(), report.from(), report.to(), report.clueDays(), report.total());
    }

    @GetMapping("/api/dashboard/risk-clusters")
    RiskClusters.Report riskClusters(@RequestParam(required = false) String region,
            @RequestParam(required = false) String days, @RequestParam(required = false) String min) {
        return clusters.find(ReportScope.of(region, current.current()), days, min);
    }
}
