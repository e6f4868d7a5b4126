package org.shouwang.identification.internal;

import org.shouwang.identification.CaseSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    ScheduledCaseSweep(CaseSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${shouwang.deadlines.cron:-}")
    void sweepOpenCases() {
        long start = System.nanoTime();
        int n = sweep.run();
        log.info("Case deadline sweep: {} open cases in {} ms", n, (System.nanoTime() - start) / 1_000_000);
    }
}
