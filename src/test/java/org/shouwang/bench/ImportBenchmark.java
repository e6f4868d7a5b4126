package org.shouwang.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.demo.DemoCountyGenerator;
import org.shouwang.intake.ImportJob;
import org.shouwang.intake.ImportJobs;
import org.shouwang.intake.ImportKind;
import org.shouwang.registry.Regions;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 2, point 16: import of N member rows from CSV (default 1,000,000) and of M from xlsx (default 100,000),
 * rows per second and peak heap, beside plain PostgreSQL COPY of the same CSV rows into a table of text columns
 * (the physical limit on the same run). Run with {@code ./mvnw -Pbench-import} (see docs/benchmarks.md).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        int xlsxRows = Integer.parseInt(System.getProperty("bench.xlsxRows", "100000"));
        Path dir = Path.of("target", "bench-data");
        Files.createDirectories(dir);
        DemoCountyGenerator generator = new DemoCountyGenerator(42, households);
        Path csv = dir.resolve("households.csv");
        Path xlsx = dir.resolve("households.xlsx");
        long rows = generator.writeHouseholdsCsv(csv);
        System.out.printf("generated %,d member rows of %,d households (%.0f MB)%n", rows, households, Files.size(csv) / 1e6);

        Path pgData = BenchDirs.freshPostgres();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                // command-line arguments, because builder properties would lose to application.yml
                .run("--shouwang.embedded-postgres.settings.shared_preload_libraries=pg_prewarm" + (STATEMENTS ? ",pg_stat_statements" : ""),
                        "--shouwang.embedded-postgres.data-dir=" + pgData,
                        "--shouwang.embedded-postgres.port=0", "--shouwang.imports.work-dir=target/bench-imports",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            Regions regions = app.getBean(Regions.class);
            regions.define(generator.regions().stream()
                    .map(r -> new Regions.Region(r.code(), r.name(), r.level(), r.parentCode())).toList());
            app.getBean(Users.class).create("bench", "bench", Role.COUNTY_ADMIN, "341599000000", "bench-password");
            CurrentUser admin = new CurrentUser("bench", "bench", Role.COUNTY_ADMIN, new RegionCode("341599000000"));
            ImportJobs jobs = app.getBean(ImportJobs.class);
            DataSource ds = app.getBean(DataSource.class);
            cpu = new CpuTime(ds);
            statementsOf = ds;

            double copySeconds = rawCopy(ds, csv);
            System.out.printf(Locale.ROOT, "COPY (limit): %,d rows in %.2f s = %,.0f rows/s%n", rows, copySeconds, rows / copySeconds);
            double floor = ledgerFloor(ds, csv);
            System.out.printf(Locale.ROOT, "the same rows written into copies of the ledger's indexed tables by INSERT … SELECT "
                    + "(no parsing, validation or history): %.2f s = %,.0f rows/s, ratio to COPY %.1f%n", floor, rows / floor,
                    floor / copySeconds);
            System.out.printf(Locale.ROOT, "the same as two halves on two connections at once: %.2f s = %,.0f rows/s, ratio to COPY %.1f%n",
                    floorOnTwo, rows / floorOnTwo, floorOnTwo / copySeconds);

            Result first = run(jobs, admin, ImportKind.HOUSEHOLDS, csv);
            System.out.printf(Locale.ROOT, "CSV import (new): %,d rows in %.2f s = %,.0f rows/s, peak heap %d MB, ratio to COPY %.1f; %s%n",
                    rows, first.seconds, rows / first.seconds, first.peakHeapMb, first.seconds / copySeconds, first.job.message());
            errorCodes(ds, first.job);
            double[] own = ownRowsFloor(ds);
            System.out.printf(Locale.ROOT, "the rows this import wrote (households, members, history), copied by INSERT … SELECT into "
                    + "indexed copies of their tables: %.2f s on one connection (ratio to COPY %.1f), %.2f s as two halves on two "
                    + "(ratio %.1f); the import is at %.1f times the second%n", own[0], own[0] / copySeconds, own[1],
                    own[1] / copySeconds, first.seconds / own[1]);
            Result again = run(jobs, admin, ImportKind.HOUSEHOLDS, csv);
            System.out.printf(Locale.ROOT, "CSV import (same file again, no changes): %.2f s = %,.0f rows/s, peak heap %d MB; %s%n",
                    again.seconds, rows / again.seconds, again.peakHeapMb, again.job.message());

            if (xlsxRows > 0) {
                // the xlsx run starts from an empty ledger, so its rows are new as in the first CSV run
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("truncate change_log, income_statement, member, household restart identity cascade");
                }
                long x = generator.writeHouseholdsXlsx(xlsx, xlsxRows);
                Result fromXlsx = run(jobs, admin, ImportKind.HOUSEHOLDS, xlsx);
                System.out.printf(Locale.ROOT, "xlsx import: %,d rows in %.2f s = %,.0f rows/s, peak heap %d MB; %s%n",
                        x, fromXlsx.seconds, x / fromXlsx.seconds, fromXlsx.peakHeapMb, fromXlsx.job.message());
            }
        }
    }

    static void errorCodes(DataSource ds, ImportJob job) throws Exception {
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement(
                "select e->>'code', count(*) from import_error, jsonb_array_elements(errors) e where job_id = ? group by 1 order by 2 desc limit 5")) {
            ps.setObject(1, job.id());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("  error %s: %d%n", rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    record Result(double seconds, long peakHeapMb, ImportJob job) {
    }

    private static CpuTime cpu;

    /** -Dbench.statements=true: PostgreSQL's own account of each import's statements (pg_stat_statements), top by time. */
    private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");
    private static DataSource statementsOf;

    static Result run(ImportJobs jobs, CurrentUser admin, ImportKind kind, Path file) throws Exception {
        if (STATEMENTS) {
            try (Connection c = statementsOf.getConnection(); Statement s = c.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements; select pg_stat_statements_reset()");
            }
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] cpuBefore = cpu.seconds();
        long start = System.nanoTime();
        ImportJob job;
        double seconds;
        try (ThreadCpu threads = new ThreadCpu()) {
            try (InputStream in = Files.newInputStream(file)) {
                job = jobs.submit(kind, file.getFileName().toString(), in, admin, false);
            }
            job = jobs.runNow(job.id(), admin);
            seconds = (System.nanoTime() - start) / 1e9;
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        double[] used = cpu.since(cpuBefore);
        // the machine is shared: CPU seconds tell the work done apart from the waiting for a core
        System.out.printf(Locale.ROOT, "  CPU: java %.1f s, postgres %.1f s (load average %s)%n", used[0], used[1],
                Files.readString(Path.of("/proc/loadavg")).strip());
        if (STATEMENTS) {
            ScreeningBenchmark.printStatements(statementsOf);
        }
        return new Result(seconds, peak, job);
    }

    /**
     * The floor under any import into the live ledger: the same rows, already in PostgreSQL as text, written by one
     * INSERT … SELECT each into copies of household and member with their indexes and foreign keys (as the ledger's
     * search, one-person-one-household rule and integrity need them), empty like the ledger before the first import.
     * Values that do not change the indexes' work (codes, dates) are constants.
     */
    static double ledgerFloor(DataSource ds, Path csv) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create unlogged table bench_copy (" + textColumns() + ")");
            try (InputStream in = Files.newInputStream(csv)) {
                in.skipNBytes(3); // BOM
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin with (format csv, header true)", in);
            }
            s.execute("analyze bench_copy");
            floorTables(s, "household", "member");
            boolean searchKeys;
            try (ResultSet rs = s.executeQuery("select count(*) from information_schema.columns where table_name = 'member'"
                    + " and column_name = 'search_region_code'")) {
                rs.next();
                searchKeys = rs.getInt(1) > 0;
            }
            long start = System.nanoTime();
            writeFloorPart(s, searchKeys, "true");
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("truncate floor_member, floor_household");
            // the same again as two halves written at once on two connections: the most two cores could give
            try (Connection c2 = ds.getConnection(); Statement s2 = c2.createStatement()) {
                java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
                long start2 = System.nanoTime();
                var half = other.submit(() -> {
                    writeFloorPart(s2, searchKeys, "hashtext(c1) & 1 = 1");
                    return null;
                });
                writeFloorPart(s, searchKeys, "hashtext(c1) & 1 = 0");
                half.get();
                floorOnTwo = (System.nanoTime() - start2) / 1e9;
                other.shutdown();
            }
            s.execute("drop table floor_member, floor_household, bench_copy");
            return seconds;
        }
    }

    /**
     * Copies of the tables with all their indexes and foreign keys (pointing at the copy where they point at
     * household), empty.
     */
    private static void floorTables(Statement s, String... tables) throws java.sql.SQLException {
        for (String t : tables) {
            s.execute("create table floor_" + t + " (like " + t + " including all)");
        }
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select conrelid::regclass::text, pg_get_constraintdef(oid) from pg_constraint"
                + " where contype = 'f' and conrelid::regclass::text = any(array['" + String.join("', '", tables) + "'])")) {
            while (rs.next()) {
                keys.add("alter table floor_" + rs.getString(1) + " add "
                        + rs.getString(2).replace("REFERENCES household(", "REFERENCES floor_household("));
            }
        }
        for (String k : keys) {
            s.execute(k);
        }
    }

    /**
     * The floor measured with the import's own rows, after it ran: every household, member and history row it wrote,
     * with all their values, copied by INSERT … SELECT into empty indexed copies of their tables, on one connection and
     * as two halves on two connections at once. Answers {one, two} seconds.
     */
    static double[] ownRowsFloor(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                Connection c2 = ds.getConnection(); Statement s2 = c2.createStatement()) {
            floorTables(s, "household", "member", "change_log");
            s.execute("checkpoint");
            long start = System.nanoTime();
            copyOwnRows(s, "true");
            double one = (System.nanoTime() - start) / 1e9;
            s.execute("truncate floor_change_log, floor_member, floor_household");
            s.execute("checkpoint");
            java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
            start = System.nanoTime();
            var half = other.submit(() -> {
                copyOwnRows(s2, "= 1");
                return null;
            });
            copyOwnRows(s, "= 0");
            half.get();
            double two = (System.nanoTime() - start) / 1e9;
            other.shutdown();
            s.execute("drop table floor_change_log, floor_member, floor_household");
            return new double[] {one, two};
        }
    }

    private static void copyOwnRows(Statement s, String half) throws java.sql.SQLException {
        String h = half.equals("true") ? "" : " where id & 1 " + half;
        String m = half.equals("true") ? "" : " where household_id & 1 " + half;
        s.execute("insert into floor_household select * from household" + h + " order by id");
        s.execute("insert into floor_member select * from member" + m + " order by id");
        s.execute("insert into floor_change_log select * from change_log" + m + " order by id");
    }

    /** The floor on two connections, measured by {@link #ledgerFloor} beside the floor on one. */
    static double floorOnTwo;

    private static void writeFloorPart(Statement s, boolean searchKeys, String part) throws java.sql.SQLException {
        s.execute("insert into floor_household (household_no, region_code, household_type, address, phone, head_name,"
                + " head_id_number, member_count)"
                + " select c1, min(c2), 'ORDINARY', min(c7), min(c8), min(c11), min(c12), count(*) from bench_copy"
                + " where " + part + " group by c1");
        s.execute("insert into floor_member (household_id, name, id_number, sex, birth_date, relation, health"
                + (searchKeys ? ", search_region_code, search_household_no" : "") + ")"
                + " select h.id, b.c11, b.c12, 'MALE', date '1970-01-01', 'HEAD', 'HEALTHY'"
                + (searchKeys ? ", h.region_code, h.household_no" : "")
                + " from bench_copy b join floor_household h on h.household_no = b.c1 where " + part.replace("c1", "b.c1"));
    }

    private static String textColumns() {
        StringBuilder cols = new StringBuilder();
        for (int i = 1; i <= ImportKind.HOUSEHOLDS.headers().size(); i++) {
            cols.append(i == 1 ? "" : ", ").append("c").append(i).append(" text");
        }
        return cols.toString();
    }

    /** The same rows with plain COPY into an unindexed table of text columns: no parsing, validation or history. */
    static double rawCopy(DataSource ds, Path csv) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_copy");
            s.execute("create unlogged table bench_copy (" + textColumns() + ")");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                in.skipNBytes(3); // BOM
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin with (format csv, header true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("drop table bench_copy");
            return seconds;
        }
    }
}
