package org.shouwang.elimination;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shouwang.identification.HouseholdIdentified;
import org.shouwang.identification.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/** The elimination tests' clock (Monday 2026-11-16 09:00 in Beijing, moved by the tests) and a log of the events. */
@TestConfiguration(proxyBeanMethods = false)
class ElimTestConfig {

    static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, MovableClock.SHANGHAI);

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(START);
    }

    @Bean
    EventLog eventLog() {
        return new EventLog();
    }

    /** Events as the server published them, whatever thread served the request. */
    static class EventLog {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void eliminated(HouseholdEliminated e) {
            events.add(e);
        }

        @EventListener
        void identified(HouseholdIdentified e) {
            events.add(e);
        }
    }
}
