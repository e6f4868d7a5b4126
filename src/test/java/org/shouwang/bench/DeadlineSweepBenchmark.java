package org.shouwang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.shouwang.ShouwangApplication;
import org.shouwang.assistance.ScheduleSweep;
import org.shouwang.assistance.ScheduleSweepBenchmark;
import org.shouwang.assistance.Schedules;
import org.shouwang.elimination.EliminationSweep;
import org.shouwang.identification.CaseSweep;
import org.shouwang.identification.CaseSweepBenchmark;
import org.shouwang.registry.Regions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4, point 14: the whole nightly deadline sweep — every open identification case, every open elimination and
 * every follow-up schedule — for one county with 30,000 open cases and 300,000 followed households (300,000 visit and
 * 300,000 income schedules), timed as the night runs it (the three sweeps one after the other) with the peak heap.
 * Passes: the first night after the data arrived (every row's state is new, the worst case), and the next night (a
 * day's worth of changes, the usual case). The limit is the plain SQL that reads the cases with their steps plus one
 * hand-written UPDATE of the schedules' states, on the same data. Run with {@code ./mvnw -Pbench-deadlines}.
 */
public final class DeadlineSweepBenchmark {

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        int cases = Integer.parseInt(System.getProperty("bench.cases", "30000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=" + BenchDirs.freshPostgres(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-", "--shouwang.deadlines.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource ds = app.getBean(DataSource.class);
            long t = System.nanoTime();
            ScheduleSweepBenchmark.generate(app.getBean(Regions.class), jdbc, households);
            int schedules = app.getBean(Schedules.class).rebuildAll();
            // due dates spread over ±75 days, as a county running for a while has them
            jdbc.sql("update follow_schedule set next_due = current_date + ((id * 7919) % 151 - 75)::int, due_state = 'OK'")
                    .update();
            CaseSweepBenchmark.generate(ds, cases);
            jdbc.sql("vacuum analyze").update();
            System.out.printf(Locale.ROOT, "generated %,d households, %,d schedules, %,d open cases in %.1f s%n",
                    households, schedules, cases, secs(t));

            CaseSweep caseSweep = app.getBean(CaseSweep.class);
            ScheduleSweep scheduleSweep = app.getBean(ScheduleSweep.class);
            EliminationSweep eliminationSweep = app.getBean(EliminationSweep.class);
            LocalDate today = LocalDate.now();
            String[] passes = {"first night (every state new)", "next night (a day's changes)"};
            for (int i = 0; i < passes.length; i++) {
                LocalDate day = today.plusDays(i);
                double limit = limit(ds, jdbc, day);
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                int open = caseSweep.run();
                double caseSecs = secs(start);
                long s2 = System.nanoTime();
                ScheduleSweep.Result r = scheduleSweep.run(day);
                double scheduleSecs = secs(s2);
                long s3 = System.nanoTime();
                int eliminations = eliminationSweep.run();
                double elimSecs = secs(s3);
                double total = secs(start);
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
                System.out.printf(Locale.ROOT, "%s: %.2f s in all (cases %,d in %.2f s, schedules %,d with %,d states set "
                                + "in %.2f s, eliminations %,d in %.2f s), peak heap %d MB; plain SQL limit %.2f s, ratio %.1f%n",
                        passes[i], total, open, caseSecs, r.overdue() + r.dueSoon() + r.ok(), r.swept(), scheduleSecs,
                        eliminations, elimSecs, peak, limit, total / limit);
            }
        }
    }

    /**
     * The limit, measured just before the pass on the same states: the cases with their steps read in one query, and
     * one hand-written UPDATE setting the changed schedules' states, run on a copy of the schedule table with the same
     * indexes and fill factor (so the sweep then finds the work still to do).
     */
    private static double limit(DataSource ds, JdbcClient jdbc, LocalDate day) throws Exception {
        jdbc.sql("drop table if exists follow_schedule_copy").update();
        jdbc.sql("create table follow_schedule_copy (like follow_schedule including all) with (fillfactor = 70)").update();
        jdbc.sql("insert into follow_schedule_copy select * from follow_schedule").update();
        jdbc.sql("vacuum analyze follow_schedule_copy").update();
        long t = System.nanoTime();
        CaseSweepBenchmark.count(ds, """
                select count(*) from (select c.id, c.region_code, c.state, s.step, s.at, s.state_before, s.state_after
                from identification_case c join identification_step s on s.case_id = c.id
                where c.closed_at is null order by c.id, s.seq) x""");
        jdbc.sql("""
                update follow_schedule_copy set swept_on = ?, due_state = case when next_due < ? then 'OVERDUE'
                       when next_due <= ? then 'DUE_SOON' else 'OK' end
                 where active and (swept_on is null or due_state <> case when next_due < ? then 'OVERDUE'
                       when next_due <= ? then 'DUE_SOON' else 'OK' end)""")
                .params(day, day, day.plusDays(3), day, day.plusDays(3)).update();
        double seconds = secs(t);
        jdbc.sql("drop table follow_schedule_copy").update();
        return seconds;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
