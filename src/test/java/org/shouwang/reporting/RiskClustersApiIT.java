package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.reporting.internal.DashboardTally;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 规模性返贫风险 in 看板县 ({@link DashboardCounty}): clusters on both sides of the number of clues and of the days, by
 * the share of a small village's households, and across a township's villages; scope and hostile parameters.
 */
@IntegrationTest
@Import({ReportClock.class, DashboardCounty.class})
class RiskClustersApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardTally tally;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, DashboardCounty.PASSWORD);
    }

    static ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    void theDefaultsFindAVillageATownshipAndASmallVillageCluster() {
        ApiClient.Answer a = ok(as("d-admin").get("/api/dashboard/risk-clusters"));
        assertThat((Map<String, Object>) a.read("$.params")).containsEntry("days", 14).containsEntry("minClues", 5);
        assertThat((String) a.read("$.from")).isEqualTo("2026-11-03");
        assertThat((List<String>) a.read("$.clusters[*].explanation")).containsExactly(
                "西乡 14 天内 5 条因务工就业不稳线索（分布在 2 个村），占该乡镇农户 1.67%",
                "三村 14 天内 5 条因灾线索，占该村农户 2.5%",
                "一村 14 天内 2 条“DASH_PRICE_FALL”线索，占该村农户 20%");
        assertThat((List<String>) a.read("$.clusters[*].level")).containsExactly("TOWNSHIP", "VILLAGE", "VILLAGE");
        // 三村's 因灾 declarations per 14-day window: one on 11-02, five since 11-03
        assertThat((List<Integer>) a.read("$.clusters[1].trend")).containsExactly(0, 0, 0, 0, 1, 5);
        assertThat((List<String>) a.read("$.clusters[1].clueHouseholds[*].villageName")).hasSize(5).containsOnly("三村");
        assertThat((Integer) a.read("$.clusters[1].households")).isEqualTo(200);
        assertThat((List<String>) a.read("$.clusters[0].clueHouseholds[*].villageName"))
                .containsExactlyInAnyOrder("三村", "三村", "三村", "四村", "四村");
    }

    @Test
    void oneClueFewerOrOneDayShorterIsNoCluster() {
        ApiClient admin = as("d-admin");
        // six needed: 三村 has five (2.5 %, under the 3 % share) and 西乡 five; 一村's two are 20 % of ten households
        assertThat((List<String>) ok(admin.get("/api/dashboard/risk-clusters?min=6")).read("$.clusters[*].regionName"))
                .containsExactly("一村");
        // fifteen days reach 三村's declaration of 11-02: six
        ApiClient.Answer longer = ok(admin.get("/api/dashboard/risk-clusters?min=6&days=15"));
        assertThat((List<String>) longer.read("$.clusters[*].explanation")).containsExactly(
                "三村 15 天内 6 条因灾线索，占该村农户 3%", "一村 15 天内 2 条“DASH_PRICE_FALL”线索，占该村农户 20%");
        // thirteen days lose 11-03: 三村 has four (2 %); 西乡's visits since 11-06 all stay in, until ten days
        assertThat((List<String>) ok(admin.get("/api/dashboard/risk-clusters?days=13")).read("$.clusters[*].regionName"))
                .containsExactly("西乡", "一村");
        assertThat((List<String>) ok(admin.get("/api/dashboard/risk-clusters?days=11")).read("$.clusters[*].regionName"))
                .containsExactly("西乡", "一村");
        assertThat((List<String>) ok(admin.get("/api/dashboard/risk-clusters?days=10")).read("$.clusters[*].regionName"))
                .containsExactly("一村");
    }

    @Test
    void eachUserSeesTheClustersOfHisScope() {
        assertThat((List<String>) ok(as("d-clerk1").get("/api/dashboard/risk-clusters")).read("$.clusters[*].regionName"))
                .containsExactly("一村");
        assertThat((List<String>) ok(as("d-township").get("/api/dashboard/risk-clusters"))
                .read("$.clusters[*].regionName")).containsExactly("一村");
        assertThat((List<String>) ok(as("d-admin").get("/api/dashboard/risk-clusters?region=" + DashboardCounty.WEST))
                .read("$.clusters[*].regionName")).containsExactly("西乡", "三村");
        assertThat(as("d-township").get("/api/dashboard/risk-clusters?region=" + DashboardCounty.WEST).status())
                .isEqualTo(404);
    }

    @Test
    void aClueSignalledAgainMonthsLaterCountsOnItsFirstDay() {
        // 一村: a DASH_REPEAT clue first signalled in June and again on 11-14, and a new one on 11-15. Only the new
        // one is in the window, and one clue is never a cluster; counted on the later signal it would be two (20 %).
        long old = decidedClue("2026-06-01");
        signal(old, "2026-06-01", "dash-repeat-june");
        signal(old, "2026-11-14", "dash-repeat-november");
        signal(decidedClue("2026-11-15"), "2026-11-15", "dash-repeat-new");
        tally.refresh();
        assertThat((List<String>) ok(as("d-clerk1").get("/api/dashboard/risk-clusters")).read("$.clusters[*].kind"))
                .containsExactly("RULE:DASH_PRICE_FALL");
        ApiClient.Answer longer = ok(as("d-clerk1").get("/api/dashboard/risk-clusters?days=90&min=2"));
        assertThat((List<String>) longer.read("$.clusters[*].kind")).contains("RULE:DASH_PRICE_FALL")
                .doesNotContain("RULE:DASH_REPEAT");
    }

    private long decidedClue(String day) {
        return jdbc.queryForObject("""
                insert into risk_clue (region_code, subject_name, status, opened_on) values (?, '未建档人员', 'DECIDED', ?::date)
                returning id""", Long.class, DashboardCounty.V1, day);
    }

    private void signal(long clue, String day, String key) {
        jdbc.update("""
                insert into clue_signal (clue_id, channel, rule_code, reason, rule_values, raised_on, dedup_key)
                values (?, 'SCREENING_RUN', 'DASH_REPEAT', '测试信号', '{}'::json, ?::date, ?)""", clue, day, key);
    }

    @Test
    void hostileParametersAreRefusedWithACode() {
        ApiClient admin = as("d-admin");
        Map<String, String> bad = Map.of(
                "days=0", "BAD_DAYS", "days=91", "BAD_DAYS", "days=abc", "BAD_DAYS", "days=1e3", "BAD_DAYS",
                "days=-1", "BAD_DAYS", "min=1", "BAD_MIN", "min=99999999999999999999", "BAD_MIN",
                "min=5%27;drop%20table%20risk_clue;--", "BAD_MIN", "days=%EF%BC%91%EF%BC%94", "BAD_DAYS",
                "region=abc", "BAD_REGION");
        bad.forEach((query, code) -> {
            ApiClient.Answer a = admin.get("/api/dashboard/risk-clusters?" + query);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat((String) a.read("$.code")).as(query).isEqualTo(code);
            assertThat((String) a.read("$.detail")).as(query).isNotBlank();
        });
        assertThat(admin.get("/api/dashboard/risk-clusters?days=90&min=1000").status()).isEqualTo(200);
    }
}
