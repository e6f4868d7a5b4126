package org.shouwang.intake.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The error reports of comparison uploads, kept in memory for a day: the answer to the upload already lists every
 * refused row, so the report is a convenience for fixing the file, and a lost one is made again by uploading the
 * file again (re-uploading changes nothing that was applied). Each report is readable only by its uploader.
 */
@Component
public class ComparisonReports {

    static final int MAX_REPORTS = 200;
    static final Duration KEPT = Duration.ofDays(1);

    private record Entry(String username, Instant created, List<Workbooks.ErrorRow> rows) {
    }

    private final Map<String, Entry> reports = new LinkedHashMap<>();
    private final Clock clock;

    ComparisonReports(Clock clock) {
        this.clock = clock;
    }

    public synchronized String keep(String username, List<Workbooks.ErrorRow> rows) {
        Instant now = clock.instant();
        for (Iterator<Entry> it = reports.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (reports.size() >= MAX_REPORTS || e.created().plus(KEPT).isBefore(now)) {
                it.remove();
            }
        }
        String id = UUID.randomUUID().toString();
        reports.put(id, new Entry(username, now, List.copyOf(rows)));
        return id;
    }

    /** The report's rows when it exists, is not expired and belongs to {@code username}. */
    public synchronized Optional<List<Workbooks.ErrorRow>> find(String id, String username) {
        Entry e = reports.get(id);
        if (e == null || !e.username().equals(username) || e.created().plus(KEPT).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(e.rows());
    }

    public static void write(List<Workbooks.ErrorRow> rows, OutputStream out) {
        Workbooks.errorReport(ComparisonLayout.headers(), rows, out);
    }
}
