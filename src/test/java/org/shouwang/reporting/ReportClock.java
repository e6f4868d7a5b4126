package org.shouwang.reporting;

import java.time.ZonedDateTime;
import org.shouwang.identification.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The reporting tests' today: Monday 2026-11-16 in Beijing. */
@TestConfiguration(proxyBeanMethods = false)
class ReportClock {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, MovableClock.SHANGHAI);

    @Bean
    @Primary
    MovableClock reportMovableClock() {
        return new MovableClock(NOW);
    }
}
