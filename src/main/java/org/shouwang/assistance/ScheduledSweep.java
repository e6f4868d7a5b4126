package org.shouwang.assistance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the follow-up sweep daily at 01:00 ({@code shouwang.deadlines.cron}, Spring cron; "-" switches it off), after
 * midnight so the day's lists start right. One server is assumed; a second one would sweep again, harmlessly.
 */
@Component
class ScheduledSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSweep.class);

    private final ScheduleSweep sweep;

    ScheduledSweep(ScheduleSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${shouwang.deadlines.cron:0 0 1 * * *}")
    void daily() {
        ScheduleSweep.Result r = sweep.run();
        log.info("Follow-up sweep {}: {} schedules, {} overdue, {} due soon, {} ms", r.day(), r.swept(), r.overdue(),
                r.dueSoon(), r.millis());
    }
}
