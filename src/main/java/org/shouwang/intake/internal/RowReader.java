package org.shouwang.intake.internal;

import java.util.List;
import java.util.function.Consumer;

/** Reads a file's header and then streams its rows, so a million-row file never sits in memory at once. */
interface RowReader {

    /** Reads the header row, then hands every following non-empty row to {@code rows}. */
    void read(Consumer<List<String>> header, Consumer<SourceRow> rows) throws ImportFailure;

    /** Counts data rows cheaply for the progress bar (may be approximate for spreadsheets). */
    int countRows() throws ImportFailure;
}
