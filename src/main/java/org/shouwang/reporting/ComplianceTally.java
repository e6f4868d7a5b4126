package org.shouwang.reporting;

import java.time.LocalDate;

/** Numerators, denominators and pending clocks of one dashboard row, filled one clock at a time. */
final class ComplianceTally {

    static final int IDENTIFICATION = 0;
    static final int CONTACT_PERSONS = 1;
    static final int MEASURES = 2;
    static final int FIND = 3;
    static final int HANDLE = 4;
    static final int HELP = 5;
    static final int VISITS_ON_TIME = 6;
    static final int VISITS_IN_PERIOD = 7;

    private final int[][] n = new int[METRICS][3];

    /**
     * One clock that ran out on {@code due}: done on {@code doneOn} (null when not yet). A clock not done whose due day
     * has not passed is pending; once past, it counts as missed even before it is done.
     */
    void judge(int metric, LocalDate doneOn, LocalDate due, LocalDate today) {
        if (doneOn != null) {
            n[metric][1]++;
            if (!doneOn.isAfter(due)) {
                n[metric][0]++;
            }
        } else if (due.isBefore(today)) {
            n[metric][1]++;
        } else {
            n[metric][2]++;
        }
    }

    void add(int metric, int numerator, int denominator) {
        n[metric][0] += numerator;
        n[metric][1] += denominator;
    }

    void addAll(ComplianceTally other) {
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < 3; j++) {
                n[i][j] += other.n[i][j];
            }
        }
    }

    /** How many metrics a tally has. */
    static final int METRICS = 8;

    /** Met, counted and pending clocks of one metric (for {@link ComplianceSnapshot} to keep). */
    int[] counts(int metric) {
        return n[metric].clone();
    }

    void add(int metric, int met, int counted, int pending) {
        n[metric][0] += met;
        n[metric][1] += counted;
        n[metric][2] += pending;
    }

    Ratio ratio(int metric) {
        return Ratio.of(n[metric][0], n[metric][1], n[metric][2]);
    }
}
