package org.shouwang.screening.internal;

import java.util.List;
import org.shouwang.screening.ScreeningRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.shouwang.shared.RecurringJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Screens every county on the schedule set in {@code shouwang.screening.cron} (monthly by default: [001] asks for
 * monthly online screening). Counties whose profile states no threshold are skipped with a log line. The job runs
 * through the database scheduler, so with several servers one of them screens.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledScreening {

    private static final Logger log = LoggerFactory.getLogger(ScheduledScreening.class);

    private final JdbcClient jdbc;
    private final ScreeningRuns runs;
    private final Screeners screeners;

    ScheduledScreening(JdbcClient jdbc, ScreeningRuns runs, Screeners screeners) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.screeners = screeners;
    }

    @Bean
    RecurringJob monthlyScreeningJob(@Value("${shouwang.screening.cron:-}") String cron) {
        return new RecurringJob("screening.every-county", cron, this::screenEveryCounty);
    }

    void screenEveryCounty() {
        List<String> counties = jdbc.sql("select code from region where level = 3 order by code").query(String.class).list();
        for (String county : counties) {
            if (screeners.forRegion(county, screeners.today()).profile().threshold() == null) {
                log.warn("Scheduled screening skipped {}: no threshold in force", county);
                continue;
            }
            runs.startScheduled(county);
        }
    }
}
