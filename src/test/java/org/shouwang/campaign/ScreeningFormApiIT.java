package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 排查表 (issue 5 point 3) through the HTTP API: pre-fill, corrections into the registry, flag, clue, checks, 回头看. */
@IntegrationTest
class ScreeningFormApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, TestCounty.PASSWORD);
    }

    /** A running campaign over the county (rows written directly: campaign creation belongs to another part). */
    private long campaign(String state) {
        TestProfiles.ensureCounty(port, jdbc);
        return jdbc.sql("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('2026年集中排查', 2026, ?, ?, ?, 't-admin') returning id""")
                .params(TestCounty.COUNTY, LocalDate.now(), state).query(Long.class).single();
    }

    private long inCampaign(long campaign, String village, String head, String screener) {
        long h = Households.create(as("t-admin"), village, head);
        jdbc.sql("insert into campaign_household (campaign_id, household_id, region_code, assign_rule, screener_username) "
                + "values (?, ?, ?, 'VILLAGE', ?)").params(campaign, h, village, screener).update();
        return h;
    }

    private static String form(long c, long h) {
        return "/api/campaigns/" + c + "/households/" + h + "/form";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(ApiClient.Answer opened) {
        return new HashMap<>((Map<String, Object>) opened.read("$.answers"));
    }

    @Test
    void theFormOpensPrefilledWithMaskedMembersAndNothingFlagged() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查甲", "t-grid1");
        ApiClient.Answer a = as("t-grid1").get(form(c, h));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((String) a.read("$.household.headName")).isEqualTo("排查甲");
        assertThat((String) a.read("$.members[0].idNumberMasked")).contains("*");
        assertThat(a.body()).doesNotContain("\"idNumber\"");
        assertThat((List<?>) a.read("$.answers.members")).hasSize(2);
        assertThat((Object) a.read("$.submitted")).isNull();
        assertThat((Boolean) a.read("$.evaluation.flagged")).isFalse();
        assertThat((List<String>) a.read("$.evaluation.checks[*].code")).contains("INCOME_MISSING");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclaredHouseholdIsFlaggedCorrectionsReachTheRegistryAndOneClueIsRaised() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查乙", "t-grid1");
        ApiClient grid = as("t-grid1");
        Map<String, Object> body = answers(grid.get(form(c, h)));
        body.put("declared", true);
        body.put("difficulties", "户主腰伤，今年无法外出务工");
        body.put("risks", List.of("ILLNESS", "UNSTABLE_EMPLOYMENT"));
        List<Map<String, Object>> members = new ArrayList<>();
        for (Object m : (List<Object>) body.get("members")) {
            Map<String, Object> mm = new HashMap<>((Map<String, Object>) m);
            mm.put("workPlace", "浙江宁波");
            mm.put("workMonths", 6);
            members.add(mm);
        }
        body.put("members", members);
        body.put("income", Map.of("wageIncome", 12000, "businessIncome", 3000, "transferIncome", 800));

        ApiClient.Answer a = grid.put(form(c, h), body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Boolean) a.read("$.evaluation.flagged")).isTrue();
        assertThat((List<String>) a.read("$.evaluation.reasons[*].code")).contains("FORM_DECLARED");
        assertThat((List<String>) a.read("$.evaluation.checks[*].code")).doesNotContain("INCOME_MISSING",
                "UNSTABLE_EMPLOYMENT_NO_WORK");
        assertThat((Integer) a.read("$.submitted.version")).isZero();
        long clue = ((Number) a.read("$.evaluation.clueId")).longValue();
        assertThat(jdbc.sql("select channel from clue_signal where clue_id = ?").param(clue).query(String.class).list())
                .containsExactly("CAMPAIGN");
        assertThat(jdbc.sql("select status || flagged from campaign_household where campaign_id = ? and household_id = ?")
                .params(c, h).query(String.class).single()).isEqualTo("SCREENEDtrue");
        assertThat(jdbc.sql("select count(*) from member where household_id = ? and work_place = '浙江宁波' and work_months = 6")
                .param(h).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from change_log where household_id = ? and field = 'workPlace'").param(h)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select net_income from income_statement where household_id = ?").param(h)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("15800");

        ApiClient.Answer again = grid.put(form(c, h), with(body, "version", 0));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(((Number) again.read("$.evaluation.clueId")).longValue()).isEqualTo(clue);
        assertThat(jdbc.sql("select count(*) from clue_signal where dedup_key = ?").param("campaign:" + c + ":household:" + h)
                .query(Long.class).single()).isEqualTo(1);

        ApiClient.Answer duplicateFirst = grid.put(form(c, h), body);
        assertThat(duplicateFirst.status()).isEqualTo(409);
        ApiClient.Answer stale = grid.put(form(c, h), with(body, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.read("$.code")).isEqualTo("VERSION_CONFLICT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProfilesRulesAreEvaluatedOnTheCorrectedIncome() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查规则", "t-grid1");
        ApiClient grid = as("t-grid1");
        Map<String, Object> body = answers(grid.get(form(c, h)));
        ApiClient.Answer above = grid.post(form(c, h) + "/preview", with(body, "income", Map.of("wageIncome", 20000)));
        assertThat(above.status()).as(above.body()).isEqualTo(200);
        assertThat((Boolean) above.read("$.computedFlag")).isFalse();
        assertThat(jdbc.sql("select count(*) from income_statement where household_id = ?").param(h).query(Long.class).single())
                .as("a preview keeps nothing").isZero();

        ApiClient.Answer below = grid.put(form(c, h), with(body, "income", Map.of("wageIncome", 9000)));
        assertThat(below.status()).as(below.body()).isEqualTo(200);
        assertThat((List<String>) below.read("$.evaluation.reasons[*].code")).contains("INCOME_BELOW_THRESHOLD");
        assertThat((List<String>) below.read("$.evaluation.reasons[*].detail")).anyMatch(d -> d.contains("4500") && d.contains("8000"));
        assertThat((Boolean) below.read("$.evaluation.flagged")).isTrue();
        assertThat(jdbc.sql("select s.reason from clue_signal s join campaign_form f on f.clue_id = s.clue_id where f.household_id = ?")
                .param(h).query(String.class).single()).contains("人均纯收入低于监测范围");
    }

    @Test
    void overridingTheFlagNeedsAReasonAndThenNoClueIsRaised() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查丙", "t-grid1");
        ApiClient grid = as("t-grid1");
        Map<String, Object> body = answers(grid.get(form(c, h)));
        body.put("declared", true);
        body.put("override", Map.of("flagged", false, "reason", ""));
        ApiClient.Answer noReason = grid.put(form(c, h), body);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("OVERRIDE_REASON_REQUIRED");
        assertThat(jdbc.sql("select count(*) from campaign_form where household_id = ?").param(h).query(Long.class).single()).isZero();

        body.put("override", Map.of("flagged", false, "reason", "核实后该户已稳定就业，申报系误解"));
        ApiClient.Answer a = grid.put(form(c, h), body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Boolean) a.read("$.evaluation.computedFlag")).isTrue();
        assertThat((Boolean) a.read("$.evaluation.flagged")).isFalse();
        assertThat((String) a.read("$.evaluation.overrideReason")).isEqualTo("核实后该户已稳定就业，申报系误解");
        assertThat((Object) a.read("$.evaluation.clueId")).isNull();
        assertThat(jdbc.sql("select count(*) from risk_clue where household_id = ?").param(h).query(Long.class).single()).isZero();
    }

    @Test
    void hostileInputGetsClearFourHundredsAndWritesNothing() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查丁", "t-grid1");
        ApiClient grid = as("t-grid1");
        Map<String, Object> body = answers(grid.get(form(c, h)));
        ApiClient.Answer injection = grid.put(form(c, h), with(body, "risks", List.of("ILLNESS'); drop table campaign_form;--")));
        assertThat(injection.status()).isEqualTo(422);
        assertThat(injection.body()).contains("RISK_TYPE_INVALID");
        ApiClient.Answer six = grid.put(form(c, h), with(body, "risks",
                List.of("ILLNESS", "DISABILITY", "EDUCATION", "DISASTER", "ACCIDENT", "OTHER")));
        assertThat(six.status()).isEqualTo(422);
        assertThat(grid.put(form(c, h), with(body, "difficulties", "困".repeat(501))).status()).isEqualTo(422);
        ApiClient.Answer huge = grid.put(form(c, h), with(body, "risks", java.util.Collections.nCopies(10000, "ILLNESS")));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body()).contains("LIST_TOO_LONG").hasSizeLessThan(2000);
        assertThat(grid.put(form(c, h), with(body, "visitMode", "BICYCLE")).status()).isEqualTo(400);
        assertThat(grid.put(form(c, h), with(body, "members", List.of(Map.of("memberId", 1, "version", 0)))).status())
                .isEqualTo(422);
        assertThat(grid.put(form(c, h), with(body, "income", Map.of("wageIncome", -5))).status()).isBetween(400, 499);
        byte[] badUtf8 = "{\"visitMode\":\"IN_PERSON\",\"difficulties\":\"\u0000".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[badUtf8.length + 3];
        System.arraycopy(badUtf8, 0, broken, 0, badUtf8.length);
        broken[badUtf8.length] = (byte) 0xC3;
        broken[badUtf8.length + 1] = (byte) 0x28;
        broken[badUtf8.length + 2] = '"';
        assertThat(grid.postRaw(form(c, h) + "/preview", "application/json", broken).status()).isEqualTo(400);
        assertThat(grid.postRaw(form(c, h) + "/preview", "application/json", "{not json".getBytes()).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from campaign_form where household_id = ?").param(h).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from income_statement where household_id = ?").param(h).query(Long.class).single()).isZero();
    }

    @Test
    void otherVillagesSeeNothingAndReadOnlyRolesCannotSubmit() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查戊", "t-grid1");
        ApiClient.Answer other = as("t-clerk2").get(form(c, h));
        assertThat(other.status()).isEqualTo(404);
        Map<String, Object> body = answers(as("t-grid1").get(form(c, h)));
        assertThat(as("t-clerk2").put(form(c, h), body).status()).isEqualTo(404);
        ApiClient inspector = as("t-inspector");
        assertThat(inspector.get(form(c, h)).status()).isEqualTo(200);
        ApiClient.Answer denied = inspector.put(form(c, h), body);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(as("t-grid1").get("/api/campaigns/999999/households/" + h + "/form").status()).isEqualTo(404);
        assertThat(as("t-clerk2").get("/api/campaigns/" + c + "/checks?region=" + TestCounty.VILLAGE_1).status()).isEqualTo(404);
        assertThat(as("t-clerk1").get("/api/campaigns/" + c + "/checks?region=abc'--").status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void failingChecksAreListedPerVillageAndTheScreenersListShowsTheHousehold() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查己", "t-grid1");
        ApiClient grid = as("t-grid1");
        Map<String, Object> body = answers(grid.get(form(c, h)));
        List<Map<String, Object>> members = new ArrayList<>();
        for (Object m : (List<Object>) body.get("members")) {
            members.add(with((Map<String, Object>) m, "labourCapacity", "NONE"));
        }
        body.put("members", members);
        body.put("risks", List.of("UNSTABLE_EMPLOYMENT"));
        ApiClient.Answer a = grid.put(form(c, h), body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((List<String>) a.read("$.evaluation.checks[*].code")).contains("INCOME_MISSING", "LABOUR_AGE_MISMATCH",
                "UNSTABLE_EMPLOYMENT_NO_WORK");
        ApiClient.Answer list = as("t-clerk1").get("/api/campaigns/" + c + "/checks?region=" + TestCounty.VILLAGE_1);
        assertThat(list.status()).isEqualTo(200);
        assertThat((List<Integer>) list.read("$[*].householdId")).contains((int) h);
        assertThat(jdbc.sql("select error_count from campaign_household where campaign_id = ? and household_id = ?")
                .params(c, h).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
        ApiClient.Answer mine = grid.get("/api/campaigns/mine?status=SCREENED");
        assertThat((List<Integer>) mine.read("$[*].householdId")).contains((int) h);
        assertThat(grid.get("/api/campaigns/mine?status=DROP").status()).isEqualTo(400);
        assertThat((List<Integer>) as("t-grid1").get("/api/campaigns/mine?status=PENDING").read("$[*].householdId"))
                .doesNotContain((int) h);
    }

    @Test
    void aFailedLookBackProposesRollbackAndAClosedCampaignTakesNoForms() {
        long c = campaign("RUNNING");
        long h = inCampaign(c, TestCounty.VILLAGE_1, "排查庚", "t-grid1");
        jdbc.sql("update household set monitoring_status = 'RISK_ELIMINATED', monitoring_category = 'UNSTABLE' where id = ?")
                .param(h).update();
        ApiClient grid = as("t-grid1");
        ApiClient.Answer opened = grid.get(form(c, h));
        assertThat((Boolean) opened.read("$.household.eliminated")).isTrue();
        Map<String, Object> body = answers(opened);
        assertThat(grid.put(form(c, h), with(body, "lookBack", null)).body()).contains("LOOKBACK_REQUIRED");
        Map<String, Object> lookBack = new HashMap<>();
        lookBack.put("incomeStable", false);
        lookBack.put("guaranteesSecure", true);
        lookBack.put("newRisk", false);
        lookBack.put("note", "务工中断，收入不稳定");
        lookBack.put("proposeRollback", true);
        ApiClient.Answer a = grid.put(form(c, h), with(body, "lookBack", lookBack));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Boolean) a.read("$.evaluation.rollbackProposed")).isTrue();
        ApiClient.Answer list = as("t-clerk1").get("/api/campaigns/" + c + "/rollback-proposals");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("务工中断，收入不稳定");

        long closed = campaign("CLOSED");
        long h2 = inCampaign(closed, TestCounty.VILLAGE_1, "排查辛", "t-grid1");
        ApiClient.Answer refused = grid.put(form(closed, h2), answers(grid.get(form(closed, h2))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.read("$.code")).isEqualTo("CAMPAIGN_NOT_RUNNING");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
