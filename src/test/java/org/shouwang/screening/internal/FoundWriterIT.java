package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run raising a signal for a household whose clue another channel is opening at the same moment: the run's clue
 * insert waits for the other transaction, finds the clue taken, and the run raises its signal again, into that clue
 * (which gets a new version), instead of losing it or opening a second clue.
 */
@IntegrationTest
class FoundWriterIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunStore runs;

    @Test
    void aClueAnotherChannelOpensMeanwhileGetsTheRunsSignal() throws Exception {
        TestProfiles.ensureCounty(port, jdbc);
        long household = Households.create(ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD), TestCounty.VILLAGE_1, "并发户");
        long runId = runs.create(TestCounty.COUNTY, LocalDate.now(), "RUN", "MANUAL", null, "t-admin");
        String key = "rule:T_RACE:v1:h" + household + ":" + Long.toHexString(System.nanoTime());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection(); Connection run = dataSource.getConnection()) {
            other.setAutoCommit(false);
            long otherClue;
            try (PreparedStatement ps = other.prepareStatement("insert into risk_clue (region_code, household_id, opened_on, "
                    + "due_on) values (?, ?, current_date, current_date + 5) returning id")) {
                ps.setString(1, TestCounty.VILLAGE_1);
                ps.setLong(2, household);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    otherClue = rs.getLong(1);
                }
            }
            run.setAutoCommit(false);
            try (Statement st = run.createStatement()) {
                st.execute(FoundWriter.TABLE);
                run.commit();
            }
            try (PreparedStatement ps = run.prepareStatement("insert into screening_found (household_id, region_code, k, "
                    + "decided, rule_code, dedup_key, reason, values_json, tail) values (?, ?, 0, true, 'T_RACE', ?, "
                    + "'并发规则（值：1）', '{\"值\":1}', '[1]]')")) {
                ps.setLong(1, household);
                ps.setString(2, TestCounty.VILLAGE_1);
                ps.setString(3, key);
                ps.executeUpdate();
            }
            Future<FoundWriter.Written> written = executor.submit(() -> FoundWriter.store(run, run::prepareStatement,
                    List.of("T_RACE"), new Integer[] {0}, new FoundWriter.Run(runId, "并发测试", LocalDate.now(),
                            village -> LocalDate.now().plusDays(5))));
            Thread.sleep(700);
            assertThat(written.isDone()).as("the run's clue insert waits for the other channel's").isFalse();
            other.commit();
            FoundWriter.Written w = written.get(30, TimeUnit.SECONDS);
            run.commit();

            assertThat(w.flagged()).isEqualTo(1);
            assertThat(w.signals()).as("the signal raised after all").isEqualTo(1);
            assertThat(jdbc.sql("select clue_id from clue_signal where dedup_key = ?").param(key).query(Long.class).single())
                    .as("into the other channel's clue").isEqualTo(otherClue);
            assertThat(jdbc.sql("select count(*) from risk_clue where household_id = ? and status = 'OPEN'").param(household)
                    .query(Integer.class).single()).as("one open clue").isEqualTo(1);
            assertThat(jdbc.sql("select version from risk_clue where id = ?").param(otherClue).query(Integer.class).single())
                    .as("a new version: a decision taken on the clue as it was is refused").isEqualTo(1);
            assertThat(jdbc.sql("select rule_codes[1] from screening_result where run_id = ? and household_id = ?")
                    .params(runId, household).query(String.class).single()).isEqualTo("T_RACE");
        } finally {
            executor.shutdownNow();
            // a run left queued would hold back the other tests' runs of the county (the page offers no second one)
            runs.finish(runId, "DONE", null);
        }
    }
}
