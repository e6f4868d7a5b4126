package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
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

    final ManualClock clock = new ManualClock();
    final RateLimits limits = new RateLimits(clock);
    final RateLimits.Limit fivePerTenMinutes = new RateLimits.Limit("5/10min", 5, Duration.ofMinutes(10));
    final RateLimits.Limit twentyPerDay = new RateLimits.Limit("20/day", 20, Duration.ofDays(1));

    @Test
    void theSixthInTenMinutesIsRefusedUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.acquire("ip:1", fivePerTenMinutes)).isEmpty();
            clock.now = clock.now.plusSeconds(60);
        }
        RateLimits.Exceeded refused = limits.acquire("ip:1", fivePerTenMinutes).orElseThrow();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(limits.acquire("ip:2", fivePerTenMinutes)).as("other keys are not affected").isEmpty();

        clock.now = clock.now.plus(refused.retryAfter());
        assertThat(limits.acquire("ip:1", fivePerTenMinutes)).isEmpty();
    }

    @Test
    void theDailyLimitHoldsWhenTheBurstLimitHasRecovered() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.acquire("ip:1", fivePerTenMinutes, twentyPerDay)).isEmpty();
            clock.now = clock.now.plus(Duration.ofMinutes(11));
        }
        RateLimits.Exceeded refused = limits.acquire("ip:1", fivePerTenMinutes, twentyPerDay).orElseThrow();
        assertThat(refused.limit()).isEqualTo(twentyPerDay);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofDays(1).minus(Duration.ofMinutes(11 * 20)));
    }

    @Test
    void refusedAttemptsAreNotCountedAndForgetClearsAKeyFamily() {
        for (int i = 0; i < 5; i++) {
            limits.acquire("ip:1", fivePerTenMinutes);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(limits.acquire("ip:1", fivePerTenMinutes)).isPresent();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(limits.acquire("ip:1", fivePerTenMinutes)).isEmpty();

        limits.forget("ip:");
        for (int i = 0; i < 5; i++) {
            assertThat(limits.acquire("ip:1", fivePerTenMinutes)).isEmpty();
        }
    }
}
