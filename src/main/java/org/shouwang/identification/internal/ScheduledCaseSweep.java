package org.shouwang.identification.internal;

import org.shouwang.identification.CaseSweep;
import org.shouwang.shared.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sweeps the open cases' due state nightly ({@code shouwang.deadlines.cron}, 01:00 by default; "-" switches it off), so
 * a case nobody touched still turns due-soon and overdue on the right morning. A database-scheduled job: a server that
 * was down at 01:00 runs the missed execution when it starts, and with several servers one of them sweeps.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledCaseSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCaseSweep.class);

    @Bean
    RecurringJob caseSweepJob(CaseSweep sweep, @Value("${shouwang.deadlines.cron:-}") String cron) {
        return new RecurringJob("identification.case-sweep", cron, () -> {
            long start = System.nanoTime();
            int n = sweep.run();
            log.info("Case deadline sweep: {} open cases in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        });
    }
}
