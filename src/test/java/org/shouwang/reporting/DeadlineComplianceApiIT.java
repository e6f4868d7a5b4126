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
 * 时限监测 for September 2026 in 报表县 (rows in {@link ReportCounty}), figure by figure, per township and per village;
 * November shows clocks still running as pending; bad periods and regions are 400, foreign regions 404.
 */
@IntegrationTest
@Import({ReportClock.class, ReportCounty.class})
class DeadlineComplianceApiIT {

    static final String SEPTEMBER = "from=2026-09-01&to=2026-09-30";

    @LocalServerPort
    int port;

    @Autowired
    ComplianceSnapshot snapshot;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, ReportCounty.PASSWORD);
    }

    ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    static Map<String, Object> ratio(int numerator, int denominator, int pending) {
        return Map.of("numerator", numerator, "denominator", denominator, "pending", pending);
    }

    @Test
    void septemberPerTownshipCountsEveryClockThatStartedInIt() {
        ApiClient.Answer a = ok(as("r-admin").get("/api/reports/deadline-compliance?" + SEPTEMBER));
        assertThat((List<String>) a.read("$.rows[*].regionName")).containsExactly("甲镇", "乙乡");
        // 甲镇: s1 within 15 days, s2 concluded late, s3 still open past its overall day; 乙乡: s4 within its computed day
        assertThat((Map<String, Object>) a.read("$.rows[0].identification")).containsAllEntriesOf(ratio(1, 3, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].identification")).containsAllEntriesOf(ratio(1, 1, 0));
        // contact persons: 甲甲 due on the 调休 Sunday 09-20 and assigned 09-21; 乙甲's day moved by 中秋 to 09-30
        assertThat((Map<String, Object>) a.read("$.rows[0].contactPersons")).containsAllEntriesOf(ratio(0, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].contactPersons")).containsAllEntriesOf(ratio(1, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[0].measures")).containsAllEntriesOf(ratio(1, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].measures")).containsAllEntriesOf(ratio(0, 1, 0));
        // 5 days to find: decided the day raised (yes), decided after 7 days (no); open clue (no), decided next day (yes)
        assertThat((Map<String, Object>) a.read("$.rows[0].find")).containsAllEntriesOf(ratio(1, 2, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].find")).containsAllEntriesOf(ratio(1, 2, 0));
        // 10 days to handle: case concluded after 13 days (no), not included on day 7 (yes); open (no), 15 days (no)
        assertThat((Map<String, Object>) a.read("$.rows[0].handle")).containsAllEntriesOf(ratio(1, 2, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].handle")).containsAllEntriesOf(ratio(0, 2, 0));
        // 30 days to help: first measure on day 19 (yes); none after 30 days (no)
        assertThat((Map<String, Object>) a.read("$.rows[0].help")).containsAllEntriesOf(ratio(1, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].help")).containsAllEntriesOf(ratio(0, 1, 0));
        // visits: 甲镇 1 of 3 schedules not overdue and 1 of 3 expected visits done; 乙乡's quarterly one on time
        assertThat((Map<String, Object>) a.read("$.rows[0].visitsOnTime")).containsAllEntriesOf(ratio(1, 3, 0));
        assertThat((Map<String, Object>) a.read("$.rows[0].visitsInPeriod")).containsAllEntriesOf(ratio(1, 3, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].visitsOnTime")).containsAllEntriesOf(ratio(1, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].visitsInPeriod")).containsAllEntriesOf(ratio(1, 1, 0));
        assertThat((Map<String, Object>) a.read("$.total.identification")).containsAllEntriesOf(ratio(2, 4, 0));
        assertThat((Map<String, Object>) a.read("$.total.handle")).containsAllEntriesOf(ratio(1, 4, 0));
        assertThat((Double) a.read("$.total.identification.rate")).isEqualTo(0.5);
        assertThat((Double) a.read("$.rows[0].identification.rate")).isEqualTo(0.3333);
        assertThat((Map<String, Object>) a.read("$.clueDays")).isEqualTo(Map.of("find", 5, "handle", 10, "help", 30));
    }

    @Test
    void aTownshipDrillsDownToItsVillages() {
        ApiClient.Answer a = ok(as("r-admin").get("/api/reports/deadline-compliance?region=" + ReportCounty.TOWN_A
                + "&" + SEPTEMBER));
        assertThat((List<String>) a.read("$.rows[*].regionName")).containsExactly("甲一村", "甲二村");
        assertThat((Map<String, Object>) a.read("$.rows[0].identification")).containsAllEntriesOf(ratio(1, 2, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].identification")).containsAllEntriesOf(ratio(0, 1, 0));
        assertThat((Map<String, Object>) a.read("$.rows[1].contactPersons")).containsAllEntriesOf(ratio(0, 0, 0));
        assertThat((Object) a.read("$.rows[1].contactPersons.rate")).isNull();
        assertThat((Map<String, Object>) a.read("$.rows[0].visitsOnTime")).containsAllEntriesOf(ratio(1, 3, 0));
        ApiClient.Answer mine = ok(as("r-township").get("/api/reports/deadline-compliance?" + SEPTEMBER));
        assertThat((String) mine.read("$.regionCode")).isEqualTo(ReportCounty.TOWN_A);
        assertThat((Map<String, Object>) mine.read("$.total.find")).containsAllEntriesOf(ratio(1, 2, 0));
    }

    @Test
    void clocksStillRunningArePendingNotLate() {
        ApiClient.Answer a = ok(as("r-admin").get("/api/reports/deadline-compliance?from=2026-11-01&to=2026-11-16"));
        // three November cases are inside their 15 days; the one concluded by 11-09 was on time
        assertThat((Map<String, Object>) a.read("$.total.identification")).containsAllEntriesOf(ratio(1, 1, 3));
        // announced 11-02: two without a contact person by 11-09, one with; 11-09 with one on 11-12; 11-13 still running
        assertThat((Map<String, Object>) a.read("$.total.contactPersons")).containsAllEntriesOf(ratio(2, 4, 1));
        ApiClient.Answer defaults = ok(as("r-admin").get("/api/reports/deadline-compliance"));
        assertThat((String) defaults.read("$.from")).isEqualTo("2026-01-01");
        assertThat((String) defaults.read("$.to")).isEqualTo("2026-11-16");
    }

    @Test
    void theDashboardsKeptHeadlineForTheYearEqualsTheReportAndOtherPeriodsAreJudgedOnRequest() {
        snapshot.refresh();
        for (String user : List.of("r-admin", "r-township", "r-clerk1")) {
            ApiClient client = as(user);
            ApiClient.Answer kept = ok(client.get("/api/dashboard/compliance"));
            ApiClient.Answer live = ok(client.get("/api/reports/deadline-compliance"));
            assertThat((Object) kept.read("$.judgedAt")).as(user).isNotNull();
            assertThat((Map<String, Object>) kept.read("$.total")).as(user).isEqualTo(live.read("$.total"));
        }
        ApiClient admin = as("r-admin");
        // the page sends the default period back explicitly once it knows it
        assertThat((Object) ok(admin.get("/api/dashboard/compliance?from=2026-01-01&to=2026-11-16")).read("$.judgedAt"))
                .isNotNull();
        ApiClient.Answer town = ok(admin.get("/api/dashboard/compliance?region=" + ReportCounty.TOWN_A));
        assertThat((Map<String, Object>) town.read("$.total")).isEqualTo(
                ok(admin.get("/api/reports/deadline-compliance?region=" + ReportCounty.TOWN_A)).read("$.total"));
        ApiClient.Answer september = ok(admin.get("/api/dashboard/compliance?" + SEPTEMBER));
        assertThat((Object) september.read("$.judgedAt")).isNull();
        assertThat((Map<String, Object>) september.read("$.total.identification")).containsAllEntriesOf(ratio(2, 4, 0));
    }

    @Test
    void aVillageClerkSeesOnlyHisVillage() {
        ApiClient.Answer a = ok(as("r-clerk1").get("/api/reports/deadline-compliance?" + SEPTEMBER));
        assertThat((List<String>) a.read("$.rows[*].regionCode")).containsExactly(ReportCounty.V1);
        assertThat((Map<String, Object>) a.read("$.total.identification")).containsAllEntriesOf(ratio(1, 2, 0));
        assertThat(as("r-clerk1").get("/api/reports/deadline-compliance?region=" + ReportCounty.V2).status())
                .isEqualTo(404);
        assertThat(as("r-clerk1").get("/api/reports/deadline-compliance?region=" + ReportCounty.COUNTY).status())
                .isEqualTo(404);
    }

    @Test
    void hostilePeriodsAndRegionsAreRefusedWithACode() {
        ApiClient admin = as("r-admin");
        Map<String, String> bad = Map.of(
                "from=2026-10-01&to=2026-09-01", "BAD_PERIOD",
                "from=2000-01-01&to=2026-12-31", "PERIOD_TOO_LONG",
                "from=2026-13-01", "BAD_DATE",
                "from=2026-09-01%27;drop%20table%20household;--", "BAD_DATE",
                "to=%2B99999-01-01", "BAD_DATE",
                "from=1899-12-31&to=1900-01-01", "BAD_DATE",
                "from=" + "9".repeat(3000), "BAD_DATE",
                "region=34999800100x", "BAD_REGION",
                "region=349998001001%20or%201=1", "BAD_REGION",
                "region=%00%00%00", "BAD_REGION");
        bad.forEach((query, code) -> {
            ApiClient.Answer a = admin.get("/api/reports/deadline-compliance?" + query);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat((String) a.read("$.code")).as(query).isEqualTo(code);
        });
        assertThat(admin.get("/api/reports/deadline-compliance?region=110000000000").status()).isEqualTo(404);
        assertThat(admin.get("/api/reports/deadline-compliance?from=2024-01-01&to=2026-12-31").status()).isEqualTo(200);
    }
}
