package org.shouwang.assistance;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shouwang.ShouwangApplication;
import org.shouwang.registry.Regions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4, point 14 (the follow-up half): the daily sweep over N visit schedules (default 300,000) and as many income
 * schedules, with its peak heap, beside one hand-written UPDATE that sets the same states over the whole table
 * (the limit), as a ratio; the OVERDUE counts of both must agree. The data generator writes a county of 20
 * townships × 15 villages straight into the tables with generate_series (households, two members each, 30% of them
 * monitored, a few long absent, 5% at one large relocation site), builds the schedules with {@link Schedules#rebuildAll()}
 * (timed too) and spreads next_due over ±75 days. Run with {@code ./mvnw -Pbench-schedules}.
 */
public final class ScheduleSweepBenchmark {

    static final String COUNTY = "341599000000";

    public static void main(String[] args) {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=target/bench-pg/" + System.nanoTime(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-", "--shouwang.deadlines.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t = System.nanoTime();
            generate(app.getBean(Regions.class), jdbc, households);
            System.out.printf(Locale.ROOT, "generated %,d households with members in %.1f s%n", households, secs(t));

            t = System.nanoTime();
            int built = app.getBean(Schedules.class).rebuildAll();
            System.out.printf(Locale.ROOT, "rebuildAll: %,d schedules written in %.2f s%n", built, secs(t));
            jdbc.sql("update follow_schedule set next_due = current_date + ((id * 7919) % 151 - 75)::int, due_state = 'OK'")
                    .update();
            jdbc.sql("vacuum analyze follow_schedule").update();
            long visits = jdbc.sql("select count(*) from follow_schedule where active and kind = 'VISIT'").query(Long.class).single();

            ScheduleSweep sweep = app.getBean(ScheduleSweep.class);
            LocalDate today = LocalDate.now();
            List<String> passes = List.of("first sweep (every row new)", "again the same day (nothing changes)",
                    "next day (a day's worth of changes)");
            for (int i = 0; i < passes.size(); i++) {
                String pass = passes.get(i);
                LocalDate day = i < 2 ? today : today.plusDays(1);
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                t = System.nanoTime();
                ScheduleSweep.Result r = sweep.run(day);
                double seconds = secs(t);
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
                double[] limit = handWritten(jdbc, day);
                System.out.printf(Locale.ROOT, "sweep, %s: %,d active schedules (%,d visit), %,d states set, in %.2f s, "
                                + "overdue %,d, due soon %,d, peak heap %d MB; hand-written UPDATE of the changed rows: "
                                + "%,.0f rows in %.2f s, overdue %,.0f; ratio %.2f%n",
                        pass, r.overdue() + r.dueSoon() + r.ok(), visits, r.swept(), seconds, r.overdue(), r.dueSoon(), peak,
                        limit[2], limit[1], limit[0], seconds / limit[1]);
                if (i == 0) {
                    // the reference re-ran the same day's states; reset them so the next pass starts where the sweep left
                    jdbc.sql("vacuum follow_schedule").update();
                }
            }
            System.out.printf(Locale.ROOT, "for the record, rewriting every active row (swept_on on all): %.2f s%n",
                    fullRewrite(jdbc, today.plusDays(1)));
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The same states in one hand-written statement over the whole table (the national 3 days), writing only the rows
     * whose state differs, as the sweep does; it runs right after the sweep, so it measures the scan (the limit for a
     * sweep that must look at every row) plus whatever is left to write. Answers {overdue, seconds, rows written}.
     */
    public static double[] handWritten(JdbcClient jdbc, LocalDate day) {
        long t = System.nanoTime();
        int rows = jdbc.sql("""
                update follow_schedule set swept_on = ?, due_state = case when next_due < ? then 'OVERDUE'
                       when next_due <= ? then 'DUE_SOON' else 'OK' end
                 where active and due_state <> case when next_due < ? then 'OVERDUE'
                       when next_due <= ? then 'DUE_SOON' else 'OK' end""")
                .params(day, day, day.plusDays(3), day, day.plusDays(3)).update();
        double seconds = secs(t);
        long overdue = jdbc.sql("select count(*) from follow_schedule where active and due_state = 'OVERDUE'")
                .query(Long.class).single();
        return new double[] {overdue, seconds, rows};
    }

    /** The full rewrite the first design did (every active row, every day), for the record; answers seconds. */
    static double fullRewrite(JdbcClient jdbc, LocalDate day) {
        long t = System.nanoTime();
        jdbc.sql("""
                update follow_schedule set swept_on = ?, due_state = case when next_due < ? then 'OVERDUE'
                       when next_due <= ? then 'DUE_SOON' else 'OK' end where active""")
                .params(day, day, day.plusDays(3)).update();
        return secs(t);
    }

    public static void generate(Regions regions, JdbcClient jdbc, int households) {
        List<Regions.Region> tree = new ArrayList<>();
        tree.add(new Regions.Region("340000000000", "安徽省", 1, null));
        tree.add(new Regions.Region("341500000000", "六安市", 2, "340000000000"));
        tree.add(new Regions.Region(COUNTY, "守望县", 3, "341500000000"));
        for (int t = 1; t <= 20; t++) {
            String township = String.format("341599%03d000", t);
            tree.add(new Regions.Region(township, "第" + t + "乡", 4, COUNTY));
            for (int v = 1; v <= 15; v++) {
                tree.add(new Regions.Region(String.format("341599%03d%03d", t, v), "第" + t + "乡" + v + "村", 5, township));
            }
        }
        regions.define(tree);
        jdbc.sql("""
                insert into household (household_no, region_code, household_type, monitoring_status, relocated,
                                       relocation_site, head_name, member_count)
                select 'B' || lpad(g::text, 9, '0'),
                       '341599' || lpad((g % 20 + 1)::text, 3, '0') || lpad((g / 20 % 15 + 1)::text, 3, '0'),
                       'POVERTY_ALLEVIATED', case when g % 10 < 3 then 'RISK_ACTIVE' else 'NOT_MONITORED' end,
                       g % 20 = 0, case when g % 20 = 0 then '幸福家园安置点' end, '户主' || g, 2
                  from generate_series(1, ?) g""").param(households).update();
        jdbc.sql("""
                insert into member (household_id, name, id_number, sex, birth_date, relation, work_place, work_months)
                select h.id, '成员' || r, lpad((h.id * 2 + r)::text, 18, '0'), 'MALE', date '1980-01-01',
                       case r when 0 then 'HEAD' else 'SPOUSE' end,
                       case when h.id % 50 = 0 then '浙江宁波' end, case when h.id % 50 = 0 then 10 end
                  from household h cross join generate_series(0, 1) r where h.household_no like 'B%'""").update();
        jdbc.sql("analyze").update();
    }
}
