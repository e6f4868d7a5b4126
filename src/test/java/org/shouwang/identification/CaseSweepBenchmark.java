package org.shouwang.identification;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.shouwang.ShouwangApplication;
import org.shouwang.registry.Regions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4, point 14 (the identification half): {@link CaseSweep#run()} over a county with N open cases (default
 * 30,000) at every stage of the procedure, opened over the last 30 days, with their transitions; prints the time and
 * peak heap of each of three passes, beside the plain SQL that reads the same rows (the limit of the streaming read).
 * Run with {@code ./mvnw -Pbench-case-sweep} (add {@code -Dbench.cases=100000} for a larger county).
 */
public final class CaseSweepBenchmark {

    static final String COUNTY = "341599000000";

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(System.getProperty("bench.cases", "30000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=target/bench-pg/" + System.nanoTime(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-", "--shouwang.deadlines.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            app.getBean(Regions.class).define(regions());
            DataSource ds = app.getBean(DataSource.class);
            long t = System.nanoTime();
            generate(ds, cases);
            System.out.printf(Locale.ROOT, "generated %,d open cases with %,d transitions in %.1f s%n", cases,
                    count(ds, "select count(*) from identification_step"), (System.nanoTime() - t) / 1e9);

            CaseSweep sweep = app.getBean(CaseSweep.class);
            for (int pass = 1; pass <= 3; pass++) {
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                t = System.nanoTime();
                int n = sweep.run();
                double seconds = (System.nanoTime() - t) / 1e9;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
                t = System.nanoTime();
                long rows = count(ds, """
                        select count(*) from (select c.id, c.region_code, c.state, s.step, s.at, s.state_before, s.state_after
                        from identification_case c join identification_step s on s.case_id = c.id
                        where c.closed_at is null order by c.id, s.seq) x""");
                double read = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                long written = update(ds, """
                        update identification_case set next_due = next_due, next_due_step = next_due_step,
                            overall_due = overall_due, due_state = due_state, swept_on = current_date
                        where closed_at is null""");
                double write = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "sweep pass %d: %,d open cases in %.2f s (%,.0f cases/s), peak heap %d MB; "
                        + "limits: plain SQL read of the same %,d rows %.2f s, one plain UPDATE of the same %,d rows %.2f s%n",
                        pass, n, seconds, n / seconds, peak, rows, read, written, write);
            }
            System.out.println("due states: " + states(ds));
        }
    }

    /** 守望县 with 8 townships of 15 villages, as in the demo county. */
    static List<Regions.Region> regions() {
        List<Regions.Region> out = new ArrayList<>();
        out.add(new Regions.Region("340000000000", "安徽省", 1, null));
        out.add(new Regions.Region("341500000000", "六安市", 2, "340000000000"));
        out.add(new Regions.Region(COUNTY, "守望县", 3, "341500000000"));
        for (int t = 1; t <= 8; t++) {
            String township = COUNTY.substring(0, 6) + String.format("%03d", t) + "000";
            out.add(new Regions.Region(township, "第" + t + "乡", 4, COUNTY));
            for (int v = 1; v <= 15; v++) {
                out.add(new Regions.Region(township.substring(0, 9) + String.format("%03d", v), t + "乡" + v + "村", 5, township));
            }
        }
        return out;
    }

    /**
     * One household per case, spread over the villages; case i stands at stage i % 7 (OPENED .. COUNTY_APPROVED),
     * opened i % 30 days ago, each later step a day after the one before, 1 in 20 by 绿色通道.
     */
    public static void generate(DataSource ds, int cases) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("""
                    insert into household (household_no, region_code, household_type, head_name)
                    select 'BENCH' || g, '341599' || lpad(((g %% 8) + 1)::text, 3, '0') || lpad(((g %% 15) + 1)::text, 3, '0'),
                           'POVERTY_ALLEVIATED', '户主' || g
                    from generate_series(1, %d) g""".formatted(cases));
            st.execute("""
                    insert into identification_case (household_id, region_code, state, status_before, opened_at, green_channel)
                    select id, region_code,
                           (array['OPENED','APPLIED','HOME_CHECKED','REVIEWED','PUBLICIZED','TOWNSHIP_APPROVED','COUNTY_APPROVED'])[id %% 7 + 1],
                           'NOT_MONITORED', date_trunc('day', now()) - ((id %% 30) || ' days')::interval + interval '9 hours',
                           id %% 20 = 0
                    from household where household_no like 'BENCH%%'""".formatted());
            st.execute("""
                    insert into identification_step (case_id, seq, step, actor, actor_role, at, state_before, state_after)
                    select c.id, s.n, s.step, 'bench', 'VILLAGE_CLERK', c.opened_at + (s.n || ' days')::interval, s.before, s.after
                    from identification_case c
                    join (values (0, 'OPEN', 'OPENED', 'OPENED', 0), (1, 'APPLICATION', 'OPENED', 'APPLIED', 1),
                                 (2, 'HOME_CHECK', 'APPLIED', 'HOME_CHECKED', 2), (3, 'DEMOCRATIC_REVIEW', 'HOME_CHECKED', 'REVIEWED', 3),
                                 (4, 'DATA_COMPARISON', 'REVIEWED', 'REVIEWED', 3), (5, 'PUBLICITY', 'REVIEWED', 'PUBLICIZED', 4),
                                 (6, 'TOWNSHIP_REVIEW', 'PUBLICIZED', 'TOWNSHIP_APPROVED', 5),
                                 (7, 'COUNTY_APPROVAL', 'TOWNSHIP_APPROVED', 'COUNTY_APPROVED', 6))
                         as s(n, step, before, after, stage)
                      on s.stage < array_position(array['OPENED','APPLIED','HOME_CHECKED','REVIEWED','PUBLICIZED',
                                                       'TOWNSHIP_APPROVED','COUNTY_APPROVED']::varchar[], c.state)""");
            st.execute("analyze");
        }
    }

    public static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long update(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    static String states(DataSource ds) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select due_state, count(*) from identification_case group by 1 order by 1")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
        }
        return out.toString().strip();
    }
}
