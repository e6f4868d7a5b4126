package org.shouwang.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * CPU seconds of this JVM and of the PostgreSQL server (the postmaster and its backends, read from /proc on Linux):
 * the machine is shared, so wall times vary with what else runs; the CPU a run needs does not.
 */
final class CpuTime {

    private final long postmaster;

    CpuTime(DataSource ds) throws Exception {
        long found = -1;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            found = Long.parseLong(stat(rs.getLong(1))[3]);
        } catch (Exception e) {
            System.out.println("PostgreSQL CPU time not available: " + e.getMessage());
        }
        postmaster = found;
    }

    /** {JVM, PostgreSQL} CPU seconds so far (PostgreSQL -1 where /proc cannot be read). */
    double[] seconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        if (postmaster < 0) {
            return new double[] {jvm, -1};
        }
        java.util.Map<String, Long> kinds = byKind();
        if (kinds.isEmpty()) {
            return new double[] {jvm, -1};
        }
        long ticks = kinds.values().stream().mapToLong(Long::longValue).sum();
        return new double[] {jvm, ticks / 100.0}; // USER_HZ is 100 on Linux
    }

    /**
     * PostgreSQL's CPU ticks so far by kind of process (backends, checkpointer, io workers, WAL writer, autovacuum…),
     * from each process's title. Processes that ended (an autovacuum worker, a closed connection's backend) are counted
     * once the postmaster has reaped them, as "ended processes".
     */
    java.util.Map<String, Long> byKind() {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        if (postmaster < 0) {
            return ticks;
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String[] f = stat(pid);
                    if (pid == postmaster || Long.parseLong(f[3]) == postmaster) {
                        ticks.merge(kind(pid), Long.parseLong(f[13]) + Long.parseLong(f[14]), Long::sum);
                    }
                    if (pid == postmaster) {
                        ticks.merge("ended processes", Long.parseLong(f[15]) + Long.parseLong(f[16]), Long::sum);
                    }
                } catch (Exception gone) {
                    // the process ended meanwhile
                }
            }
        } catch (Exception e) {
            return ticks;
        }
        return ticks;
    }

    /** "5.1 s backends, 0.4 s checkpointer, …": what each kind of process used since {@code before}. */
    String byKindSince(java.util.Map<String, Long> before) {
        List<String> parts = new ArrayList<>();
        byKind().forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d >= 5) {
                parts.add(String.format(Locale.ROOT, "%s %.1f s", k, d / 100.0));
            }
        });
        return String.join("; ", parts);
    }

    private String kind(long pid) throws Exception {
        if (pid == postmaster) {
            return "postmaster";
        }
        String title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ').trim();
        String t = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
        if (t.startsWith("io worker")) {
            return "io workers";
        }
        for (String known : List.of("checkpointer", "background writer", "walwriter", "autovacuum launcher",
                "autovacuum worker", "logical replication launcher")) {
            if (t.startsWith(known)) {
                return known;
            }
        }
        return "backends";
    }

    double[] since(double[] before) {
        double[] now = seconds();
        return new double[] {now[0] - before[0], before[1] < 0 ? -1 : now[1] - before[1]};
    }

    /** /proc/pid/stat fields, 0-based as in proc(5) minus one; the command name (field 2) may hold spaces. */
    private static String[] stat(long pid) throws Exception {
        String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String rest = text.substring(text.lastIndexOf(')') + 2);
        String[] tail = rest.trim().split(" ");
        String[] all = new String[tail.length + 2];
        all[0] = Long.toString(pid);
        all[1] = "";
        System.arraycopy(tail, 0, all, 2, tail.length);
        return all;
    }
}
