package org.shouwang.elimination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.identification.HouseholdIdentified;
import org.shouwang.identification.MovableClock;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Eligibility, the elimination procedure, rollback, removal and 风险再标注 through the API, with hostile input. */
@IntegrationTest
@Import(ElimTestConfig.class)
class EliminationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Monitoring monitoring;

    @Autowired
    ElimTestConfig.EventLog log;

    @Autowired
    EliminationSweep sweep;

    ApiClient clerk1;
    ApiClient clerk2;
    ApiClient township;
    ApiClient admin;
    ApiClient grid;

    @BeforeEach
    void login() {
        clock.set(ElimTestConfig.START);
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        TestProfiles.county(admin, jdbc);
    }

    long monitored(String head, ApiClient by) {
        return EliminationFixtures.monitored(by, jdbc, monitoring, ElimTestConfig.START, head);
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static ApiClient.Answer expect(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        if (code != null) {
            assertThat((String) a.read("$.code")).isEqualTo(code);
        }
        return a;
    }

    static Map<String, Object> proposal(long household) {
        return body("householdId", household, "method", "ASSISTED", "rigidSpendingResolved", true, "guaranteesSecure", true,
                "note", "入户核实：医疗费用已报销，子女在校");
    }

    int version(long id) {
        return clerk1.get("/api/eliminations/" + id).read("$.version");
    }

    ApiClient.Answer step(ApiClient who, long id, String step, Object... kv) {
        Map<String, Object> b = body(kv);
        b.putIfAbsent("version", version(id));
        return who.post("/api/eliminations/" + id + "/steps/" + step, b);
    }

    /** Proposes and walks the procedure to its announcement; answers the elimination id. */
    long eliminate(long household) {
        long id = ((Number) expect(clerk1.post("/api/eliminations", proposal(household)), 200, null).read("$.id")).longValue();
        expect(step(clerk1, id, "HOME_CHECK", "findings", "务工收入稳定"), 200, null);
        expect(step(clerk1, id, "DEMOCRATIC_REVIEW", "meetingType", "REPRESENTATIVES_MEETING", "votesFor", 9, "votesAgainst", 0,
                "minutes", "同意消除"), 200, null);
        LocalDate today = LocalDate.now(clock);
        clock.plusDays(5);
        expect(step(clerk1, id, "PUBLICITY", "start", today.toString(), "end", today.plusDays(5).toString()), 200, null);
        expect(step(township, id, "TOWNSHIP_REVIEW", "approve", true, "opinion", "同意"), 200, null);
        expect(step(admin, id, "COUNTY_APPROVAL", "approve", true, "opinion", "同意"), 200, null);
        expect(step(admin, id, "ANNOUNCEMENT", "comment", "村务公开栏公告"), 200, null);
        clock.plusDays(1);
        return id;
    }

    private static Map<String, Object> visit(LocalDate date, List<String> gaps, Long corrects) {
        Map<String, Object> v = new HashMap<>(Map.of("mode", "IN_PERSON", "visitDate", date.toString(), "householdReached", true,
                "findings", "入户查看住房和饮水", "incomeChange", "NONE", "guaranteeGaps", gaps, "riskTypes", List.of(),
                "raiseClue", false));
        if (corrects != null) {
            v.put("correctsVisitId", corrects);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static String guarantees(ApiClient.Answer eligibility, String field) {
        return ((List<String>) eligibility.read("$.reasons[?(@.code == 'GUARANTEES')]." + field)).get(0);
    }

    /** The eligibility check reads visits through the assistance API: the latest visit that no correction replaced counts. */
    @Test
    @SuppressWarnings("unchecked")
    void aGapSeenOnTheLatestStandingVisitBlocksAndItsCorrectionLiftsIt() {
        long h = monitored("孙走访", clerk1);
        LocalDate today = LocalDate.now(clock);
        ApiClient.Answer none = expect(clerk1.get("/api/households/" + h + "/eligibility"), 200, null);
        assertThat(guarantees(none, "explanation")).startsWith("暂无走访记录");
        long seen = ((Number) expect(grid.post("/api/households/" + h + "/visits",
                visit(today.minusDays(1), List.of("HOUSING", "DRINKING_WATER"), null)), 201, null).read("$.id")).longValue();

        ApiClient.Answer blocked = expect(clerk1.get("/api/households/" + h + "/eligibility"), 200, null);
        assertThat((Boolean) blocked.read("$.blocked")).isTrue();
        assertThat(guarantees(blocked, "verdict")).isEqualTo("FAIL");
        assertThat(guarantees(blocked, "explanation"))
                .isEqualTo("最近一次走访（" + today.minusDays(1) + "）发现：住房安全问题、饮水安全问题，须先解决");
        expect(clerk1.post("/api/eliminations", proposal(h)), 422, "NOT_ELIGIBLE");

        // the correction is dated a day earlier, yet the visit it corrects no longer counts
        expect(grid.post("/api/households/" + h + "/visits", visit(today.minusDays(2), List.of(), seen)), 201, null);
        ApiClient.Answer lifted = expect(clerk1.get("/api/households/" + h + "/eligibility"), 200, null);
        assertThat(guarantees(lifted, "verdict")).isEqualTo("TO_CONFIRM");
        assertThat(guarantees(lifted, "explanation")).startsWith("最近一次走访（" + today.minusDays(2) + "）未发现“三保障”和饮水问题");
        assertThat((List<String>) lifted.read("$.reasons[?(@.code == 'MEASURES_DELIVERED')].explanation")).first()
                .asString().contains("已落实帮扶措施 1 项");
        assertThat((List<String>) lifted.read("$.reasons[?(@.code == 'INCOME_STABLE')].verdict")).containsExactly("PASS");
    }

    @Test
    void eligibilityExplainsEveryConditionAndStaysInsideTheScope() {
        long h = monitored("钱资格", clerk1);
        ApiClient.Answer e = expect(clerk1.get("/api/households/" + h + "/eligibility"), 200, null);
        assertThat((Boolean) e.read("$.eligible")).isFalse();
        assertThat((Boolean) e.read("$.blocked")).isFalse();
        assertThat((List<String>) e.read("$.reasons[?(@.verdict == 'TO_CONFIRM')].code")).containsExactly("RIGID_SPENDING", "GUARANTEES");
        assertThat((List<String>) e.read("$.reasons[?(@.code == 'INCOME_ABOVE_THRESHOLD')].explanation")).first().asString()
                .contains("9600.00", "8000.00");
        assertThat((List<String>) e.read("$.reasons[?(@.code == 'MONTHS_SINCE_IDENTIFICATION')].verdict")).containsExactly("PASS");
        expect(clerk2.get("/api/households/" + h + "/eligibility"), 404, null);
        expect(clerk1.get("/api/households/" + h + "/eligibility?method=SOMETIMES"), 400, "METHOD_UNKNOWN");
        expect(clerk1.get("/api/households/99999999/eligibility"), 404, null);
        ApiClient.Answer natural = expect(clerk1.get("/api/households/" + h + "/eligibility?method=natural"), 200, null);
        assertThat((List<String>) natural.read("$.reasons[?(@.code == 'INCOME_STABLE')].verdict")).containsExactly("NOT_REQUIRED");

        jdbc.sql("update member set labour_capacity = 'NONE' where household_id = ?").param(h).update();
        ApiClient.Answer noLabour = expect(clerk1.post("/api/eliminations", proposal(h)), 422, "NOT_ELIGIBLE");
        assertThat((String) noLabour.read("$.detail")).contains("整户无劳动力");
    }

    @Test
    void hostileProposalsGetClearRefusals() {
        long h = monitored("孙恶意", clerk1);
        expect(clerk1.post("/api/eliminations", Map.of()), 422, "HOUSEHOLD_REQUIRED");
        Map<String, Object> bad = proposal(h);
        bad.put("method", "'; drop table elimination_case; --");
        expect(clerk1.post("/api/eliminations", bad), 400, "METHOD_UNKNOWN");
        Map<String, Object> long_ = proposal(h);
        long_.put("note", "长".repeat(6000));
        expect(clerk1.post("/api/eliminations", long_), 422, "TEXT_TOO_LONG");
        Map<String, Object> unconfirmed = proposal(h);
        unconfirmed.remove("guaranteesSecure");
        ApiClient.Answer waiting = expect(clerk1.post("/api/eliminations", unconfirmed), 422, "NOT_ELIGIBLE");
        assertThat((String) waiting.read("$.detail")).contains("三保障");
        expect(grid.post("/api/eliminations", proposal(h)), 403, "ROLE_NOT_ALLOWED");
        expect(clerk2.post("/api/eliminations", proposal(h)), 404, null);
        ApiClient.Answer garbage = clerk1.postRaw("/api/eliminations", "application/json", "{\"householdId\": \"abc\"".getBytes());
        assertThat(garbage.status()).isBetween(400, 499);
        Map<String, Object> nonsenseId = proposal(h);
        nonsenseId.put("householdId", Long.MAX_VALUE);
        expect(clerk1.post("/api/eliminations", nonsenseId), 404, null);

        long id = ((Number) expect(clerk1.post("/api/eliminations", proposal(h)), 200, null).read("$.id")).longValue();
        expect(clerk1.post("/api/eliminations", proposal(h)), 409, "ELIMINATION_ALREADY_OPEN");
        expect(step(clerk1, id, "PUBLICITY", "start", "2026-11-16", "end", "2026-11-21"), 422, "STEP_OUT_OF_ORDER");
        expect(step(clerk1, id, "NONSENSE"), 400, "STEP_UNKNOWN");
        expect(step(clerk1, id, "PROPOSE"), 400, "STEP_UNKNOWN");
        expect(step(clerk1, id, "HOME_CHECK", "findings", "x".repeat(5001)), 422, "TEXT_TOO_LONG");
        expect(step(clerk1, id, "HOME_CHECK", "findings", "   "), 422, "FINDINGS_REQUIRED");
        expect(step(clerk2, id, "HOME_CHECK", "findings", "越权"), 404, null);
        expect(clerk1.post("/api/eliminations/" + id + "/steps/HOME_CHECK", body("findings", "无版本")), 409, "CASE_CHANGED");
        expect(step(clerk1, id, "HOME_CHECK", "findings", "核实"), 200, null);
        expect(step(clerk1, id, "DEMOCRATIC_REVIEW", "meetingType", "PARTY", "votesFor", 1, "votesAgainst", 0, "minutes", "x"),
                422, "MEETING_TYPE_UNKNOWN");
        expect(step(clerk1, id, "DEMOCRATIC_REVIEW", "meetingType", "VILLAGERS_MEETING", "votesFor", -3, "votesAgainst", 0,
                "minutes", "x"), 422, "VOTES_INVALID");
        expect(step(clerk1, id, "DEMOCRATIC_REVIEW", "meetingType", "VILLAGERS_MEETING", "votesFor", 3, "votesAgainst", 0,
                "minutes", "同一会议", "jointCaseId", 987654321), 422, "JOINT_CASE_INVALID");
        expect(clerk1.get("/api/eliminations?state=BOGUS"), 400, "BAD_FILTER");
        expect(clerk1.get("/api/eliminations?region=%27%20or%201%3D1%20--"), 400, "BAD_FILTER");
        expect(clerk1.get("/api/eliminations?region=" + TestCounty.VILLAGE_2), 404, null);
        assertThat((List<Integer>) clerk1.get("/api/eliminations?state=HOME_CHECKED").read("$[*].id")).contains((int) id);
        assertThat((List<Integer>) clerk2.get("/api/eliminations").read("$[*].id")).doesNotContain((int) id);
    }

    @Test
    void twoWritersOnOneVersionCannotBothWin() throws Exception {
        long h = monitored("周并发", clerk1);
        long id = ((Number) expect(clerk1.post("/api/eliminations", proposal(h)), 200, null).read("$.id")).longValue();
        int v = version(id);
        var first = CompletableFuture.supplyAsync(() -> clerk1.post("/api/eliminations/" + id + "/steps/HOME_CHECK",
                body("version", v, "findings", "甲")));
        var second = CompletableFuture.supplyAsync(() -> township.post("/api/eliminations/" + id + "/steps/HOME_CHECK",
                body("version", v, "findings", "乙")));
        List<Integer> statuses = new ArrayList<>(List.of(first.get().status(), second.get().status()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat((Integer) clerk1.get("/api/eliminations/" + id).read("$.steps.length()")).isEqualTo(2);
    }

    @Test
    void anAnnouncedEliminationMarksTheHouseholdAndARollbackReturnsIt() {
        long h = monitored("吴消除", clerk1);
        long id = eliminate(h);
        ApiClient.Answer done = expect(clerk1.get("/api/eliminations/" + id), 200, null);
        assertThat((String) done.read("$.state")).isEqualTo("ANNOUNCED");
        assertThat((String) done.read("$.eliminatedOn")).isEqualTo("2026-11-21");
        assertThat((List<String>) done.read("$.steps[*].actor")).containsExactly("t-clerk1", "t-clerk1", "t-clerk1", "t-clerk1",
                "t-township", "t-admin", "t-admin");
        assertThat((String) done.read("$.eligibility.reasons[0].code")).isEqualTo("STATUS");
        ApiClient.Answer household = clerk1.get("/api/households/" + h);
        assertThat((String) household.read("$.monitoringStatus")).isEqualTo("RISK_ELIMINATED");
        assertThat((String) household.read("$.monitoringCategory")).isEqualTo("UNSTABLE");
        assertThat(log.events).contains(new HouseholdEliminated(id, h, TestCounty.VILLAGE_1, EliminationMethod.ASSISTED,
                LocalDate.of(2026, 11, 21)));
        assertThat(jdbc.sql("select count(*) from assistance_measure where household_id = ? and status = 'DELIVERED'")
                .param(h).query(Integer.class).single()).isEqualTo(1);
        expect(step(admin, id, "ANNOUNCEMENT"), 422, "CASE_CLOSED");

        // Rollback: written request with reasons, decided by the county.
        Map<String, Object> rollback = body("householdId", h, "kind", "ROLLBACK", "reasonCode", "UNSTABLE",
                "reasons", "务工中断，收入不稳定", "document", "东村〔2026〕12号");
        Map<String, Object> noDoc = new HashMap<>(rollback);
        noDoc.remove("document");
        expect(clerk1.post("/api/eliminations/requests", noDoc), 422, "DOCUMENT_REQUIRED");
        Map<String, Object> wrongKind = new HashMap<>(rollback);
        wrongKind.put("kind", "<script>alert(1)</script>");
        expect(clerk1.post("/api/eliminations/requests", wrongKind), 422, "KIND_UNKNOWN");
        Map<String, Object> wrongReason = new HashMap<>(rollback);
        wrongReason.put("reasonCode", "WRONG_ENTRY");
        expect(clerk1.post("/api/eliminations/requests", wrongReason), 422, "REASON_INVALID");
        Map<String, Object> tooLong = new HashMap<>(rollback);
        tooLong.put("reasons", "因".repeat(2001));
        expect(clerk1.post("/api/eliminations/requests", tooLong), 422, "TEXT_TOO_LONG");
        expect(grid.post("/api/eliminations/requests", rollback), 403, "ROLE_NOT_ALLOWED");
        long req = ((Number) expect(clerk1.post("/api/eliminations/requests", rollback), 200, null).read("$.id")).longValue();
        expect(clerk1.post("/api/eliminations/requests", rollback), 409, "REQUEST_PENDING");
        expect(clerk1.post("/api/eliminations/requests/" + req + "/decision", body("version", 0, "approve", true, "opinion", "同意")),
                403, "ROLE_NOT_ALLOWED");
        expect(admin.post("/api/eliminations/requests/" + req + "/decision", body("version", 5, "approve", true, "opinion", "同意")),
                409, "CASE_CHANGED");
        expect(admin.post("/api/eliminations/requests/" + req + "/decision", body("version", 0, "approve", true)), 422,
                "OPINION_REQUIRED");
        expect(admin.post("/api/eliminations/requests/" + req + "/decision", body("version", 0, "approve", true,
                "opinion", "同意回退")), 200, null);
        household = clerk1.get("/api/households/" + h);
        assertThat((String) household.read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");
        assertThat((String) household.read("$.monitoringCategory")).isEqualTo("UNSTABLE");
        expect(clerk2.get("/api/eliminations/requests/" + req), 404, null);

        ApiClient.Answer history = expect(clerk1.get("/api/households/" + h + "/monitoring-history"), 200, null);
        assertThat((List<String>) history.read("$.entries[*].title")).containsExactly("启动识别认定", "公告纳入监测（脱贫不稳定户）",
                "提出风险消除（帮扶消除）", "公告风险消除（帮扶消除）", "提出风险消除回退申请", "风险消除回退：县级批准");
        expect(clerk2.get("/api/households/" + h + "/monitoring-history"), 404, null);
    }

    @Test
    void removalIsDecidedByTheCountyAndClearsTheCategory() {
        long h = monitored("郑清退", clerk1);
        Map<String, Object> removal = body("householdId", h, "kind", "REMOVAL", "reasonCode", "DISQUALIFYING_ASSETS",
                "reasons", "比对发现县城商品房两套", "document", "县住建局比对结果函");
        long first = ((Number) expect(township.post("/api/eliminations/requests", removal), 200, null).read("$.id")).longValue();
        expect(admin.post("/api/eliminations/requests/" + first + "/decision", body("version", 0, "approve", false,
                "opinion", "房产为子女所有，不予清退")), 200, null);
        assertThat((String) clerk1.get("/api/households/" + h).read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");
        expect(admin.post("/api/eliminations/requests/" + first + "/decision", body("version", 1, "approve", true,
                "opinion", "再议")), 422, "REQUEST_DECIDED");
        long second = ((Number) expect(clerk1.post("/api/eliminations/requests", removal), 200, null).read("$.id")).longValue();
        expect(admin.post("/api/eliminations/requests/" + second + "/decision", body("version", 0, "approve", true,
                "opinion", "同意清退")), 200, null);
        ApiClient.Answer household = clerk1.get("/api/households/" + h);
        assertThat((String) household.read("$.monitoringStatus")).isEqualTo("REMOVED");
        assertThat((Object) household.read("$.monitoringCategory")).isNull();
        assertThat((List<String>) admin.get("/api/eliminations/requests?state=APPROVED&household=" + h).read("$[*].kind"))
                .containsExactly("REMOVAL");
        expect(clerk1.post("/api/eliminations/requests", removal), 422, "NOT_MONITORED");
    }

    @Test
    void aNewRiskAfterEliminationOpensIdentificationAgainAndIsReMarked() {
        long h = monitored("冯再标", clerk1);
        eliminate(h);
        long caseId = ((Number) expect(clerk1.post("/api/cases", Map.of("householdId", h, "comment", "突发重病")), 200, null)
                .read("$.id")).longValue();
        assertThat((String) clerk1.get("/api/households/" + h).read("$.monitoringStatus")).isEqualTo("IDENTIFYING");
        expect(clerk1.post("/api/eliminations", proposal(h)), 422, "NOT_ELIGIBLE");
        walkIdentification(caseId);
        assertThat((String) clerk1.get("/api/households/" + h).read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");
        assertThat(log.events).anySatisfy(e -> {
            assertThat(e).isInstanceOf(HouseholdIdentified.class);
            HouseholdIdentified i = (HouseholdIdentified) e;
            assertThat(i.householdId()).isEqualTo(h);
            assertThat(i.reMarked()).isTrue();
        });
        assertThat((List<String>) clerk1.get("/api/households/" + h + "/monitoring-history").read("$.entries[*].title"))
                .endsWith("公告风险消除（帮扶消除）", "启动识别认定", "公告纳入监测（突发严重困难户）");
    }

    @Test
    void theSweepKeepsTheDueStateOfOpenEliminations() {
        long h = monitored("陈期限", clerk1);
        long id = ((Number) expect(clerk1.post("/api/eliminations", proposal(h)), 200, null).read("$.id")).longValue();
        sweep.run();
        assertThat(jdbc.sql("select due_state || ' ' || next_due_step || ' ' || next_due from elimination_case where id = ?")
                .param(id).query(String.class).single()).isEqualTo("OK HOME_CHECK 2026-11-18");
        clock.plusDays(3);
        sweep.run();
        assertThat(jdbc.sql("select due_state || ' ' || swept_on from elimination_case where id = ?").param(id)
                .query(String.class).single()).isEqualTo("OVERDUE 2026-11-19");
        assertThat((String) clerk1.get("/api/eliminations?household=" + h).read("$[0].dueState")).isEqualTo("OVERDUE");
    }

    void walkIdentification(long id) {
        String base = "/api/cases/" + id + "/steps/";
        caseStep(base + "APPLICATION", id, "commitmentSigned", true, "authorisationSigned", true);
        caseStep(base + "HOME_CHECK", id, "findings", "户主突发重病");
        caseStep(base + "DEMOCRATIC_REVIEW", id, "meetingType", "ENLARGED_COMMITTEES", "attendees", List.of(
                Map.of("name", "张组长", "role", "GROUP_LEADER"), Map.of("name", "李网格", "role", "GRID_WORKER")),
                "votesFor", 2, "votesAgainst", 0, "minutes", "同意纳入");
        caseStep(base + "DATA_COMPARISON", id, "vehicles", "无", "housing", "无", "businessRegistration", "无", "publicEmployee", "无");
        LocalDate today = LocalDate.now(clock);
        clock.plusDays(5);
        caseStep(base + "PUBLICITY", id, "start", today.toString(), "end", today.plusDays(5).toString());
        caseStepAs(township, base + "TOWNSHIP_REVIEW", id, "approve", true, "opinion", "同意");
        caseStepAs(admin, base + "COUNTY_APPROVAL", id, "approve", true, "opinion", "同意", "category", "SUDDEN",
                "categoryReason", "因病", "riskTypes", List.of("ILLNESS"));
        caseStepAs(admin, base + "ANNOUNCEMENT", id);
    }

    void caseStep(String path, long id, Object... kv) {
        caseStepAs(clerk1, path, id, kv);
    }

    void caseStepAs(ApiClient who, String path, long id, Object... kv) {
        Map<String, Object> b = body(kv);
        b.put("version", clerk1.get("/api/cases/" + id).read("$.version"));
        expect(who.post(path, b), 200, null);
    }
}
