package org.shouwang.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.identification.CaseApiIT.body;
import static org.shouwang.identification.CaseApiIT.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** 绿色通道, informing the not-included, the printed documents and the deadline counts, with hostile input. */
@IntegrationTest
@Import(CaseClock.class)
class CaseExtrasApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseSweep sweep;

    @Autowired
    CaseClock.GreenChannelLog greenChannels;

    ApiClient clerk1;
    ApiClient clerk2;
    ApiClient township;
    ApiClient admin;
    ApiClient grid;

    @BeforeEach
    void login() {
        clock.set(CaseClock.START);
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
    }

    ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    ApiClient.Answer step(ApiClient who, long id, String step, Map<String, Object> body) {
        return who.post("/api/cases/" + id + "/steps/" + step, body);
    }

    int version(long id) {
        return clerk1.get("/api/cases/" + id).read("$.version");
    }

    long open(String head) {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, head);
        return ((Number) ok(clerk1.post("/api/cases", Map.of("householdId", household))).read("$.id")).longValue();
    }

    static void refused(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat((String) a.read("$.code")).as(a.body()).isEqualTo(code);
    }

    @Test
    void aCaseOpensByGreenChannelForAnAccidentAndAssistanceIsTold() {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, "严车祸");
        Map<String, Object> open = new HashMap<>();
        open.put("householdId", household);
        open.put("greenChannel", Map.of("riskTypes", List.of("ACCIDENT"), "reason", "户主 11 月 15 日车祸，重伤住院"));
        ApiClient.Answer opened = ok(clerk1.post("/api/cases", open));
        long id = ((Number) opened.read("$.id")).longValue();
        assertThat((Boolean) opened.read("$.greenChannel")).isTrue();
        assertThat((String) opened.read("$.greenChannelReason")).isEqualTo("户主 11 月 15 日车祸，重伤住院");
        assertThat((String) opened.read("$.state")).isEqualTo("OPENED");
        assertThat((List<String>) opened.read("$.steps[*].step")).containsExactly("OPEN", "GREEN_CHANNEL");
        assertThat(greenChannels.events).anySatisfy(e -> {
            assertThat(e.caseId()).isEqualTo(id);
            assertThat(e.householdId()).isEqualTo(household);
            assertThat(e.riskTypes()).containsExactly("ACCIDENT");
            assertThat(e.openedOn()).isEqualTo(CaseClock.START.toLocalDate());
        });
        assertThat(jdbc.queryForObject("select green_channel from identification_case where id = ?", Boolean.class, id)).isTrue();
        assertThat((List<Integer>) ok(clerk1.get("/api/cases?greenChannel=true")).read("$[*].id")).contains((int) id);
        assertThat((Boolean) ok(clerk1.get("/api/cases?household=" + household)).read("$[0].greenChannel")).isTrue();

        long plain = open("俞普通");
        assertThat((List<Integer>) ok(clerk1.get("/api/cases?greenChannel=true")).read("$[*].id")).doesNotContain((int) plain);
        // an ineligible risk at opening opens nothing
        long other = Households.create(clerk1, TestCounty.VILLAGE_1, "柏上学");
        open.put("householdId", other);
        open.put("greenChannel", Map.of("riskTypes", List.of("EDUCATION"), "reason", "子女上大学"));
        refused(clerk1.post("/api/cases", open), 422, "GREEN_CHANNEL_NOT_ELIGIBLE");
        assertThat(jdbc.queryForObject("select count(*) from identification_case where household_id = ?", Integer.class, other)).isZero();
    }

    @Test
    void theGreenChannelOnAnOpenCaseRefusesWrongRisksRolesScopesAndSizes() {
        long id = open("鲍洪灾");
        Map<String, Object> good = body(version(id), "riskTypes", List.of("DISASTER"), "reason", "7 月洪水冲毁住房");
        refused(step(grid, id, "GREEN_CHANNEL", good), 403, "ROLE_NOT_ALLOWED");
        refused(step(clerk2, id, "GREEN_CHANNEL", good), 404, "NOT_FOUND");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("INDUSTRY_FAILURE"), "reason", "x")),
                422, "GREEN_CHANNEL_NOT_ELIGIBLE");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("DISASTER"))), 422,
                "GREEN_CHANNEL_REASON_REQUIRED");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("DISASTER"), "reason", "灾".repeat(501))),
                422, "TEXT_TOO_LONG");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("DISASTER"), "reason", "灾".repeat(100_000))),
                422, "TEXT_TOO_LONG");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("'; drop table household; --"), "reason", "x")),
                422, "GREEN_CHANNEL_NOT_ELIGIBLE");
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", "DISASTER", "reason", "x")), 400, "MALFORMED_REQUEST");
        ApiClient.Answer done = ok(step(clerk1, id, "GREEN_CHANNEL", good));
        assertThat((Boolean) done.read("$.greenChannel")).isTrue();
        refused(step(clerk1, id, "GREEN_CHANNEL", body(version(id), "riskTypes", List.of("DISASTER"), "reason", "再次")),
                422, "GREEN_CHANNEL_ALREADY_OPEN");
        assertThat(jdbc.queryForObject("select green_channel_reason from identification_case where id = ?", String.class, id))
                .isEqualTo("7 月洪水冲毁住房");
    }

    @Test
    void aCaseNotIncludedIsInformedOnceAndUntilThenCountsAsPendingWork() {
        long id = open("窦不纳");
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        refused(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-11-16", "informMethod", "PHONE",
                "informedBy", "王书记")), 422, "INFORM_NOT_APPLICABLE");
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "家有小轿车一辆")));
        ApiClient.Answer rejected = ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING",
                "attendees", meeting(), "votesFor", 0, "votesAgainst", 3, "minutes", "有车辆，不同意")));
        assertThat((Boolean) rejected.read("$.informPending")).isTrue();
        String closedAt = jdbc.queryForObject("select closed_at::text from identification_case where id = ?", String.class, id);
        List<Map<String, Object>> counts = ok(township.get("/api/cases/deadline-counts?region=" + TestCounty.TOWNSHIP_1)).read("$");
        assertThat(counts).anySatisfy(c -> {
            assertThat(c.get("regionCode")).isEqualTo(TestCounty.VILLAGE_1);
            assertThat((Integer) c.get("informPending")).isPositive();
        });

        clock.plusDays(1);
        refused(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-11-17", "informMethod", "SMOKE_SIGNAL",
                "informedBy", "王书记")), 422, "INFORM_METHOD_UNKNOWN");
        refused(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-11-18", "informMethod", "PHONE",
                "informedBy", "王书记")), 422, "INFORMED_ON_IN_FUTURE");
        refused(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-02-30", "informMethod", "PHONE",
                "informedBy", "王书记")), 400, "MALFORMED_REQUEST");
        refused(step(grid, id, "INFORM", body(version(id), "informedOn", "2026-11-17", "informMethod", "PHONE",
                "informedBy", "李网格")), 403, "ROLE_NOT_ALLOWED");
        refused(step(clerk2, id, "INFORM", body(version(id), "informedOn", "2026-11-17", "informMethod", "PHONE",
                "informedBy", "李网格")), 404, "NOT_FOUND");
        ApiClient.Answer informed = ok(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-11-17",
                "informMethod", "IN_PERSON", "informedBy", "王书记", "comment", "<b>当面</b>告知")));
        assertThat((Boolean) informed.read("$.informPending")).isFalse();
        assertThat((String) informed.read("$.state")).isEqualTo("NOT_INCLUDED");
        assertThat((String) informed.read("$.steps[-1].details.methodLabel")).isEqualTo("当面");
        refused(step(clerk1, id, "INFORM", body(version(id), "informedOn", "2026-11-17", "informMethod", "PHONE",
                "informedBy", "王书记")), 422, "STEP_ALREADY_DONE");
        assertThat(jdbc.queryForObject("select informed_on::text from identification_case where id = ?", String.class, id))
                .isEqualTo("2026-11-17");
        assertThat(jdbc.queryForObject("select closed_at::text from identification_case where id = ?", String.class, id))
                .as("informing does not move the end").isEqualTo(closedAt);
    }

    @Test
    void documentsPrintEachStepWithoutPersonalDataAndWithEveryUserTextEscaped() {
        String idNumber = Ids.unique("1968-04-02", true);
        Map<String, Object> head = Households.member("孔文书", idNumber, "HEAD");
        head.put("health", List.of("SERIOUS"));
        Map<String, Object> h = Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(head));
        h.put("phone", "13912345678");
        ApiClient.Answer created = clerk1.post("/api/households", h);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long household = ((Number) created.read("$.id")).longValue();
        long id = ((Number) ok(clerk1.post("/api/cases", Map.of("householdId", household))).read("$.id")).longValue();
        String doc = "/api/cases/" + id + "/documents/";

        refused(clerk1.get(doc + "PUBLICITY_NOTICE"), 422, "DOCUMENT_NOT_READY");
        refused(clerk1.get(doc + "NOPE"), 400, "DOCUMENT_KIND_UNKNOWN");
        refused(clerk1.get(doc + "%3Cscript%3E"), 400, "DOCUMENT_KIND_UNKNOWN");
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "户主胃癌住院，自付 4 万元")));
        ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "ENLARGED_COMMITTEES", "attendees",
                List.of(Map.of("name", "张组长<img src=x onerror=alert(1)>", "role", "GROUP_LEADER"),
                        Map.of("name", "李网格", "role", "GRID_WORKER"), Map.of("name", "王书记", "role", "VILLAGE_CADRE")),
                "votesFor", 3, "votesAgainst", 0, "minutes", "一致同意<script>alert('x')</script>&纳入")));

        ApiClient.Answer notice = ok(clerk1.get(doc + "PUBLICITY_NOTICE"));
        assertThat(notice.contentType()).startsWith("text/html");
        assertThat(notice.body()).contains("孔文书", "东村", "拟纳入防止返贫致贫对象", "脱贫不稳定户", "2026年11月16日", "2026年11月21日")
                .doesNotContain(idNumber, idNumber.substring(0, 6) + "", "13912345678", "患有大病", "胃癌", "4 万元", "一致同意")
                .doesNotContain("<script", "http://", "https://", "<link", "src=");
        ApiClient.Answer record = ok(clerk1.get(doc + "review-record"));
        assertThat(record.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;纳入", "赞成 3 票，反对 0 票",
                "张组长&lt;img src=x onerror=alert(1)&gt;（村民小组长）", "村两委扩大会议")
                .doesNotContain("<script", "<img");
        refused(clerk1.get(doc + "TOWNSHIP_REVIEW_FORM"), 422, "DOCUMENT_NOT_READY");
        refused(clerk2.get(doc + "REVIEW_RECORD"), 404, "NOT_FOUND");
        refused(clerk1.get("/api/cases/999999999/documents/REVIEW_RECORD"), 404, "NOT_FOUND");

        ok(step(clerk1, id, "DATA_COMPARISON", body(version(id), "vehicles", "无", "housing", "无商品房",
                "businessRegistration", "无", "publicEmployee", "无")));
        clock.plusDays(5);
        ok(step(clerk1, id, "PUBLICITY", body(version(id), "start", "2026-11-16", "end", "2026-11-21", "objections", "无异议")));
        clock.plusDays(1);
        ok(step(township, id, "TOWNSHIP_REVIEW", body(version(id), "approve", true, "opinion", "同意上报<script>")));
        assertThat(ok(clerk1.get(doc + "TOWNSHIP_REVIEW_FORM")).body()).contains("一号镇", "户主胃癌住院", "同意上报&lt;script&gt;",
                "2026-11-16 至 2026-11-21", "无商品房").doesNotContain("<script");
        refused(clerk1.get(doc + "ANNOUNCEMENT"), 422, "DOCUMENT_NOT_READY");
        ok(step(admin, id, "COUNTY_APPROVAL", body(version(id), "approve", true, "opinion", "同意纳入", "category", "UNSTABLE",
                "riskTypes", List.of("ILLNESS", "MEDICAL_EXPENSE"))));
        assertThat(ok(clerk1.get(doc + "COUNTY_REVIEW_FORM")).body()).contains("同意纳入防止返贫致贫对象", "因病、大病大额医疗支出",
                "脱贫不稳定户", "t-admin");
        ok(step(admin, id, "ANNOUNCEMENT", body(version(id))));
        ApiClient.Answer announcement = ok(clerk1.get(doc + "announcement"));
        assertThat(announcement.body()).contains("关于东村防止返贫致贫对象认定结果的公告", "孔文书", "脱贫不稳定户", "一号镇人民政府",
                "2026年11月22日", "@page").doesNotContain(idNumber, "13912345678", "患有大病", "胃癌");
    }

    @Test
    void theSweepFillsTheDueColumnsAndTheCountsReadThem() {
        long fresh = open("石新案");
        long late = open("甘迟案");
        ok(step(clerk1, late, "APPLICATION", body(version(late), "commitmentSigned", true, "authorisationSigned", true)));
        jdbc.update("update identification_case set opened_at = opened_at - interval '20 days' where id = ?", late);
        jdbc.update("update identification_step set at = at - interval '20 days' where case_id = ?", late);
        jdbc.update("update identification_case set due_state = 'OK', swept_on = null where id in (?, ?)", fresh, late);

        int swept = sweep.run();
        assertThat(swept).isGreaterThanOrEqualTo(2);
        Map<String, Object> l = jdbc.queryForMap("select next_due::text, next_due_step, overall_due::text, due_state, swept_on::text "
                + "from identification_case where id = ?", late);
        assertThat(l).containsEntry("next_due_step", "HOME_CHECK").containsEntry("next_due", "2026-10-29")
                .containsEntry("overall_due", "2026-11-11").containsEntry("due_state", "OVERDUE")
                .containsEntry("swept_on", "2026-11-16");
        Map<String, Object> f = jdbc.queryForMap("select next_due, overall_due::text, due_state from identification_case where id = ?", fresh);
        assertThat(f).containsEntry("overall_due", "2026-12-01").containsEntry("due_state", "OK");
        assertThat(f.get("next_due")).as("nothing is due before the application").isNull();

        // an act refreshes its own case at once
        ok(step(clerk1, fresh, "APPLICATION", body(version(fresh), "commitmentSigned", true, "authorisationSigned", true)));
        assertThat(jdbc.queryForObject("select next_due::text from identification_case where id = ?", String.class, fresh))
                .isEqualTo("2026-11-18");

        List<Map<String, Object>> byTownship = ok(admin.get("/api/cases/deadline-counts")).read("$");
        assertThat(byTownship).anySatisfy(c -> {
            assertThat(c.get("regionCode")).isEqualTo(TestCounty.TOWNSHIP_1);
            assertThat(c.get("regionName")).isEqualTo("一号镇");
            assertThat((Integer) c.get("overdue")).isPositive();
            assertThat((Integer) c.get("overallExceeded")).isPositive();
            assertThat((Integer) c.get("open")).isGreaterThanOrEqualTo(2);
        });
        List<Map<String, Object>> byVillage = ok(township.get("/api/cases/deadline-counts")).read("$");
        assertThat(byVillage).extracting(c -> c.get("regionCode")).contains(TestCounty.VILLAGE_1).doesNotContain(TestCounty.TOWNSHIP_1);
        assertThat((List<String>) ok(clerk2.get("/api/cases/deadline-counts")).read("$[*].regionCode"))
                .doesNotContain(TestCounty.VILLAGE_1);
        refused(clerk1.get("/api/cases/deadline-counts?region=" + TestCounty.VILLAGE_2), 404, "NOT_FOUND");
        refused(clerk1.get("/api/cases/deadline-counts?region=1%27%20or%201=1"), 400, "BAD_FILTER");
    }

    @Test
    void anApplicantWhoseDeclarationOpenedACaseSeesTheCaseResult() {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, "张守田");
        String headId = jdbc.queryForObject("select id_number from member where household_id = ? and relation = 'HEAD'",
                String.class, household);
        String householdNo = clerk1.get("/api/households/" + household).read("$.householdNo");
        List<String> codes = clerk1.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1)
                .read("$.households[?(@.householdNo == '" + householdNo + "')].code");
        ApiClient phone = new ApiClient(port);
        Map<String, Object> form = new HashMap<>(Map.of("code", codes.get(0), "name", "张守田", "idNumber", headId,
                "phone", "13912345678", "difficultyType", "ILLNESS", "description", "今年住院两次，自付三万多元。", "consent", true));
        ApiClient.Answer declared = phone.post("/api/public/declarations", form);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String tracking = declared.read("$.trackingCode");
        long clue = jdbc.queryForObject("select clue_id from declaration where tracking_code = ?", Long.class, tracking);
        int v = clerk1.get("/api/clues/" + clue).read("$.version");
        ok(clerk1.post("/api/clues/" + clue + "/decision", Map.of("outcome", "START_IDENTIFICATION", "version", v)));
        assertThat((String) phone.get("/api/public/declarations/" + tracking).read("$.outcomeLabel")).isEqualTo("启动识别认定");

        long id = jdbc.queryForObject("select id from identification_case where clue_id = ?", Long.class, clue);
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "医疗费用已由大病保险报销")));
        ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING", "attendees", meeting(),
                "votesFor", 1, "votesAgainst", 2, "minutes", "收入稳定，不同意纳入")));
        ApiClient.Answer status = phone.get("/api/public/declarations/" + tracking);
        assertThat((String) status.read("$.statusLabel")).isEqualTo("已办结");
        assertThat((String) status.read("$.outcomeLabel")).isEqualTo("不予纳入");
        assertThat((String) status.read("$.decidedOn")).isEqualTo(CaseClock.START.toLocalDate().toString());
    }

    @Test
    void beforeFebruary2026TheDocumentsSayMonitoredObject() {
        clock.set(java.time.ZonedDateTime.of(2026, 1, 19, 9, 0, 0, 0, MovableClock.SHANGHAI));
        long id = open("庞旧称");
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "核实")));
        ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING", "attendees", meeting(),
                "votesFor", 3, "votesAgainst", 0, "minutes", "同意")));
        clock.set(CaseClock.START);
        assertThat(ok(clerk1.get("/api/cases/" + id + "/documents/PUBLICITY_NOTICE")).body())
                .contains("东村拟纳入监测对象公示", "2026年1月19日").doesNotContain("防止返贫致贫对象");
    }

    @Test
    void twoWritersSendingTogetherOnOneVersionOneWinsAndTheOtherIsToldToReload() throws Exception {
        long id = open("滕同时");
        int v = version(id);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                start.await();
                return step(clerk1, id, "APPLICATION", body(v, "commitmentSigned", true, "authorisationSigned", true));
            });
            var b = pool.submit(() -> {
                start.await();
                return step(township, id, "GREEN_CHANNEL", body(v, "riskTypes", List.of("ILLNESS"), "reason", "住院"));
            });
            start.countDown();
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            ApiClient.Answer loser = a.get().status() == 409 ? a.get() : b.get();
            assertThat((String) loser.read("$.code")).isEqualTo("CASE_CHANGED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from identification_step where case_id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(version(id)).isEqualTo(v + 1);
    }

    @Test
    void aBodyInAnotherEncodingIsRefusedAsUnreadable() {
        long id = open("宋编码");
        byte[] gbk = ("{\"version\": " + version(id) + ", \"riskTypes\": [\"ILLNESS\"], \"reason\": \"户主住院\"}")
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        ApiClient.Answer a = clerk1.postRaw("/api/cases/" + id + "/steps/GREEN_CHANNEL", "application/json", gbk);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat((String) a.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        assertThat((Boolean) clerk1.get("/api/cases/" + id).read("$.greenChannel")).isFalse();
    }
}
