package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The inbox as village, township and county staff read it, on a fixed day: Wednesday 2026-11-18. */
@IntegrationTest
@Import(FixedDay.class)
class ClueInboxIT {

    static final LocalDate TODAY = FixedDay.TODAY;

    @LocalServerPort
    int port;

    @Autowired
    Clues clues;

    @Autowired
    Users users;

    ApiClient clerk1;
    ApiClient admin;

    @BeforeEach
    void login() {
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    @Test
    void signalsAboutOneHouseholdMeetInOneClueThatTheVillageSeesWithItsExplanation() {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, "赵守田");
        long clue = clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, household, TODAY.minusDays(2))).clueId();
        assertThat(clues.raise(InboxFixture.selfDeclaration(TestCounty.VILLAGE_1, household, TODAY)).clueId()).isEqualTo(clue);

        ApiClient.Answer list = clerk1.get("/api/clues?status=OPEN&household=" + household);
        assertThat(list.status()).isEqualTo(200);
        assertThat((Integer) list.read("$.total")).isEqualTo(1);
        assertThat((Integer) list.read("$.items[0].signalCount")).isEqualTo(2);
        assertThat((List<String>) list.read("$.items[0].channels[*].label")).containsExactlyInAnyOrder("农户自主申报", "部门筛查预警");
        assertThat((String) list.read("$.items[0].headName")).isEqualTo("赵守田");
        assertThat((String) list.read("$.items[0].headIdNumberMasked")).contains("********");
        assertThat((String) list.read("$.items[0].villageName")).isEqualTo("东村");
        assertThat((String) list.read("$.items[0].townshipName")).isEqualTo("一号镇");
        assertThat((Boolean) list.read("$.items[0].alreadyMonitored")).isFalse();

        ApiClient.Answer detail = clerk1.get("/api/clues/" + clue);
        assertThat(detail.status()).isEqualTo(200);
        assertThat((String) detail.read("$.regionPath")).isEqualTo("测试县/一号镇/东村");
        assertThat(((Number) detail.read("$.clue.householdId")).longValue()).isEqualTo(household);
        assertThat((Boolean) detail.read("$.decidable")).isTrue();
        assertThat((List<String>) detail.read("$.signals[*].channelLabel")).containsExactly("部门筛查预警", "农户自主申报");
        assertThat((String) detail.read("$.signals[0].source")).isEqualTo("医保局 · 2026年10月住院.xlsx · 第12行");
        assertThat((String) detail.read("$.signals[0].ruleCode")).isEqualTo("MEDICAL_SELF_PAID");
        assertThat((String) detail.read("$.signals[0].reason")).contains("超过 20,000 元");
        assertThat((Integer) detail.read("$.signals[0].values['自付费用']")).isEqualTo(23400);
        assertThat((String) detail.read("$.signals[0].raisedOn")).isEqualTo(TODAY.minusDays(2).toString());
    }

    @Test
    void aClerkSeesOnlyTheirVillageAndOthersCannotOpenOrDecideIt() {
        long east = Households.create(clerk1, TestCounty.VILLAGE_1, "钱东");
        long south = Households.create(admin, TestCounty.VILLAGE_2, "孙南");
        long eastClue = clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, east, TODAY)).clueId();
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_2, south, TODAY));

        assertThat((Integer) clerk1.get("/api/clues?household=" + south).read("$.total")).isZero();
        assertThat((Integer) clerk1.get("/api/clues?region=" + TestCounty.VILLAGE_2).read("$.total")).isZero();
        List<String> villages = clerk1.get("/api/clues?size=200").read("$.items[*].regionCode");
        assertThat(villages).isNotEmpty().allMatch(TestCounty.VILLAGE_1::equals);
        assertThat((Integer) admin.get("/api/clues?household=" + south).read("$.total")).isEqualTo(1);

        ApiClient clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        assertThat(clerk2.get("/api/clues/" + eastClue).status()).isEqualTo(404);
        ApiClient.Answer foreign = clerk2.post("/api/clues/" + eastClue + "/decision", decision("START_IDENTIFICATION", null, null, 0));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat((String) foreign.read("$.code")).isEqualTo("NOT_FOUND");

        ApiClient grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        assertThat(grid.get("/api/clues/" + eastClue).status()).isEqualTo(200);
        assertThat((Boolean) grid.get("/api/clues/" + eastClue).read("$.decidable")).isFalse();
        for (ApiClient watcher : List.of(grid, ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD))) {
            ApiClient.Answer refused = watcher.post("/api/clues/" + eastClue + "/decision", decision("START_IDENTIFICATION", null, null, 0));
            assertThat(refused.status()).isEqualTo(403);
            assertThat((String) refused.read("$.code")).isEqualTo("CLUE_DECIDE_FORBIDDEN");
        }
        assertThat((String) clerk1.get("/api/clues/" + eastClue).read("$.clue.status")).isEqualTo("OPEN");

        if (users.byUsername("t-liaison-inbox").isEmpty()) {
            users.create("t-liaison-inbox", "医保联络员", Role.DEPARTMENT_LIAISON, TestCounty.COUNTY, TestCounty.PASSWORD);
        }
        ApiClient liaison = ApiClient.loggedIn(port, "t-liaison-inbox", TestCounty.PASSWORD);
        for (String path : List.of("/api/clues", "/api/clues/" + eastClue, "/api/clues/counts")) {
            ApiClient.Answer refused = liaison.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat((String) refused.read("$.code")).isEqualTo("CLUE_READ_FORBIDDEN");
        }
    }

    @Test
    void dueDatesAreFiveWorkingDaysAndLateCluesAreFlaggedByTheClock() {
        long late = Households.create(clerk1, TestCounty.VILLAGE_1, "周迟");
        long soon = Households.create(clerk1, TestCounty.VILLAGE_1, "吴急");
        long fresh = Households.create(clerk1, TestCounty.VILLAGE_1, "郑新");
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, late, LocalDate.of(2026, 11, 2)));
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, soon, LocalDate.of(2026, 11, 13)));
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, fresh, LocalDate.of(2026, 11, 16)));

        ApiClient.Answer lateRow = clerk1.get("/api/clues?household=" + late);
        assertThat((String) lateRow.read("$.items[0].dueOn")).isEqualTo("2026-11-09");
        assertThat((Boolean) lateRow.read("$.items[0].overdue")).isTrue();
        assertThat((Integer) lateRow.read("$.items[0].workingDaysLeft")).isEqualTo(-7);
        ApiClient.Answer soonRow = clerk1.get("/api/clues?household=" + soon);
        assertThat((String) soonRow.read("$.items[0].dueOn")).isEqualTo("2026-11-20");
        assertThat((Boolean) soonRow.read("$.items[0].overdue")).isFalse();
        assertThat((Boolean) soonRow.read("$.items[0].dueSoon")).isTrue();
        assertThat((Integer) soonRow.read("$.items[0].workingDaysLeft")).isEqualTo(2);
        ApiClient.Answer freshRow = clerk1.get("/api/clues?household=" + fresh);
        assertThat((Boolean) freshRow.read("$.items[0].dueSoon")).isFalse();
        assertThat((Integer) freshRow.read("$.items[0].workingDaysLeft")).isEqualTo(3);

        assertThat((Integer) clerk1.get("/api/clues?overdue=true&household=" + late).read("$.total")).isEqualTo(1);
        assertThat((Integer) clerk1.get("/api/clues?overdue=true&household=" + soon).read("$.total")).isZero();
        List<Boolean> overdue = clerk1.get("/api/clues?overdue=true&size=200").read("$.items[*].overdue");
        assertThat(overdue).isNotEmpty().allMatch(Boolean.TRUE::equals);
    }

    @Test
    void openOverdueAndDueSoonAreCountedPerTownshipAndPerVillage() {
        Map<String, Object> before = countsOf(admin.get("/api/clues/counts"));
        Map<String, Object> villagesBefore = countsOf(ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD).get("/api/clues/counts"));
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1, Households.create(clerk1, TestCounty.VILLAGE_1, "冯甲"), LocalDate.of(2026, 11, 2)));
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_1B, Households.create(admin, TestCounty.VILLAGE_1B, "陈乙"), LocalDate.of(2026, 11, 13)));
        clues.raise(InboxFixture.medicalCost(TestCounty.VILLAGE_2, Households.create(admin, TestCounty.VILLAGE_2, "褚丙"), TODAY));

        ApiClient.Answer county = admin.get("/api/clues/counts");
        assertThat(county.status()).isEqualTo(200);
        // other test classes add townships of their own to the shared test county; these two must be there, in order
        assertThat((List<String>) county.read("$.children[*].regionName")).containsSubsequence("一号镇", "二号乡");
        Map<String, Object> after = countsOf(county);
        assertThat(delta(before, after, TestCounty.TOWNSHIP_1)).containsExactly(2L, 1L, 1L);
        assertThat(delta(before, after, TestCounty.TOWNSHIP_2)).containsExactly(1L, 0L, 0L);

        ApiClient township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        ApiClient.Answer villages = township.get("/api/clues/counts");
        assertThat((List<String>) villages.read("$.children[*].regionName")).containsExactly("东村", "西村");
        Map<String, Object> villagesAfter = countsOf(villages);
        assertThat(delta(villagesBefore, villagesAfter, TestCounty.VILLAGE_1)).containsExactly(1L, 1L, 0L);
        assertThat(delta(villagesBefore, villagesAfter, TestCounty.VILLAGE_1B)).containsExactly(1L, 0L, 1L);

        assertThat(township.get("/api/clues/counts?region=" + TestCounty.TOWNSHIP_2).status()).isEqualTo(404);
        assertThat((String) township.get("/api/clues/counts?region=abc").read("$.code")).isEqualTo("REGION_INVALID");
        ApiClient.Answer own = clerk1.get("/api/clues/counts");
        assertThat((List<String>) own.read("$.children[*].regionCode")).containsExactly(TestCounty.VILLAGE_1);
    }

    static Map<String, Object> decision(String outcome, String reason, String note, Integer version) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outcome", outcome);
        body.put("reason", reason);
        body.put("note", note);
        body.put("version", version);
        return body;
    }

    /** Per child region code: [open, overdue, dueSoon]. */
    private static Map<String, Object> countsOf(ApiClient.Answer a) {
        Map<String, Object> out = new java.util.HashMap<>();
        List<Map<String, Object>> children = a.read("$.children");
        for (Map<String, Object> c : children) {
            out.put((String) c.get("regionCode"), List.of(num(c.get("open")), num(c.get("overdue")), num(c.get("dueSoon"))));
        }
        return out;
    }

    private static List<Long> delta(Map<String, Object> before, Map<String, Object> after, String region) {
        List<Long> b = (List<Long>) before.get(region);
        List<Long> a = (List<Long>) after.get(region);
        return List.of(a.get(0) - b.get(0), a.get(1) - b.get(1), a.get(2) - b.get(2));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
