package org.shouwang.identification.internal;

import org.shouwang.identification.CaseSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps the open cases' due state nightly ({@code shouwang.deadlines.cron}, 01:00 by default; "-" switches it off), so
 * a case nobody touched still turns due-soon and overdue on the right morning. One server is assumed; a second would
 * sweep again, which is harmless (the sweep only recomputes).
 */
@Component
class ScheduledCaseSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCaseSweep.class);

    private final CaseSweep sweep;
    private final String cron;

    ScheduledCaseSweep(CaseSweep sweep, @Value("${shouwang.deadlines.cron:-}") String cron) {
        this.sweep = sweep;
        this.cron = cron;
    }

    /** A server that was down at 01:00 (or has just been upgraded) catches up on start, so counts are never a day old. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (!"-".equals(cron.strip())) {
            sweepOpenCases();
        }
    }

    @Scheduled(cron = "${shouwang.deadlines.cron:-}")
    void sweepOpenCases() {
        long start = System.nanoTime();
        int n = sweep.run();
        log.info("Case deadline sweep: {} open cases in {} ms", n, (System.nanoTime() - start) / 1_000_000);
    }
}
