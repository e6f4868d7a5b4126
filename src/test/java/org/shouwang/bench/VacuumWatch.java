package org.shouwang.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Which tables PostgreSQL vacuumed or analysed (autovacuum included) while a benchmark step ran, sampled every 100 ms
 * from the progress views: their CPU is counted in the server's, on the same cores as the step.
 */
final class VacuumWatch implements AutoCloseable {

    private final Set<String> seen = new TreeSet<>();
    private final Thread thread;
    private volatile boolean done;

    VacuumWatch(DataSource ds) {
        thread = new Thread(() -> {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                while (!done) {
                    try (ResultSet rs = st.executeQuery("""
                            select relid::regclass::text || ' (vacuum)' from pg_stat_progress_vacuum
                            union all select relid::regclass::text || ' (analyze)' from pg_stat_progress_analyze""")) {
                        while (rs.next()) {
                            synchronized (seen) {
                                seen.add(rs.getString(1));
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                synchronized (seen) {
                    seen.add("(watch failed: " + e.getMessage() + ")");
                }
            }
        }, "bench-vacuum-watch");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        thread.join();
    }

    /** What was seen, e.g. "member (vacuum), clue_signal (analyze)", or "none". */
    String seen() {
        synchronized (seen) {
            return seen.isEmpty() ? "none" : String.join(", ", seen);
        }
    }
}
