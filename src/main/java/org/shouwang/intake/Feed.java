package org.shouwang.intake;

import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.shared.Department;
import org.shouwang.shared.Violation;

/**
 * One received department feed (a file or an API push) and what became of its rows: matched to a member (and then
 * new facts or duplicates of facts already received), unmatched (valid, but no member of that ID number in the
 * sender's scope) or invalid. {@code errors} lists every unmatched and invalid row; it is empty in lists of feeds.
 */
public record Feed(long id, Department department, String departmentLabel, String channel, String fileName,
        String createdBy, OffsetDateTime createdAt, int rows, int matched, int unmatched, int invalid, int duplicates,
        int newFacts, int newClues, List<RowError> errors) {

    /** The problems of one row; {@code row} is the file's row number, or the 1-based position in a pushed array. */
    public record RowError(int row, boolean unmatched, List<Violation> errors) {
    }
}
