package org.shouwang.reporting.internal;

import org.shouwang.shared.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rebuilds 统计看板's counts every five minutes ({@code shouwang.dashboard.tally-cron}; "-" switches it off, and the
 * dashboard then builds them on its first read only), so figures of households and campaign progress are at most
 * that old; then judges the year's deadline-compliance headline per village (without the job it is judged on
 * request).
 */
@Configuration(proxyBeanMethods = false)
class ScheduledDashboardTally {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDashboardTally.class);

    @Bean
    RecurringJob dashboardTallyJob(DashboardTally tally, org.shouwang.reporting.ComplianceSnapshot compliance,
            @Value("${shouwang.dashboard.tally-cron:0 */5 * * * *}") String cron) {
        return new RecurringJob("reporting.dashboard-tally", cron, () -> {
            long start = System.nanoTime();
            tally.refresh();
            long counted = System.nanoTime();
            compliance.refresh();
            log.debug("Dashboard tally rebuilt in {} ms, compliance headline judged in {} ms",
                    (counted - start) / 1_000_000, (System.nanoTime() - counted) / 1_000_000);
        });
    }
}
