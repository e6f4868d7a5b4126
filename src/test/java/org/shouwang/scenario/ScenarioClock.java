package org.shouwang.scenario;

import java.time.ZonedDateTime;
import org.shouwang.identification.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The scenarios' clock: spring 2022, when the shipped 淮北烈山 2022 profile is in force; moved by the tests. */
@TestConfiguration(proxyBeanMethods = false)
class ScenarioClock {

    static final ZonedDateTime START = ZonedDateTime.of(2022, 4, 18, 9, 0, 0, 0, MovableClock.SHANGHAI);

    @Bean
    @Primary
    MovableClock scenarioMovableClock() {
        return new MovableClock(START);
    }
}
