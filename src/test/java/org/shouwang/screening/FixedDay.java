package org.shouwang.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The inbox tests' day, Wednesday 2026-11-18, and a listener for decisions; shared so their tests share a context. */
@TestConfiguration(proxyBeanMethods = false)
class FixedDay {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = NOW.toLocalDate();

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW.toInstant(), NOW.getZone());
    }

    @Bean
    DecidedEvents decidedEvents() {
        return new DecidedEvents();
    }
}
