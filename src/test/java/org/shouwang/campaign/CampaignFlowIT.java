package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.LieshanDistrict;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5 across its parts, through the API only: the county creates and starts a campaign over 烈山区, every household
 * of the district is in scope, the village clerk submits a pre-filled 排查表 with a 三保障 problem, the household is
 * flagged with that reason and becomes a 集中排查 clue in the village's inbox, and the progress of the village moves.
 */
@IntegrationTest
class CampaignFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    @Test
    void aStartedCampaignsFormFlagsAHouseholdIntoTheInboxAndMovesProgress() {
        LieshanDistrict.ensure(regions, users);
        ApiClient clerk = ApiClient.loggedIn(port, LieshanDistrict.CLERK, TestCounty.PASSWORD);
        ApiClient admin = ApiClient.loggedIn(port, LieshanDistrict.ADMIN, TestCounty.PASSWORD);
        ApiClient.Answer created = clerk.post("/api/households", Households.household(Ids.householdNo(),
                LieshanDistrict.VILLAGE, List.of(Households.member("排查甲", Ids.unique("1966-05-01", true), "HEAD"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long household = ((Number) created.read("$.id")).longValue();

        LocalDate today = LocalDate.now();
        ApiClient.Answer campaign = admin.post("/api/campaigns", Map.of("name", "烈山区 " + today.getYear() + " 年集中排查（测试）",
                "year", today.getYear(), "regionCode", LieshanDistrict.DISTRICT, "profileDate", today.toString(),
                "phases", List.of(Map.of("kind", "SCREENING", "name", "入户排查", "dueOn", today.plusDays(20).toString()),
                        Map.of("kind", "SUMMARY", "name", "总结", "dueOn", today.plusDays(30).toString()))));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        long id = ((Number) campaign.read("$.id")).longValue();
        int version = campaign.read("$.version");
        ApiClient.Answer started = admin.post("/api/campaigns/" + id + "/start", Map.of("version", version));
        assertThat(started.status()).as(started.body()).isEqualTo(200);

        Map<String, Object> before = village(admin, id);
        assertThat(((Number) before.get("total")).intValue()).isGreaterThanOrEqualTo(1);

        ApiClient.Answer form = clerk.get("/api/campaigns/" + id + "/households/" + household + "/form");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat((List<String>) form.read("$..members[*].name")).contains("排查甲");

        Map<String, Object> answers = new HashMap<>();
        answers.put("version", null);
        answers.put("visitMode", "IN_PERSON");
        answers.put("guaranteeGaps", List.of("HOUSING"));
        answers.put("risks", List.of("DISASTER"));
        answers.put("difficulties", "房屋裂缝，雨季漏水");
        ApiClient.Answer submitted = clerk.put("/api/campaigns/" + id + "/households/" + household + "/form", answers);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat((Boolean) submitted.read("$.evaluation.flagged")).isTrue();
        long clue = ((Number) submitted.read("$.evaluation.clueId")).longValue();
        ApiClient.Answer inInbox = clerk.get("/api/clues/" + clue);
        assertThat(inInbox.status()).as(inInbox.body()).isEqualTo(200);
        assertThat(inInbox.body()).contains("集中排查", "排查甲");

        Map<String, Object> after = village(admin, id);
        assertThat(((Number) after.get("screened")).intValue()).isEqualTo(((Number) before.get("screened")).intValue() + 1);
        assertThat(((Number) after.get("flagged")).intValue()).isEqualTo(((Number) before.get("flagged")).intValue() + 1);
    }

    private static Map<String, Object> village(ApiClient who, long campaign) {
        ApiClient.Answer progress = who.get("/api/campaigns/" + campaign + "/progress?region=" + LieshanDistrict.TOWNSHIP);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        List<Map<String, Object>> rows = progress.read("$.rows[?(@.regionCode == '" + LieshanDistrict.VILLAGE + "')]");
        assertThat(rows).as(progress.body()).hasSize(1);
        return rows.get(0);
    }
}
