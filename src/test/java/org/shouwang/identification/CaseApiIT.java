package org.shouwang.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;

/** A case opened by the village's decision on a clue walks every step as the right roles, and nothing else gets by. */
@IntegrationTest
@Import(CaseClock.class)
class CaseApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Clues clues;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    ApiClient clerk1;
    ApiClient clerk2;
    ApiClient township;
    ApiClient admin;

    @BeforeEach
    void login() {
        clock.set(CaseClock.START);
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    /** A household in 东村 with a clue the clerk decides 启动识别认定; answers {household, case}. */
    long[] caseFromClue(String head) {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, head);
        String ref = "declaration:" + UUID.randomUUID().toString().substring(0, 8);
        long clue = clues.raise(new ClueSignal(TestCounty.VILLAGE_1, household, null, null, Channel.SELF_DECLARATION,
                "农户自主申报", ref, null, "户主因病住院，家庭收入骤减", Map.of(), CaseClock.START.toLocalDate(), ref)).clueId();
        int v = clerk1.get("/api/clues/" + clue).read("$.version");
        Map<String, Object> decision = new HashMap<>();
        decision.put("outcome", "START_IDENTIFICATION");
        decision.put("version", v);
        ApiClient.Answer decided = clerk1.post("/api/clues/" + clue + "/decision", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Long id = jdbc.queryForObject("select id from identification_case where household_id = ?", Long.class, household);
        return new long[] {household, id};
    }

    static Map<String, Object> body(int version, Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    ApiClient.Answer step(ApiClient who, long id, String step, Map<String, Object> body) {
        return who.post("/api/cases/" + id + "/steps/" + step, body);
    }

    int version(long id) {
        return clerk1.get("/api/cases/" + id).read("$.version");
    }

    ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    static List<Map<String, Object>> meeting() {
        return List.of(Map.of("name", "张组长", "role", "GROUP_LEADER"), Map.of("name", "李网格", "role", "GRID_WORKER"),
                Map.of("name", "王书记", "role", "VILLAGE_CADRE"));
    }

    void throughReview(long id) {
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true,
                "evidence", "承诺授权书.jpg")));
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "户主住院，医疗自付 2.3 万元")));
        ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "ENLARGED_COMMITTEES",
                "attendees", meeting(), "votesFor", 3, "votesAgainst", 0, "minutes", "一致同意纳入")));
    }

    @Test
    void aClueDecisionOpensACaseThatWalksEveryStepToAMonitoredHousehold() {
        long[] opened = caseFromClue("郑认定");
        long household = opened[0];
        long id = opened[1];
        ApiClient.Answer detail = ok(clerk1.get("/api/cases/" + id));
        assertThat((String) detail.read("$.state")).isEqualTo("OPENED");
        assertThat((String) detail.read("$.suggestedCategory")).isEqualTo("UNSTABLE");
        assertThat((String) detail.read("$.steps[0].step")).isEqualTo("OPEN");
        assertThat((String) detail.read("$.deadlines.overallDue")).isEqualTo("2026-12-01");
        assertThat((String) clerk1.get("/api/households/" + household).read("$.monitoringStatus")).isEqualTo("IDENTIFYING");

        // The decision delivered again, or a clerk opening by hand, finds the open case.
        ApiClient.Answer again = clerk1.post("/api/cases", Map.of("householdId", household));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("CASE_ALREADY_OPEN");

        ApiClient.Answer early = step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING",
                "attendees", meeting(), "votesFor", 3, "votesAgainst", 0, "minutes", "x"));
        assertThat(early.status()).isEqualTo(422);
        assertThat((String) early.read("$.code")).isEqualTo("STEP_OUT_OF_ORDER");

        ApiClient grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        ApiClient.Answer byGrid = step(grid, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true));
        assertThat(byGrid.status()).isEqualTo(403);
        assertThat((String) byGrid.read("$.code")).isEqualTo("ROLE_NOT_ALLOWED");

        throughReview(id);
        ApiClient.Answer missingGrid = step(clerk1, id, "PUBLICITY", body(version(id), "start", "2026-11-16", "end", "2026-11-20"));
        assertThat((String) missingGrid.read("$.code")).isEqualTo("PUBLICITY_TOO_SHORT");
        assertThat((String) missingGrid.read("$.detail")).isEqualTo("公示时间不少于 5 天");
        ok(step(clerk1, id, "DATA_COMPARISON", body(version(id), "vehicles", "无", "housing", "无商品房",
                "businessRegistration", "无", "publicEmployee", "无")));
        clock.plusDays(5);
        ok(step(clerk1, id, "PUBLICITY", body(version(id), "start", "2026-11-16", "end", "2026-11-21", "objections", "无异议")));

        ApiClient.Answer clerkReviews = step(clerk1, id, "TOWNSHIP_REVIEW", body(version(id), "approve", true, "opinion", "同意"));
        assertThat(clerkReviews.status()).isEqualTo(403);
        assertThat((String) clerkReviews.read("$.code")).isEqualTo("ROLE_NOT_ALLOWED");
        clock.plusDays(1);
        ok(step(township, id, "TOWNSHIP_REVIEW", body(version(id), "approve", true, "opinion", "经审核，同意上报")));
        ApiClient.Answer townshipApproves = step(township, id, "COUNTY_APPROVAL", body(version(id), "approve", true,
                "opinion", "同意", "category", "MARGINAL", "riskTypes", List.of("ILLNESS")));
        assertThat(townshipApproves.status()).isEqualTo(403);
        ApiClient.Answer noReason = step(admin, id, "COUNTY_APPROVAL", body(version(id), "approve", true,
                "opinion", "同意", "category", "SUDDEN", "riskTypes", List.of("ILLNESS")));
        assertThat((String) noReason.read("$.code")).isEqualTo("CATEGORY_REASON_REQUIRED");
        ok(step(admin, id, "COUNTY_APPROVAL", body(version(id), "approve", true, "opinion", "同意纳入",
                "category", "SUDDEN", "categoryReason", "因病突发严重困难", "riskTypes", List.of("ILLNESS", "MEDICAL_EXPENSE"))));
        ApiClient.Answer done = ok(step(admin, id, "ANNOUNCEMENT", body(version(id), "comment", "已在村务公开栏公告")));

        assertThat((String) done.read("$.state")).isEqualTo("ANNOUNCED");
        assertThat((String) done.read("$.stateLabel")).isEqualTo("已公告纳入");
        assertThat((List<String>) done.read("$.steps[*].actor")).containsExactly("clue:" + done.read("$.clueId"),
                "t-clerk1", "t-clerk1", "t-clerk1", "t-clerk1", "t-clerk1", "t-township", "t-admin", "t-admin");
        assertThat((List<String>) done.read("$.steps[*].after")).endsWith("TOWNSHIP_APPROVED", "COUNTY_APPROVED", "ANNOUNCED");
        assertThat((List<String>) done.read("$.steps[*].at")).last().asString().startsWith("2026-11-22");
        assertThat((Boolean) done.read("$.deadlines.overallExceeded")).isFalse();
        assertThat((List<Boolean>) done.read("$.deadlines.steps[*].overdue")).containsOnly(false);

        ApiClient.Answer h = clerk1.get("/api/households/" + household);
        assertThat((String) h.read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");
        assertThat((String) h.read("$.monitoringCategory")).isEqualTo("SUDDEN");
        assertThat(jdbc.queryForList("select after_value from change_log where household_id = ? and field = 'monitoringStatus' order by id",
                String.class, household)).containsExactly("IDENTIFYING", "RISK_ACTIVE");
        assertThat(jdbc.queryForObject("select source from change_log where household_id = ? and field = 'monitoringCategory'",
                String.class, household)).isEqualTo("identification:" + id);

        ApiClient.Answer closed = step(admin, id, "ANNOUNCEMENT", body(version(id)));
        assertThat((String) closed.read("$.code")).isEqualTo("CASE_CLOSED");
        ApiClient.Answer reopen = clerk1.post("/api/cases", Map.of("householdId", household));
        assertThat(reopen.status()).isEqualTo(422);
        assertThat((String) reopen.read("$.code")).isEqualTo("ALREADY_MONITORED");
    }

    @Test
    void aDecisionDeliveredTwiceOpensOneCaseAndOtherOutcomesOpenNone() {
        long[] opened = caseFromClue("韩两次");
        long clue = jdbc.queryForObject("select clue_id from identification_case where id = ?", Long.class, opened[1]);
        ClueDecided again = new ClueDecided(clue, opened[0], ClueOutcome.START_IDENTIFICATION, null, null, List.of());
        tx.executeWithoutResult(s -> events.publishEvent(again));
        tx.executeWithoutResult(s -> events.publishEvent(again));
        assertThat(jdbc.queryForObject("select count(*) from identification_case where household_id = ?", Integer.class,
                opened[0])).isEqualTo(1);

        long other = Households.create(clerk1, TestCounty.VILLAGE_1, "杨不纳");
        tx.executeWithoutResult(s -> events.publishEvent(new ClueDecided(clue, other, ClueOutcome.NOT_INCLUDED, "x", "x", List.of())));
        tx.executeWithoutResult(s -> events.publishEvent(new ClueDecided(clue, null, ClueOutcome.START_IDENTIFICATION, null, null, List.of())));
        assertThat(jdbc.queryForObject("select count(*) from identification_case where household_id = ?", Integer.class,
                other)).isZero();
    }

    @Test
    void twoWritersOnOneVersionCannotBothWin() {
        long id = caseFromClue("冯并发")[1];
        int v = version(id);
        Map<String, Object> application = body(v, "commitmentSigned", true, "authorisationSigned", true);
        ApiClient.Answer first = step(clerk1, id, "APPLICATION", application);
        ApiClient.Answer second = step(township, id, "APPLICATION", application);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat((String) second.read("$.code")).isEqualTo("CASE_CHANGED");
        ApiClient.Answer noVersion = step(clerk1, id, "HOME_CHECK", Map.of("findings", "核实"));
        assertThat((String) noVersion.read("$.code")).isEqualTo("CASE_CHANGED");
        assertThat((Integer) clerk1.get("/api/cases/" + id).read("$.steps.length()")).isEqualTo(2);
    }

    @Test
    void anotherVillageSeesNothingAndAHandOpenedCaseIsScoped() {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, "褚手动");
        ApiClient.Answer byOther = clerk2.post("/api/cases", Map.of("householdId", household));
        assertThat(byOther.status()).isEqualTo(404);
        ApiClient.Answer opened = clerk1.post("/api/cases", Map.of("householdId", household, "comment", "入户走访发现"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = ((Number) opened.read("$.id")).longValue();
        assertThat(clerk2.get("/api/cases/" + id).status()).isEqualTo(404);
        ApiClient.Answer foreignStep = step(clerk2, id, "APPLICATION", body(0, "commitmentSigned", true, "authorisationSigned", true));
        assertThat(foreignStep.status()).isEqualTo(404);
        assertThat((List<Integer>) clerk2.get("/api/cases").read("$[*].id")).doesNotContain((int) id);
        assertThat((List<Integer>) clerk1.get("/api/cases?status=OPENED").read("$[*].id")).contains((int) id);
        assertThat((List<Integer>) township.get("/api/cases?region=" + TestCounty.VILLAGE_1).read("$[*].id")).contains((int) id);
        assertThat(clerk1.get("/api/cases?region=" + TestCounty.VILLAGE_2).status()).isEqualTo(404);
        assertThat(clerk1.get("/api/cases/999999999").status()).isEqualTo(404);
        ApiClient.Answer unknownClue = clerk1.post("/api/cases", Map.of("clueId", 999999999));
        assertThat(unknownClue.status()).isEqualTo(404);
        assertThat((String) clerk1.post("/api/cases", Map.of()).read("$.code")).isEqualTo("HOUSEHOLD_REQUIRED");
    }

    @Test
    void overdueCasesAreListedAndRejectionsRestoreTheHousehold() {
        long[] opened = caseFromClue("卫超期");
        long id = opened[1];
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        assertThat((List<Integer>) clerk1.get("/api/cases?overdue=true").read("$[*].id")).doesNotContain((int) id);
        clock.plusDays(3);
        assertThat((List<Integer>) clerk1.get("/api/cases?overdue=true").read("$[*].id")).contains((int) id);
        ApiClient.Answer counts = ok(admin.get("/api/cases/counts"));
        assertThat((List<String>) counts.read("$[*].townshipCode")).contains(TestCounty.TOWNSHIP_1);
        assertThat((List<Integer>) counts.read("$[?(@.townshipCode == '" + TestCounty.TOWNSHIP_1 + "')].overdue")).first()
                .satisfies(n -> assertThat(n).isPositive());
        assertThat((List<String>) clerk2.get("/api/cases/counts").read("$[*].townshipCode")).isEmpty();
        ApiClient.Answer d = clerk1.get("/api/cases/" + id);
        assertThat((String) d.read("$.deadlines.steps[0].step")).isEqualTo("HOME_CHECK");
        assertThat((Boolean) d.read("$.deadlines.steps[0].overdue")).isTrue();
        assertThat((String) d.read("$.deadlines.steps[0].due")).isEqualTo("2026-11-18");

        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "收入稳定")));
        ApiClient.Answer rejected = ok(step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING",
                "attendees", meeting(), "votesFor", 0, "votesAgainst", 3, "minutes", "收入稳定，不同意纳入")));
        assertThat((String) rejected.read("$.state")).isEqualTo("NOT_INCLUDED");
        assertThat((String) rejected.read("$.outcomeReason")).contains("民主评议未通过");
        assertThat((String) clerk1.get("/api/households/" + opened[0]).read("$.monitoringStatus")).isEqualTo("NOT_MONITORED");
        // The household may be opened again later (a new risk); the closed case stays.
        assertThat(clerk1.post("/api/cases", Map.of("householdId", opened[0])).status()).isEqualTo(200);
    }

    @Test
    void badInputIsAClearClientError() {
        long id = caseFromClue("蒋坏数据")[1];
        ApiClient.Answer malformed = clerk1.postRaw("/api/cases/" + id + "/steps/APPLICATION", "application/json",
                "{\"version\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(step(clerk1, id, "DROP%20TABLE", body(0)).status()).isEqualTo(400);
        assertThat((String) step(clerk1, id, "OPEN", body(0)).read("$.code")).isEqualTo("STEP_UNKNOWN");
        assertThat(step(clerk1, id, "APPLICATION", Map.of("version", "abc")).status()).isEqualTo(400);
        ok(step(clerk1, id, "APPLICATION", body(version(id), "commitmentSigned", true, "authorisationSigned", true)));
        ApiClient.Answer huge = step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "核".repeat(6000)));
        assertThat((String) huge.read("$.code")).isEqualTo("TEXT_TOO_LONG");
        ApiClient.Answer badDate = step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "x", "start", "2026-13-45"));
        assertThat(badDate.status()).isEqualTo(400);
        ok(step(clerk1, id, "HOME_CHECK", body(version(id), "findings", "'; delete from household; --")));
        ApiClient.Answer badMeeting = step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "坝坝会",
                "attendees", meeting(), "votesFor", 3, "votesAgainst", 0, "minutes", "x"));
        assertThat((String) badMeeting.read("$.code")).isEqualTo("MEETING_TYPE_UNKNOWN");
        ApiClient.Answer noGrid = step(clerk1, id, "DEMOCRATIC_REVIEW", body(version(id), "meetingType", "VILLAGERS_MEETING",
                "attendees", List.of(Map.of("name", "张组长", "role", "GROUP_LEADER")), "votesFor", 1, "votesAgainst", 0, "minutes", "x"));
        assertThat(noGrid.status()).isEqualTo(422);
        assertThat((String) noGrid.read("$.code")).isEqualTo("ATTENDEES_MISSING_GRID_WORKER");
        assertThat(clerk1.get("/api/cases?status=NOPE").status()).isEqualTo(400);
        assertThat(clerk1.get("/api/cases?region=12").status()).isEqualTo(400);
        assertThat(clerk1.get("/api/cases/abc").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class)).isPositive();
    }

    @Test
    void theCasesOfOneHouseholdAreFoundForTheLinkFromItsClue() {
        long[] opened = caseFromClue("钱链接");
        long other = Households.create(clerk1, TestCounty.VILLAGE_1, "孙无案");
        ApiClient.Answer mine = ok(clerk1.get("/api/cases?household=" + opened[0]));
        assertThat((List<Integer>) mine.read("$[*].id")).containsExactly((int) opened[1]);
        assertThat((String) mine.read("$[0].headName")).isEqualTo("钱链接");
        assertThat((String) mine.read("$[0].villageName")).isEqualTo("东村");
        // other filters are ignored: the household's own cases, whatever the status asked for
        assertThat((List<Integer>) ok(clerk1.get("/api/cases?household=" + opened[0] + "&status=ANNOUNCED")).read("$[*].id"))
                .containsExactly((int) opened[1]);
        assertThat((List<Integer>) ok(clerk1.get("/api/cases?household=" + other)).read("$[*].id")).isEmpty();
        assertThat(township.get("/api/cases?household=" + opened[0]).status()).isEqualTo(200);

        ApiClient.Answer outside = clerk2.get("/api/cases?household=" + opened[0]);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(clerk1.get("/api/cases?household=999999999").status()).isEqualTo(404);
        for (String bad : new String[] {"abc", "1%20or%201=1", "%E4%B8%9C", "99999999999999999999999"}) {
            ApiClient.Answer a = clerk1.get("/api/cases?household=" + bad);
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertThat((String) a.read("$.code")).as(bad).isEqualTo("BAD_FILTER");
        }
    }
}
