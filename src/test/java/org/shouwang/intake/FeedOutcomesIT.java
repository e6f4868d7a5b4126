package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.FeedSamples.MEDICAL_HEADER;
import static org.shouwang.intake.FeedSamples.csv;
import static org.shouwang.intake.FeedSamples.householdWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The village's decision on a clue a department row raised goes back to the department's feed (issue 3, point 11). */
@IntegrationTest
class FeedOutcomesIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDepartmentSeesWhatTheVillageDecidedAboutItsRow() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        String id = Ids.unique("1966-02-03", true);
        long household = householdWith(admin, TestCounty.VILLAGE_1, "回执甲", id);
        ApiClient.Answer up = admin.upload("/api/feeds/MEDICAL_INSURANCE/file", "", "回执.csv",
                csv(StandardCharsets.UTF_8, MEDICAL_HEADER, "回执甲," + id + ",住院,2025-03-01,50000,25000"));
        assertThat(up.status()).as(up.body()).isIn(200, 201);
        long feed = ((Number) up.read("$.id")).longValue();
        assertThat(admin.get("/api/feeds/" + feed + "/outcomes").<List<?>>read("$")).isEmpty();

        transactions.executeWithoutResult(t -> events.publishEvent(new ClueDecided(4242, household,
                ClueOutcome.NOT_INCLUDED, "收入稳定且高于监测范围", "核实后收入稳定",
                List.of("feed-row:" + feed + ":2", "feed-row:" + feed + ":x", "feed-row:999999999:2", "declaration:NOPE"))));

        ApiClient.Answer outcomes = admin.get("/api/feeds/" + feed + "/outcomes");
        assertThat(outcomes.status()).isEqualTo(200);
        List<Map<String, Object>> rows = outcomes.read("$");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("row", 2).containsEntry("outcomeLabel", "不予纳入")
                .containsEntry("reasonLabel", "收入稳定且高于监测范围");

        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        assertThat(clerk.get("/api/feeds/" + feed + "/outcomes").status()).isEqualTo(403);
        assertThat(admin.get("/api/feeds/999999999/outcomes").status()).isEqualTo(404);
    }
}
