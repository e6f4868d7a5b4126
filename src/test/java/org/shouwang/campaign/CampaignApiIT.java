package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A county admin creates a campaign, gives 甲一村 to a cadre and starts it: every household of 排查县 is in scope with
 * plan 003's rule and screener; 包片 and screeners are reassigned with history; progress, 不落一户 and the summary
 * count what they should, each user seeing only their own villages.
 */
@IntegrationTest
@Import(CampaignCounty.class)
class CampaignApiIT {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    @Autowired
    CampaignCounty county;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, CampaignCounty.PASSWORD);
    }

    static ApiClient.Answer status(int expected, ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(expected);
        return a;
    }

    static Map<String, Object> draft(String name, String region) {
        Map<String, Object> d = new HashMap<>();
        d.put("name", name);
        d.put("year", TODAY.getYear());
        d.put("regionCode", region);
        d.put("profileDate", TODAY.toString());
        d.put("phases", List.of(
                Map.of("kind", "TRAINING", "name", "培训部署", "dueOn", TODAY.minusDays(1).toString()),
                Map.of("kind", "SCREENING", "name", "入户排查", "dueOn", TODAY.plusDays(9).toString()),
                Map.of("kind", "SUMMARY", "name", "总结报告", "dueOn", TODAY.plusDays(20).toString())));
        return d;
    }

    long created(ApiClient admin, String name, String region) {
        return ((Number) status(201, admin.post("/api/campaigns", draft(name, region))).read("$.id")).longValue();
    }

    long started(ApiClient admin, String name) {
        long id = created(admin, name, CampaignCounty.COUNTY);
        status(200, admin.post("/api/campaigns/" + id + "/assignments",
                Map.of("regionCode", CampaignCounty.V1, "username", "c-cadre")));
        status(200, admin.post("/api/campaigns/" + id + "/start", Map.of("version", 0)));
        return id;
    }

    static Map<String, Map<String, Object>> byNo(ApiClient.Answer a) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        List<Map<String, Object>> items = a.read("$.items");
        items.forEach(i -> out.put((String) i.get("householdNo"), i));
        return out;
    }

    @Test
    void startingPutsEveryHouseholdInScopeWithPlan003sRuleAndScreener() {
        ApiClient admin = as("c-admin");
        long id = started(admin, "2026年集中排查");
        ApiClient.Answer c = status(200, admin.get("/api/campaigns/" + id));
        assertThat((String) c.read("$.state")).isEqualTo("RUNNING");
        assertThat((Integer) c.read("$.households")).isEqualTo(7);
        assertThat((String) c.read("$.startedAt")).isNotNull();
        var rows = byNo(status(200, admin.get("/api/campaigns/" + id + "/households?size=50")));
        assertThat(rows).hasSize(7);
        // 脱贫户 → its contact person; monitored household whose contact person has no account → no screener yet
        assertThat(rows.get("CAMP-1")).containsEntry("assignRule", "CONTACT_PERSON").containsEntry("screener", "c-contact");
        assertThat(rows.get("CAMP-2")).containsEntry("assignRule", "CONTACT_PERSON").containsEntry("screener", null);
        // open self-declaration → work team, i.e. the village's 包片 cadre; a cadre's visit clue is no such channel
        assertThat(rows.get("CAMP-3")).containsEntry("assignRule", "WORK_TEAM").containsEntry("screener", "c-cadre");
        assertThat(rows.get("CAMP-4")).containsEntry("assignRule", "VILLAGE").containsEntry("screener", "c-grid1");
        // the relocated household flagged in the latest run → work team (甲二村 has no cadre); the older run's flag is moot
        assertThat(rows.get("CAMP-5")).containsEntry("assignRule", "WORK_TEAM").containsEntry("screener", null);
        assertThat(rows.get("CAMP-6")).containsEntry("assignRule", "VILLAGE").containsEntry("screener", null);
        assertThat(rows.get("CAMP-7")).containsEntry("assignRule", "VILLAGE").containsEntry("screener", "c-clerk3");
        assertThat(jdbc.queryForObject("select count(*) from campaign_event where campaign_id = ? and action = 'STARTED'",
                Long.class, id)).isEqualTo(1);
        // starting twice, closing with a stale version, closing for real
        assertThat((String) status(409, admin.post("/api/campaigns/" + id + "/start", Map.of("version", 1))).read("$.code"))
                .isEqualTo("CAMPAIGN_ALREADY_STARTED");
        status(409, admin.post("/api/campaigns/" + id + "/close", Map.of("version", 0)));
        status(400, admin.post("/api/campaigns/" + id + "/close", Map.of()));
        int version = c.read("$.version");
        assertThat((String) status(200, admin.post("/api/campaigns/" + id + "/close", Map.of("version", version)))
                .read("$.state")).isEqualTo("CLOSED");
        assertThat((String) status(409, admin.post("/api/campaigns/" + id + "/assignments",
                Map.of("regionCode", CampaignCounty.V1, "username", "c-cadre2"))).read("$.code")).isEqualTo("CAMPAIGN_CLOSED");
    }

    @Test
    void badDraftsAreRefusedWithCodesAndChangesNeedTheCurrentVersion() {
        ApiClient admin = as("c-admin");
        status(400, admin.postRaw("/api/campaigns", "application/json", "{\"name\": ".getBytes()));
        status(400, admin.postRaw("/api/campaigns", "application/json", "{\"year\": \"二〇二六\"}".getBytes()));
        Map<String, Object> bad = draft(" ", "12345");
        bad.put("year", 1900);
        bad.put("phases", List.of(Map.of("kind", "DROP TABLE campaign;", "name", "x", "dueOn", "2026-05-20"),
                Map.of("kind", "SCREENING", "name", "y", "dueOn", "2026-05-10")));
        ApiClient.Answer a = status(422, admin.post("/api/campaigns", bad));
        assertThat((List<String>) a.read("$.errors[*].code"))
                .contains("REQUIRED", "BAD_YEAR", "BAD_REGION", "BAD_PHASE_KIND", "PHASES_OUT_OF_ORDER");
        Map<String, Object> many = draft("太多阶段", CampaignCounty.COUNTY);
        List<Map<String, Object>> phases = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            phases.add(Map.of("kind", "OTHER", "name", "阶段" + i, "dueOn", TODAY.plusDays(i).toString()));
        }
        many.put("phases", phases);
        assertThat((List<String>) status(422, admin.post("/api/campaigns", many)).read("$.errors[*].code"))
                .containsExactly("TOO_MANY_PHASES");
        assertThat((List<String>) status(422, admin.post("/api/campaigns", draft("村级", CampaignCounty.V1)))
                .read("$.errors[*].code")).containsExactly("SCOPE_LEVEL");
        assertThat((String) status(404, admin.post("/api/campaigns", draft("外县", "349999000000"))).read("$.code"))
                .isEqualTo("NOT_FOUND");
        status(404, admin.post("/api/campaigns", draft("不存在的乡", "349996009000")));
        // roles: a clerk may not organise, a township reviewer only their township's own campaign
        status(403, as("c-clerk1").post("/api/campaigns", draft("村里", CampaignCounty.COUNTY)));
        status(404, as("c-township").post("/api/campaigns", draft("全县", CampaignCounty.COUNTY)));
        long own = created(as("c-township"), "甲镇排查", CampaignCounty.TOWN_A);
        // update: stale or missing version, then after the start
        Map<String, Object> change = draft("甲镇排查（修订）", CampaignCounty.TOWN_A);
        status(400, as("c-township").put("/api/campaigns/" + own, change));
        change.put("version", 5);
        assertThat((String) status(409, as("c-township").put("/api/campaigns/" + own, change)).read("$.code"))
                .isEqualTo("VERSION_CONFLICT");
        change.put("version", 0);
        assertThat((String) status(200, as("c-township").put("/api/campaigns/" + own, change)).read("$.name"))
                .isEqualTo("甲镇排查（修订）");
        // another township's reviewer does not even see it; the county admin sees it but may not change it
        status(404, as("c-township-b").put("/api/campaigns/" + own, change));
        assertThat((String) status(200, admin.get("/api/campaigns/" + own)).read("$.stateLabel")).isEqualTo("筹备中");
        status(200, as("c-township").post("/api/campaigns/" + own + "/start", Map.of("version", 1)));
        change.put("version", 2);
        assertThat((String) status(409, as("c-township").put("/api/campaigns/" + own, change)).read("$.code"))
                .isEqualTo("CAMPAIGN_NOT_DRAFT");
        assertThat((Integer) status(200, admin.get("/api/campaigns/" + own)).read("$.households")).isEqualTo(6);
        status(404, admin.get("/api/campaigns/987654321"));
        status(404, admin.get("/api/campaigns/abc"));
    }

    @Test
    void eachUserSeesOnlyTheirOwnVillagesAndHostileQueriesAreRefused() throws Exception {
        ApiClient admin = as("c-admin");
        long id = started(admin, "范围测试");
        ApiClient clerk = as("c-clerk1");
        assertThat((List<Integer>) status(200, clerk.get("/api/campaigns")).read("$[*].id")).contains((int) id);
        ApiClient.Answer p = status(200, clerk.get("/api/campaigns/" + id + "/progress"));
        assertThat((List<String>) p.read("$.rows[*].regionCode")).containsExactly(CampaignCounty.V1);
        assertThat((Integer) p.read("$.total.total")).isEqualTo(4);
        assertThat((Integer) status(200, clerk.get("/api/campaigns/" + id + "/households")).read("$.total")).isEqualTo(4);
        status(404, clerk.get("/api/campaigns/" + id + "/progress?region=" + CampaignCounty.V3));
        status(404, clerk.get("/api/campaigns/" + id + "/households?region=" + CampaignCounty.TOWN_A));
        status(404, as("c-clerk3").get("/api/campaigns/" + id + "/unscreened.xlsx?region=" + CampaignCounty.V1));
        // the township reviewer of 乙乡 sees one row; a campaign of 甲镇 is not theirs at all
        assertThat((List<String>) status(200, as("c-township-b").get("/api/campaigns/" + id + "/progress"))
                .read("$.rows[*].regionCode")).containsExactly(CampaignCounty.V3);
        status(400, admin.get("/api/campaigns/" + id + "/households?status=BOGUS"));
        status(400, admin.get("/api/campaigns/" + id + "/households?size=100000"));
        status(400, admin.get("/api/campaigns/" + id + "/households?page=-1"));
        status(400, admin.get("/api/campaigns/" + id + "/households?page=x"));
        status(400, admin.get("/api/campaigns/" + id + "/progress?region=34999600100%27%20or%201=1--"));
        assertThat((Integer) status(200, admin.get("/api/campaigns/" + id
                + "/households?screener=%27%20or%20%271%27=%271")).read("$.total")).isEqualTo(0);
        // an inspector reads but may not organise or assign
        status(200, as("c-inspector").get("/api/campaigns/" + id + "/summary"));
        status(403, as("c-inspector").post("/api/campaigns/" + id + "/assignments",
                Map.of("regionCode", CampaignCounty.V2, "username", "c-cadre")));
        status(403, as("c-township").post("/api/campaigns/" + id + "/start", Map.of("version", 0)));
        // 不落一户 for 甲一村 as its clerk: the four households, no ID numbers
        ApiClient.Answer x = status(200, clerk.get("/api/campaigns/" + id + "/unscreened.xlsx"));
        List<List<String>> sheet = sheet(x.bytes());
        assertThat(sheet.get(0)).containsExactly("户编号", "户主姓名", "乡镇", "村", "户类型", "监测状态", "分派规则", "排查人");
        assertThat(sheet.subList(1, sheet.size())).extracting(r -> r.get(0))
                .containsExactly("CAMP-1", "CAMP-2", "CAMP-3", "CAMP-4");
        assertThat(sheet.get(1)).contains("甲镇", "甲一村", "脱贫户", "帮扶联系人", "c-contact");
    }

    @Test
    void reassigningKeepsHistoryAndWorkTeamHouseholdsFollowTheirCadre() {
        ApiClient admin = as("c-admin");
        long id = started(admin, "改派测试");
        String base = "/api/campaigns/" + id;
        ApiClient.Answer o = status(200, admin.post(base + "/assignments",
                Map.of("regionCode", CampaignCounty.V1, "username", "c-cadre2")));
        List<Map<String, Object>> rows = o.read("$.assignments[?(@.regionCode == '" + CampaignCounty.V1 + "')]");
        assertThat(rows).extracting(r -> r.get("username")).containsExactly("c-cadre2", "c-cadre");
        assertThat(rows.get(0).get("endedAt")).isNull();
        assertThat(rows.get(1).get("endedAt")).isNotNull();
        assertThat(byNo(status(200, admin.get(base + "/households?size=50"))).get("CAMP-3"))
                .containsEntry("screener", "c-cadre2");
        // refused: not a village, a user who does not cover it, unknown user, another county's village
        assertThat((String) status(422, admin.post(base + "/assignments",
                Map.of("regionCode", CampaignCounty.TOWN_A, "username", "c-cadre"))).read("$.code")).isEqualTo("NOT_A_VILLAGE");
        assertThat((String) status(422, admin.post(base + "/assignments",
                Map.of("regionCode", CampaignCounty.V1, "username", "c-clerk3"))).read("$.code")).isEqualTo("USER_OUTSIDE_VILLAGE");
        assertThat((String) status(422, admin.post(base + "/assignments",
                Map.of("regionCode", CampaignCounty.V1, "username", "nobody' or '1'='1"))).read("$.code")).isEqualTo("UNKNOWN_USER");
        status(404, admin.post(base + "/assignments", Map.of("regionCode", "349999001001", "username", "c-cadre")));
        status(400, admin.post(base + "/assignments", Map.of("regionCode", CampaignCounty.V1)));
        status(403, as("c-clerk1").post(base + "/assignments", Map.of("regionCode", CampaignCounty.V1, "username", "c-grid1")));
        // one household, then the whole village from one screener to another
        status(200, as("c-clerk1").put(base + "/households/" + county.h4 + "/screener", Map.of("username", "c-clerk1")));
        status(404, as("c-clerk1").put(base + "/households/" + county.h7 + "/screener", Map.of("username", "c-clerk1")));
        assertThat((Integer) status(200, admin.post(base + "/screeners/reassign", Map.of("regionCode", CampaignCounty.V1,
                "fromUsername", "c-contact", "toUsername", "c-grid1"))).read("$.moved")).isEqualTo(1);
        var after = byNo(status(200, admin.get(base + "/households?size=50&region=" + CampaignCounty.V1)));
        assertThat(after.get("CAMP-4")).containsEntry("screener", "c-clerk1");
        assertThat(after.get("CAMP-1")).containsEntry("screener", "c-grid1");
        assertThat((Integer) status(200, admin.get(base + "/households?screener=c-grid1")).read("$.total")).isEqualTo(1);
        assertThat(jdbc.queryForList("select detail->>'to' from campaign_event where campaign_id = ? and action = "
                + "'SCREENER_REASSIGNED' order by id", String.class, id)).containsExactly("c-clerk1", "c-grid1");
    }

    @Test
    void progressCountsScreenedFlaggedAndErrorsAndPutsLaggardsFirst() {
        ApiClient admin = as("c-admin");
        long id = started(admin, "进度测试");
        // the form part of the campaign marks households screened; here by SQL
        jdbc.update("update campaign_household set status = 'SCREENED', screened_on = current_date, flagged = household_id = ?,"
                + " error_count = case when household_id = ? then 2 else 0 end where campaign_id = ? and household_id in (?, ?, ?)",
                county.h3, county.h4, id, county.h3, county.h4, county.h7);
        ApiClient.Answer p = status(200, admin.get("/api/campaigns/" + id + "/progress"));
        assertThat((List<String>) p.read("$.rows[*].regionName")).containsExactly("甲镇", "乙乡");
        assertThat((Map<String, Object>) p.read("$.rows[0]")).containsEntry("total", 6).containsEntry("screened", 2)
                .containsEntry("flagged", 1).containsEntry("withErrors", 1).containsEntry("pending", 4);
        assertThat((Map<String, Object>) p.read("$.rows[1]")).containsEntry("pace", "DONE");
        assertThat((Map<String, Object>) p.read("$.total")).containsEntry("total", 7).containsEntry("screened", 3);
        assertThat((List<String>) p.read("$.phases[*].status")).containsExactly("PAST", "CURRENT", "UPCOMING");
        ApiClient.Answer villages = status(200, admin.get("/api/campaigns/" + id + "/progress?region=" + CampaignCounty.TOWN_A));
        assertThat((List<String>) villages.read("$.rows[*].regionName")).containsExactly("甲二村", "甲一村");
        assertThat((List<Double>) villages.read("$.rows[*].unscreenedShare")).containsExactly(1.0, 0.5);
        assertThat((Integer) status(200, admin.get("/api/campaigns/" + id + "/households?status=PENDING")).read("$.total"))
                .isEqualTo(4);
        assertTallyMatchesHouseholds(id);
        // every kind of statement keeps V34's per-village counts exact: a form taken back, a reassignment (no count
        // changes), a household leaving the scope
        jdbc.update("update campaign_household set status = 'PENDING', flagged = false, error_count = 0 where campaign_id = ?"
                + " and household_id = ?", id, county.h3);
        jdbc.update("update campaign_household set screener_username = 'c-admin' where campaign_id = ?", id);
        jdbc.update("delete from campaign_household where campaign_id = ? and household_id = ?", id, county.h7);
        assertTallyMatchesHouseholds(id);
        assertThat((Map<String, Object>) status(200, admin.get("/api/campaigns/" + id + "/progress")).read("$.total"))
                .containsEntry("total", 6).containsEntry("screened", 1).containsEntry("flagged", 0);
    }

    private void assertTallyMatchesHouseholds(long id) {
        String counted = """
                select region_code || ':' || count(*) || '/' || count(*) filter (where status = 'SCREENED') || '/'
                       || count(*) filter (where flagged) || '/' || count(*) filter (where error_count > 0)
                from campaign_household where campaign_id = ? group by region_code order by 1""";
        String kept = """
                select region_code || ':' || total || '/' || screened || '/' || flagged || '/' || with_errors
                from campaign_village_tally where campaign_id = ? and total > 0 order by 1""";
        assertThat(jdbc.queryForList(kept, String.class, id)).isEqualTo(jdbc.queryForList(counted, String.class, id))
                .isNotEmpty();
    }

    @Test
    void theSummaryCountsIdentificationsAndRollbacksDuringTheCampaignAndPrintsEscaped() throws Exception {
        ApiClient admin = as("c-admin");
        long id = started(admin, "总结<script>alert(1)</script>");
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, category, risk_types, status_before,
                                                 opened_at, closed_at)
                values (?, ?, 'ANNOUNCED', 'MARGINAL', '["ILLNESS","DISASTER"]', 'NOT_MONITORED', now(), now())""",
                county.h3, CampaignCounty.V1);
        // announced long before the campaign: not counted
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, category, risk_types, status_before,
                                                 opened_at, closed_at)
                values (?, ?, 'ANNOUNCED', 'SUDDEN', '["ILLNESS"]', 'NOT_MONITORED', now() - interval '1 year',
                        now() - interval '1 year')""", county.h7, CampaignCounty.V3);
        jdbc.update("""
                insert into elimination_request (household_id, region_code, kind, reason_code, reasons, document, state,
                                                 status_before, requested_at, decided_at)
                values (?, ?, 'ROLLBACK', 'UNSTABLE_INCOME', '收入不稳', '县乡振发〔2026〕1号', 'APPROVED', 'RISK_ELIMINATED',
                        now(), now())""", county.h7, CampaignCounty.V3);
        ApiClient.Answer s = status(200, admin.get("/api/campaigns/" + id + "/summary"));
        assertThat((List<String>) s.read("$.rows[*].regionName")).containsExactly("甲镇", "乙乡");
        assertThat((Integer) s.read("$.rows[0].identified")).isEqualTo(1);
        assertThat((Map<String, Object>) s.read("$.rows[0].byCategory")).containsExactly(Map.entry("边缘易致贫户", 1));
        assertThat((Map<String, Object>) s.read("$.rows[0].byRiskType")).containsOnly(Map.entry("因病", 1), Map.entry("因灾", 1));
        assertThat((Integer) s.read("$.rows[1].identified")).isEqualTo(0);
        assertThat((Integer) s.read("$.rows[1].rolledBack")).isEqualTo(1);
        assertThat((Integer) s.read("$.total.households")).isEqualTo(7);
        ApiClient.Answer x = status(200, admin.get("/api/campaigns/" + id + "/summary.xlsx"));
        List<List<String>> sheet = sheet(x.bytes());
        assertThat(sheet.get(0)).startsWith("乡镇", "排查范围（户）");
        assertThat(sheet.get(3).get(0)).isEqualTo("合计");
        assertThat(sheet.get(3).get(1)).isEqualTo("7");
        ApiClient.Answer html = status(200, admin.get("/api/campaigns/" + id + "/summary/print"));
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("总结&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("甲镇", "合计", "size: A4 landscape");
        status(404, as("c-clerk1").get("/api/campaigns/987654/summary/print"));
    }

    static List<List<String>> sheet(byte[] bytes) throws java.io.IOException {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(switch (c.getCellType()) {
                    case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
                    default -> c.getStringCellValue();
                }));
                out.add(cells);
            }
        }
        return out;
    }
}
