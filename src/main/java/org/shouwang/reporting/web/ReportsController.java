package org.shouwang.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.reporting.CompliancePeriod;
import org.shouwang.reporting.DeadlineCompliance;
import org.shouwang.reporting.ReportScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dashboards (read models): 时限监测, deadline compliance per township or village. */
@RestController
class ReportsController {

    private final DeadlineCompliance compliance;
    private final CurrentUsers current;
    private final Clock clock;

    ReportsController(DeadlineCompliance compliance, CurrentUsers current, Clock clock) {
        this.compliance = compliance;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/api/reports/deadline-compliance")
    DeadlineCompliance.Report deadlineCompliance(@RequestParam(required = false) String region,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        CurrentUser user = current.current();
        return compliance.report(ReportScope.of(region, user), CompliancePeriod.parse(from, to, LocalDate.now(clock)));
    }
}
