package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shouwang.shared.Violation;
import org.springframework.jdbc.core.JdbcTemplate;

/** Collects rows that were not stored, with their reasons, and writes them to the job's error table in batches. */
final class ErrorSink {

    private final JdbcTemplate jdbc;
    private final UUID job;
    private final List<Object[]> pending = new ArrayList<>();
    private int count;

    ErrorSink(JdbcTemplate jdbc, UUID job) {
        this.jdbc = jdbc;
        this.job = job;
    }

    void add(SourceRow row, List<Violation> violations) {
        pending.add(new Object[] {job, row.number(), Json.strings(row.cells()), Json.violations(violations)});
        count++;
        if (pending.size() >= 1000) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into import_error (job_id, row_no, cells, errors) values (?, ?, ?::jsonb, ?::jsonb) "
                + "on conflict (job_id, row_no) do update set cells = excluded.cells, errors = excluded.errors", pending);
        pending.clear();
    }

    int count() {
        return count;
    }
}
