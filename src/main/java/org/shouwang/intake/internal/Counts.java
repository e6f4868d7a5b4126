package org.shouwang.intake.internal;

/** Running totals of a job, written to its row after every batch so the progress bar moves. */
final class Counts {
    int processed;
    int stored;
    int unchanged;
}
