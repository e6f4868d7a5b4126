package org.shouwang.assistance;

import org.shouwang.shared.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the follow-up sweep daily at 01:00 ({@code shouwang.deadlines.cron}, Spring cron; "-" switches it off), after
 * midnight so the day's lists start right. A database-scheduled job: with several servers one of them sweeps.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSweep.class);

    @Bean
    RecurringJob followUpSweepJob(ScheduleSweep sweep, @Value("${shouwang.deadlines.cron:0 0 1 * * *}") String cron) {
        return new RecurringJob("assistance.follow-up-sweep", cron, () -> {
            ScheduleSweep.Result r = sweep.run();
            log.info("Follow-up sweep {}: {} schedules, {} overdue, {} due soon, {} ms", r.day(), r.swept(), r.overdue(),
                    r.dueSoon(), r.millis());
        });
    }
}
