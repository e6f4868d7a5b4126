package org.shouwang.identification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the test moves forward by hand. */
public final class MovableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MovableClock(ZonedDateTime start) {
        this.now = start.toInstant();
    }

    public void set(ZonedDateTime at) {
        now = at.toInstant();
    }

    public void plusDays(int days) {
        now = now.plusSeconds(days * 86_400L);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
