package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.reporting.internal.DashboardTally;
import org.shouwang.shared.RegionCode;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** 统计看板 of 看板县 ({@link DashboardCounty}) figure by figure at county, township and village level, and its guards. */
@IntegrationTest
@Import({ReportClock.class, DashboardCounty.class})
class DashboardApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Dashboard dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DashboardTally tally;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, DashboardCounty.PASSWORD);
    }

    static ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    boolean problemLedgerInstalled() {
        return jdbc.queryForObject("select to_regclass('problem') is not null", Boolean.class);
    }

    static Map<String, Object> row(int households, int alleviated, int identifying, int riskActive, int eliminatedNow,
            int identified, int eliminated, int overdueClues, int inScope, int screened, int flagged) {
        return Map.ofEntries(Map.entry("households", households), Map.entry("povertyAlleviated", alleviated),
                Map.entry("ordinary", households - alleviated), Map.entry("identifying", identifying),
                Map.entry("riskActive", riskActive), Map.entry("riskEliminated", eliminatedNow),
                Map.entry("monitored", riskActive + eliminatedNow), Map.entry("identified", identified),
                Map.entry("eliminated", eliminated), Map.entry("overdueClues", overdueClues),
                Map.entry("overdueProblems", 0), Map.entry("campaignInScope", inScope),
                Map.entry("campaignScreened", screened), Map.entry("campaignFlagged", flagged));
    }

    @Test
    void theCountyShowsEachTownshipAndTheBreakdowns() {
        ApiClient.Answer a = ok(as("d-admin").get("/api/dashboard"));
        assertThat((String) a.read("$.regionName")).isEqualTo("看板县");
        assertThat((String) a.read("$.from")).isEqualTo("2026-01-01");
        assertThat((String) a.read("$.to")).isEqualTo("2026-11-16");
        assertThat((List<String>) a.read("$.rows[*].regionName")).containsExactly("东镇", "西乡");
        assertThat((Map<String, Object>) a.read("$.rows[0]")).containsAllEntriesOf(row(15, 4, 1, 3, 1, 3, 1, 1, 15, 7, 2));
        assertThat((Map<String, Object>) a.read("$.rows[1]")).containsAllEntriesOf(row(300, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0));
        assertThat((Map<String, Object>) a.read("$.total")).containsAllEntriesOf(row(315, 4, 1, 3, 1, 3, 1, 2, 15, 7, 2));
        assertThat((List<Integer>) a.read("$.householdTypes[*].count")).containsExactly(4, 311);
        assertThat((List<String>) a.read("$.householdTypes[*].label")).containsExactly("脱贫户", "一般农户");
        assertThat((List<Integer>) a.read("$.monitoringStatuses[*].count")).containsExactly(310, 1, 3, 1, 0);
        assertThat((List<Integer>) a.read("$.monitoringCategories[*].count")).containsExactly(1, 1, 1);
        // latest announced case per household: 因灾 twice, 因病 twice (one from 2025 still counts), 因意外事故 once
        assertThat((List<String>) a.read("$.riskTypes[*].label")).containsExactly("因灾", "因病", "因意外事故");
        assertThat((List<Integer>) a.read("$.riskTypes[*].count")).containsExactly(2, 2, 1);
        assertThat((List<String>) a.read("$.months[*].month")).hasSize(11).startsWith("2026-01").endsWith("2026-11");
        assertThat((Map<String, Object>) a.read("$.months[7]")).isEqualTo(Map.of("month", "2026-08", "identified", 0,
                "eliminated", 1));
        assertThat((List<Integer>) a.read("$.months[*].identified")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0);
        assertThat((List<String>) a.read("$.campaigns[*].name")).containsExactly("2026年集中排查");
        // 问题台账 (V30) comes from another branch: false until it is merged
        assertThat((Boolean) a.read("$.problemsAvailable")).isEqualTo(problemLedgerInstalled());
        assertThat((String) a.read("$.tallied")).isNotBlank();
    }

    @Test
    void householdCountsFollowTheLedgerWhenTheTallyIsRebuilt() {
        long id = jdbc.queryForObject("insert into household (household_no, region_code, household_type, monitoring_status)"
                + " values ('DASH-NEW-1', ?, 'POVERTY_ALLEVIATED', 'NOT_MONITORED') returning id", Long.class,
                DashboardCounty.V2);
        try {
            assertThat((Integer) ok(as("d-admin").get("/api/dashboard")).read("$.total.households")).isEqualTo(315);
            tally.refresh();
            assertThat((Integer) ok(as("d-admin").get("/api/dashboard")).read("$.total.households")).isEqualTo(316);
        } finally {
            jdbc.update("delete from household where id = ?", id);
            tally.refresh();
        }
    }

    @Test
    void aTownshipDrillsDownToItsVillagesAndAPeriodNarrowsTheAnnouncements() {
        ApiClient.Answer a = ok(as("d-admin").get("/api/dashboard?region=" + DashboardCounty.EAST));
        assertThat((List<String>) a.read("$.rows[*].regionName")).containsExactly("一村", "二村");
        assertThat((Map<String, Object>) a.read("$.rows[0]")).containsAllEntriesOf(row(10, 4, 1, 2, 1, 2, 1, 1, 10, 6, 2));
        assertThat((Map<String, Object>) a.read("$.rows[1]")).containsAllEntriesOf(row(5, 0, 0, 1, 0, 1, 0, 0, 5, 1, 0));
        ApiClient.Answer mine = ok(as("d-township").get("/api/dashboard?from=2026-10-01&to=2026-10-31"));
        assertThat((String) mine.read("$.regionCode")).isEqualTo(DashboardCounty.EAST);
        assertThat((Integer) mine.read("$.total.identified")).isEqualTo(2);
        assertThat((Integer) mine.read("$.total.eliminated")).isZero();
        assertThat((List<String>) mine.read("$.months[*].month")).containsExactly("2026-10");
        ApiClient.Answer village = ok(as("d-admin").get("/api/dashboard?region=" + DashboardCounty.V2));
        assertThat((List<String>) village.read("$.rows[*].regionName")).containsExactly("二村");
        assertThat((List<String>) village.read("$.riskTypes[*].code")).containsExactly("ACCIDENT");
    }

    @Test
    void aVillageClerkSeesOnlyHisVillageAndAnotherCountyIsNotFound() {
        ApiClient clerk = as("d-clerk1");
        ApiClient.Answer a = ok(clerk.get("/api/dashboard"));
        assertThat((List<String>) a.read("$.rows[*].regionCode")).containsExactly(DashboardCounty.V1);
        assertThat((Map<String, Object>) a.read("$.total")).containsAllEntriesOf(row(10, 4, 1, 2, 1, 2, 1, 1, 10, 6, 2));
        assertThat(clerk.get("/api/dashboard?region=" + DashboardCounty.V2).status()).isEqualTo(404);
        assertThat(clerk.get("/api/dashboard?region=" + DashboardCounty.COUNTY).status()).isEqualTo(404);
        assertThat(clerk.get("/api/dashboard/risk-clusters?region=" + DashboardCounty.V3).status()).isEqualTo(404);
        ApiClient other = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        assertThat(other.get("/api/dashboard?region=" + DashboardCounty.COUNTY).status()).isEqualTo(404);
        assertThat(other.get("/api/dashboard/compliance?region=" + DashboardCounty.EAST).status()).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/dashboard").status()).isEqualTo(401);
    }

    @Test
    void theComplianceHeadlineIsTheDeadlineReportsTotal() {
        ApiClient admin = as("d-admin");
        ApiClient.Answer headline = ok(admin.get("/api/dashboard/compliance?from=2026-09-01&to=2026-10-31"));
        ApiClient.Answer report = ok(admin.get("/api/reports/deadline-compliance?from=2026-09-01&to=2026-10-31"));
        assertThat((Map<String, Object>) headline.read("$.total")).isEqualTo(report.read("$.total"));
        assertThat((Map<String, Object>) headline.read("$.clueDays")).isEqualTo(Map.of("find", 5, "handle", 10,
                "help", 30));
    }

    @Test
    void overdueProblemsAreCountedOnceTheProblemLedgerExists() {
        // 问题台账 (V30) belongs to another session; its table is created here inside a transaction that is rolled back
        CurrentUser admin = new CurrentUser("d-admin", "d-admin", Role.COUNTY_ADMIN, new RegionCode(DashboardCounty.COUNTY));
        DashboardView view = tx.execute(status -> {
            // the columns V30 requires, so the test runs before and after 问题台账 is merged
            jdbc.execute("create table if not exists problem (id bigserial primary key, source varchar(24) not null,"
                    + " category varchar(32) not null, description varchar(2000) not null, region_code varchar(12) not null,"
                    + " responsible_unit varchar(100) not null, deadline date not null, status varchar(12) not null,"
                    + " found_on date not null, recorded_by varchar(64) not null)");
            String insert = "insert into problem (source, category, description, region_code, responsible_unit, deadline,"
                    + " status, found_on, recorded_by) values ('OTHER', 'OTHER', '测试问题', ?, '镇政府', ?::date, ?,"
                    + " '2026-10-01', 'test')";
            // late: open past its deadline, submitted but not yet closed; not late: closed, deadline to come
            jdbc.update(insert, DashboardCounty.V1, "2026-11-01", "OPEN");
            jdbc.update(insert, DashboardCounty.V1, "2026-11-01", "CLOSED");
            jdbc.update(insert, DashboardCounty.V2, "2026-12-01", "OPEN");
            jdbc.update(insert, DashboardCounty.V4, "2026-11-15", "SUBMITTED");
            jdbc.update(insert, "349999001001", "2026-01-01", "OPEN");
            DashboardView v = dashboard.view(ReportScope.of(null, admin),
                    CompliancePeriod.parse(null, null, DashboardCounty.today()));
            status.setRollbackOnly();
            return v;
        });
        assertThat(view.problemsAvailable()).isTrue();
        assertThat(view.rows()).extracting(DashboardView.Row::overdueProblems).containsExactly(1, 1);
        assertThat(view.total().overdueProblems()).isEqualTo(2);
        assertThat(!problemLedgerInstalled() || jdbc.queryForObject(
                "select count(*) from problem where description = '测试问题'", Integer.class) == 0).isTrue();
    }

    @Test
    void hostileParametersAreRefusedWithACode() {
        ApiClient admin = as("d-admin");
        Map<String, String> bad = Map.of(
                "from=2026-10-01&to=2026-09-01", "BAD_PERIOD",
                "from=2020-01-01&to=2026-11-16", "PERIOD_TOO_LONG",
                "from=2026-02-30", "BAD_DATE",
                "to=2026-11-16%27%20or%201=1--", "BAD_DATE",
                "from=" + "1".repeat(5000), "BAD_DATE",
                "region=34999400100", "BAD_REGION",
                "region=%E4%B8%9C%E9%95%87", "BAD_REGION",
                "region=349994001001;delete%20from%20household", "BAD_REGION",
                "region=%00", "BAD_REGION");
        bad.forEach((query, code) -> {
            ApiClient.Answer a = admin.get("/api/dashboard?" + query);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat((String) a.read("$.code")).as(query).isEqualTo(code);
        });
        assertThat(admin.get("/api/dashboard?region=110000000000").status()).isEqualTo(404);
        assertThat(admin.get("/api/dashboard?region=" + DashboardCounty.V3 + "&from=2024-01-01").status()).isEqualTo(200);
    }
}
