package org.shouwang.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.shouwang.shared.IdNumber;

/** Fresh, valid, unique ID numbers and household numbers for tests that share a database. */
public final class Ids {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500) * 1000);

    private Ids() {
    }

    /** A valid 18-digit ID number born on the given date with the given sex. */
    public static String id(String birthDate, boolean male) {
        int s = SEQ.incrementAndGet() % 499;
        int seq = s * 2 + (male ? 1 : 0);
        String seventeen = "349999" + birthDate.replace("-", "") + String.format("%03d", seq);
        return seventeen + IdNumber.checkChar(seventeen);
    }

    /** Unique per run: tests against a reused database never collide. */
    public static String unique(String birthDate, boolean male) {
        String prefix = String.format("%06d", 100000 + (int) (Math.abs(System.nanoTime() / 1000) % 899999));
        int seq = (SEQ.incrementAndGet() % 499) * 2 + (male ? 1 : 0);
        String seventeen = prefix + birthDate.replace("-", "") + String.format("%03d", seq);
        return seventeen + IdNumber.checkChar(seventeen);
    }

    public static String householdNo() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }
}
