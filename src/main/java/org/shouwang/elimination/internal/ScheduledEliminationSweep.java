package org.shouwang.elimination.internal;

import org.shouwang.elimination.EliminationSweep;
import org.shouwang.shared.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly sweep of open elimination procedures' due state, with the other deadline sweeps. */
@Configuration(proxyBeanMethods = false)
class ScheduledEliminationSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledEliminationSweep.class);

    @Bean
    RecurringJob eliminationSweepJob(EliminationSweep sweep, @Value("${shouwang.deadlines.cron:-}") String cron) {
        return new RecurringJob("elimination.sweep", cron, () -> {
            long start = System.nanoTime();
            int n = sweep.run();
            log.info("Elimination deadline sweep: {} open procedures in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        });
    }
}
