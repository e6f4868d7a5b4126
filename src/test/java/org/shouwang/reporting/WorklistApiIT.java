package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 我的待办 on 2026-11-16 in 报表县 (rows in {@link ReportCounty}): each user sees the work of their role and village,
 * overdue first, and the counts per township and village add up; bad region codes are 400, foreign ones 404.
 */
@IntegrationTest
@Import({ReportClock.class, ReportCounty.class})
class WorklistApiIT {

    @LocalServerPort
    int port;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, ReportCounty.PASSWORD);
    }

    ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    /** "kind head overdueDays" per item, in the order given. */
    List<String> items(String user) {
        ApiClient.Answer a = ok(as(user).get("/api/worklist"));
        List<Map<String, Object>> items = a.read("$.items");
        return items.stream().map(i -> i.get("kind") + " " + i.get("headName") + " " + i.get("overdueDays")).toList();
    }

    @Test
    void theVillageClerkSeesHisVillagesLateWorkOverdueFirst() {
        assertThat(items("r-clerk1")).containsExactly(
                "VISIT 甲乙 15",
                "CONTACT_PERSON 陈无人 7",
                "CONTACT_PERSON 褚旧人 7",
                "MEASURES 陈无人 4",
                "VISIT 赵走访 3",
                "CASE_STEP 孙核查 2",
                "CLUE 赵走访 1");
        ApiClient.Answer a = ok(as("r-clerk1").get("/api/worklist"));
        assertThat((Integer) a.read("$.total")).isEqualTo(7);
        assertThat((Integer) a.read("$.overdue")).isEqualTo(7);
        assertThat((String) a.read("$.today")).isEqualTo("2026-11-16");
        assertThat((String) a.read("$.items[5].title")).isEqualTo("识别认定 · 入户核查");
        assertThat((String) a.read("$.items[5].link")).isEqualTo("/cases/" + fixture().c1);
        assertThat((String) a.read("$.items[5].dueOn")).isEqualTo("2026-11-14");
        assertThat((String) a.read("$.items[5].villageName")).isEqualTo("甲一村");
        assertThat((String) a.read("$.items[6].link")).isEqualTo("/clues/" + fixture().k1);
        assertThat((String) a.read("$.items[1].dueOn")).as("5 working days from Monday 11-02").isEqualTo("2026-11-09");
        assertThat((String) a.read("$.items[4].link")).isEqualTo("/households/" + fixture().h1 + "/visit");
    }

    @Test
    void eachRoleGetsTheStepsItMayTake() {
        assertThat(items("r-grid1")).containsExactly("VISIT 甲乙 15", "VISIT 赵走访 3", "CASE_STEP 孙核查 2");
        assertThat(items("r-clerk2")).containsExactly("CASE_STEP 甲丙 67", "INCOME 钱收入 0");
        assertThat(items("r-township")).containsExactly("CONTACT_PERSON 陈无人 7", "CONTACT_PERSON 褚旧人 7",
                "MEASURES 陈无人 4", "CLUE 赵走访 1", "CASE_STEP 李审核 0");
        assertThat(items("r-county")).containsExactly("CASE_STEP 周审定 1");
        assertThat(items("r-admin")).containsExactly("CASE_STEP 周审定 1");
        assertThat(items("r-inspector")).isEmpty();
    }

    @Test
    void aContactPersonSeesTheSchedulesOfHisCurrentHouseholdsOnly() {
        assertThat(items("r-contact")).containsExactly("VISIT 赵走访 3");
    }

    @Test
    void aDueSoonItemIsNotOverdueAndACaseOnItsOverallClockNamesItsPendingStep() {
        ApiClient.Answer township = ok(as("r-township").get("/api/worklist"));
        assertThat((Boolean) township.read("$.items[4].overdue")).isFalse();
        assertThat((String) township.read("$.items[4].title")).isEqualTo("识别认定 · 乡镇审核");
        assertThat((Integer) township.read("$.dueSoon")).isEqualTo(1);
        ApiClient.Answer county = ok(as("r-county").get("/api/worklist"));
        assertThat((String) county.read("$.items[0].title")).isEqualTo("识别认定 · 县级审定（绿色通道）");
        assertThat((String) county.read("$.items[0].dueOn")).isEqualTo("2026-11-15");
        ApiClient.Answer summary = ok(as("r-clerk1").get("/api/worklist/summary"));
        assertThat((Integer) summary.read("$.total")).isEqualTo(7);
        assertThat((Integer) summary.read("$.overdue")).isEqualTo(7);
    }

    @Test
    void theCountyCountsPerTownshipAndTheTownshipPerVillage() {
        ApiClient.Answer county = ok(as("r-admin").get("/api/worklist/counts"));
        assertThat((List<String>) county.read("$.rows[*].regionName")).containsExactly("甲镇", "乙乡");
        // 甲镇: cases c1 + the open September case late, c2 due soon; schedules f1 and 甲乙 late, 钱收入 due soon;
        // 陈无人 and 褚旧人 without contact person, 陈无人 without measures; one clue late
        assertThat((Map<String, Object>) county.read("$.rows[0]")).containsAllEntriesOf(Map.of(
                "cases", Map.of("overdue", 2, "dueSoon", 1), "follow", Map.of("overdue", 2, "dueSoon", 1),
                "contactPersons", Map.of("overdue", 2, "dueSoon", 0), "measures", Map.of("overdue", 1, "dueSoon", 0),
                "clues", Map.of("overdue", 1, "dueSoon", 0), "overdue", 8, "dueSoon", 2));
        assertThat((Map<String, Object>) county.read("$.rows[1]")).containsAllEntriesOf(Map.of(
                "cases", Map.of("overdue", 1, "dueSoon", 0), "follow", Map.of("overdue", 0, "dueSoon", 1),
                "measures", Map.of("overdue", 1, "dueSoon", 0), "clues", Map.of("overdue", 2, "dueSoon", 0),
                "overdue", 4, "dueSoon", 1));
        assertThat((Integer) county.read("$.total.overdue")).isEqualTo(12);
        assertThat((String) county.read("$.regionName")).isEqualTo("报表县");

        ApiClient.Answer town = ok(as("r-admin").get("/api/worklist/counts?region=" + ReportCounty.TOWN_A));
        assertThat((List<String>) town.read("$.rows[*].regionName")).containsExactly("甲一村", "甲二村");
        assertThat((Integer) town.read("$.rows[0].overdue")).isEqualTo(7);
        assertThat((Integer) town.read("$.rows[1].cases.overdue")).isEqualTo(1);
        assertThat((Integer) town.read("$.rows[1].follow.dueSoon")).isEqualTo(1);
    }

    @Test
    void aVillageClerkCountsOnlyHisVillage() {
        ApiClient.Answer own = ok(as("r-clerk1").get("/api/worklist/counts"));
        assertThat((List<String>) own.read("$.rows[*].regionCode")).containsExactly(ReportCounty.V1);
        assertThat(as("r-clerk1").get("/api/worklist/counts?region=" + ReportCounty.TOWN_A).status()).isEqualTo(404);
        assertThat(as("r-clerk1").get("/api/worklist/counts?region=" + ReportCounty.V2).status()).isEqualTo(404);
        assertThat(as("r-township").get("/api/worklist/counts?region=" + ReportCounty.V3).status()).isEqualTo(404);
    }

    @Test
    void hostileRegionCodesAreRefusedWithACode() {
        ApiClient admin = as("r-admin");
        for (String bad : List.of("abc", "3499980010", "349998001001%27%20or%201%3D1--", "%E7%94%B2%E9%95%87",
                "1".repeat(5000), "-49998001001",
                java.net.URLEncoder.encode("３４９９９８００１００１", java.nio.charset.StandardCharsets.UTF_8))) {
            ApiClient.Answer a = admin.get("/api/worklist/counts?region=" + bad);
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertThat((String) a.read("$.code")).isEqualTo("BAD_REGION");
        }
        assertThat(new ApiClient(port).get("/api/worklist").status()).isEqualTo(401);
    }

    @Autowired
    ReportCounty county;

    ReportCounty fixture() {
        return county;
    }
}
