package org.shouwang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU seconds each of this JVM's threads used while a piece of work ran, the JIT compiler and garbage collector
 * threads included, read from /proc every 200 ms (threads that end during the work are counted up to their last
 * reading). Answers where the JVM's share of an import goes: reading, writing, compiling or collecting.
 */
final class ThreadCpu implements AutoCloseable {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final Map<String, long[]> first = new HashMap<>();
    private final Map<String, long[]> last = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    ThreadCpu() {
        read(first);
        sampler = new Thread(() -> {
            while (running) {
                read(last);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** tid → {ticks}, keyed "tid name". */
    private static void read(Map<String, long[]> into) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    into.put(t.getFileName() + " " + name, new long[] {ticks});
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The CPU seconds by thread name (numbered threads of one kind summed), largest first, those over 0.1 s. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        read(last);
        Map<String, Double> byName = new TreeMap<>();
        last.forEach((key, ticks) -> {
            long before = first.containsKey(key) ? first.get(key)[0] : 0;
            String name = key.substring(key.indexOf(' ') + 1).replaceAll("#?\\d+$", "").strip();
            byName.merge(name, (ticks[0] - before) / TICKS, Double::sum);
        });
        StringBuilder out = new StringBuilder("  JVM threads' CPU:");
        byName.entrySet().stream().filter(e -> e.getValue() >= 0.1).sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.append(String.format(Locale.ROOT, " %s %.1f s;", e.getKey(), e.getValue())));
        System.out.println(out);
    }
}
