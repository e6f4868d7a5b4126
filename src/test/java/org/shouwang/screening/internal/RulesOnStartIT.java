package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the server starts, the rules in force today are prepared for every village with a threshold — compiled, and
 * their SQL form made — so the first run after a restart does not pay for it; switched off, nothing is prepared.
 * Villages whose profile has no threshold (other tests' counties) are passed over without failing the start.
 */
@IntegrationTest
class RulesOnStartIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Screeners screeners;
    @Autowired
    DataSource dataSource;

    @Test
    void theRulesOfEveryVillageWithAThresholdArePreparedAtStart() {
        TestProfiles.ensureCounty(port, jdbc);
        Screener village = screeners.forRegion(TestCounty.VILLAGE_2, screeners.today());
        assertThat(village.profile().threshold()).isNotNull();

        SqlScreening off = new SqlScreening(dataSource, true);
        new RulesOnStart(jdbc, screeners, off, false).prepare();
        assertThat(off.made(village)).as("switched off").isFalse();

        SqlScreening on = new SqlScreening(dataSource, true);
        new RulesOnStart(jdbc, screeners, on, true).prepare();
        assertThat(on.made(village)).as("prepared at start").isTrue();
        assertThat(on.of(village)).as("the SQL form made then").isPresent();
    }
}
