package org.shouwang.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A screening run (or what-if run) and its progress, as its page shows it. */
public record ScreeningRun(long id, String regionCode, String regionName, LocalDate asOf, String kind, String status,
        String trigger, String profileNames, int total, int processed, int flagged, int baselineFlagged, int newSignals,
        String message, String startedBy, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status) || "REFUSED".equals(status);
    }
}
