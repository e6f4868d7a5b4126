package org.shouwang.bench;

import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.screening.ScreeningRun;
import org.shouwang.screening.ScreeningRuns;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly run as a county's server usually meets it: the server has been restarted since the last run, so the JVM
 * has compiled none of the run's code and PostgreSQL starts with empty shared buffers, while the households, the feeds
 * and the clues are as the last run left them (nothing new to raise). {@link ScreeningBenchmark} starts it in a JVM of
 * its own, on the data directory it leaves behind.
 */
final class RestartedScreening {

    private RestartedScreening() {
    }

    static void spawn(Path pgData) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), RestartedScreening.class.getName(), pgData.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the run after a restart failed, exit code " + p.exitValue());
        }
    }

    public static void main(String[] args) throws Exception {
        String county = ScreeningBenchmark.COUNTY;
        // -Dbench.statements=true: pg_stat_statements of the run, as in the main benchmark
        boolean statements = Boolean.getBoolean("bench.statements");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(ScreeningBenchmark.serverArgs(Path.of(args[0]),
                        "--shouwang.embedded-postgres.settings.shared_preload_libraries=pg_prewarm"
                                + (statements ? ",pg_stat_statements" : "")))) {
            CurrentUser admin = new CurrentUser("bench", "bench", Role.COUNTY_ADMIN, new RegionCode(county));
            ScreeningRuns runs = app.getBean(ScreeningRuns.class);
            DataSource ds = app.getBean(DataSource.class);
            if (statements) {
                ScreeningBenchmark.execute(ds, "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()");
            }
            CpuTime cpu = new CpuTime(ds);
            double[] before = cpu.seconds();
            java.util.Map<String, Long> kindsBefore = cpu.byKind();
            long t = System.nanoTime();
            ScreeningRun run;
            double seconds;
            try (ThreadCpu threads = new ThreadCpu()) {
                run = ScreeningBenchmark.await(runs, admin, runs.startScheduled(county));
                seconds = (System.nanoTime() - t) / 1e9;
            }
            double[] used = cpu.since(before);
            System.out.println("  PostgreSQL's CPU by process: " + cpu.byKindSince(kindsBefore));
            long peak = ScreeningBenchmark.peakHeapMb();
            if (statements) {
                ScreeningBenchmark.printStatements(ds);
            }
            double[][] best = ScreeningBenchmark.limit(ds, cpu);
            double[] limit = best[0];
            System.out.printf(Locale.ROOT,
                    "screening after a restart (fresh JVM and PostgreSQL, nothing new to raise): %,d households in %.2f s, "
                            + "flagged %,d, new signals %,d, peak heap %d MB, CPU JVM %.1f s + PostgreSQL %.1f s; hand-written "
                            + "SQL (best of 3): flagged %,.0f in %.2f s (PostgreSQL CPU %.1f s); ratio %.2f; %s%n",
                    run.processed(), seconds, run.flagged(), run.newSignals(), peak, used[0], used[1], limit[0], limit[1],
                    best[1][1], seconds / limit[1], run.status());
            double results = ScreeningBenchmark.resultWrites(ds, run.id());
            System.out.printf(Locale.ROOT, "  its result rows written again by raw COPY (best of 3): %.2f s; hand-written SQL "
                    + "plus these: %.2f s; ratio %.2f%n", results, limit[1] + results, seconds / (limit[1] + results));
            afterRestart = seconds;
        }
        // the limit in the run's own state: the server restarted once more, the hand-written query first thing
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(ScreeningBenchmark.serverArgs(Path.of(args[0])))) {
            double[] cold = ScreeningBenchmark.handWritten(app.getBean(DataSource.class));
            System.out.printf(Locale.ROOT, "  the hand-written SQL first thing after another restart: %.2f s; ratio %.2f%n",
                    cold[1], afterRestart / cold[1]);
        }
    }

    private static double afterRestart;
}
