package org.shouwang.identification;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The case tests' clock: Monday 2026-11-16 09:00 in Beijing, moved forward by the tests. */
@TestConfiguration(proxyBeanMethods = false)
class CaseClock {

    static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, MovableClock.SHANGHAI);

    /** Every 绿色通道 event published, so tests can see that assistance would be told. */
    static final class GreenChannelLog {
        final java.util.List<GreenChannelOpened> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void on(GreenChannelOpened e) {
            events.add(e);
        }
    }

    @Bean
    GreenChannelLog greenChannelLog() {
        return new GreenChannelLog();
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(START);
    }
}
