package org.shouwang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM and by the embedded PostgreSQL (the postmaster, its live backends and the
 * children it has reaped), read from /proc. On a shared machine these say how much work a run did, apart from how
 * long it waited for a core. Where /proc is missing, PostgreSQL's figure is NaN.
 */
final class CpuClock {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final Path pgData;

    CpuClock(Path pgData) {
        this.pgData = pgData;
    }

    double[] seconds() {
        double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new double[] {java, postgres()};
    }

    private double postgres() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
            long ticks = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] f = stat(p);
                    if (f == null) {
                        continue;
                    }
                    long pid = Long.parseLong(p.getFileName().toString());
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (Long.parseLong(f[1]) == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
