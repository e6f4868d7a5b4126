package org.shouwang.reporting;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.reporting.internal.DashboardTally;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 看板县 (349994): 东镇 with 一村 (10 households) and 二村 (5), 西乡 with 三村 (200) and 四村 (100), and the rows the
 * dashboard tests count, written straight into the tables (today is 2026-11-16, {@link ReportClock}). The figures each
 * test expects are worked out from the comments here.
 */
@TestComponent
public class DashboardCounty implements InitializingBean {

    public static final String COUNTY = "349994000000";
    public static final String EAST = "349994001000";
    public static final String V1 = "349994001001";
    public static final String V2 = "349994001002";
    public static final String WEST = "349994002000";
    public static final String V3 = "349994002001";
    public static final String V4 = "349994002002";
    public static final String PASSWORD = org.shouwang.support.TestCounty.PASSWORD;

    private final Regions regions;
    private final Users users;
    private final JdbcTemplate jdbc;
    private final DashboardTally tally;

    DashboardCounty(Regions regions, Users users, JdbcTemplate jdbc, DashboardTally tally) {
        this.regions = regions;
        this.users = users;
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    public void afterPropertiesSet() {
        // the rows below are written once: d-admin is created with them
        boolean written = users.byUsername("d-admin").isPresent();
        TestRegions.county(COUNTY, "看板县")
                .township(EAST, "东镇").village(V1, "一村").village(V2, "二村")
                .township(WEST, "西乡").village(V3, "三村").village(V4, "四村")
                .user("d-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("d-township", Role.TOWNSHIP_REVIEWER, EAST)
                .user("d-clerk1", Role.VILLAGE_CLERK, V1)
                .create(regions, users);
        if (written) {
            return;
        }
        // 一村: 4 脱贫户 (one 风险未消除 脱贫不稳定户, one 风险已消除, two not monitored) and 6 一般农户 (one 风险未消除
        // 边缘易致贫户, one 识别认定中, four not monitored)
        long u1 = household(V1, "POVERTY_ALLEVIATED", "RISK_ACTIVE", "UNSTABLE", "甲一");
        long e1 = household(V1, "POVERTY_ALLEVIATED", "RISK_ELIMINATED", "UNSTABLE", "甲二");
        household(V1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, "甲三");
        household(V1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, "甲四");
        long m1 = household(V1, "ORDINARY", "RISK_ACTIVE", "MARGINAL", "甲五");
        long i1 = household(V1, "ORDINARY", "IDENTIFYING", null, "甲六");
        for (int i = 7; i <= 10; i++) {
            household(V1, "ORDINARY", "NOT_MONITORED", null, "甲" + i);
        }
        // 二村: one 风险未消除 突发严重困难户, four not monitored
        long s1 = household(V2, "ORDINARY", "RISK_ACTIVE", "SUDDEN", "乙一");
        for (int i = 2; i <= 5; i++) {
            household(V2, "ORDINARY", "NOT_MONITORED", null, "乙" + i);
        }
        jdbc.update("""
                insert into household (household_no, region_code, household_type, monitoring_status, head_name)
                select 'DASH-' || ? || '-' || i, ?, 'ORDINARY', 'NOT_MONITORED', '户主' || i from generate_series(1, ?) i""",
                V3, V3, 200);
        jdbc.update("""
                insert into household (household_no, region_code, household_type, monitoring_status, head_name)
                select 'DASH-' || ? || '-' || i, ?, 'ORDINARY', 'NOT_MONITORED', '户主' || i from generate_series(1, ?) i""",
                V4, V4, 100);
        // announced in 2026: 09-10 (因病, 因灾), 10-05 (因灾), 10-20 in 二村 (因意外事故); 2025 (因病) is outside the year
        announced(u1, V1, "2026-09-10", "[\"ILLNESS\", \"DISASTER\"]");
        announced(m1, V1, "2026-10-05", "[\"DISASTER\"]");
        announced(s1, V2, "2026-10-20", "[\"ACCIDENT\"]");
        announced(e1, V1, "2025-06-01", "[\"ILLNESS\"]");
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, closed_at,
                    risk_types) values (?, ?, 'NOT_INCLUDED', 'NOT_MONITORED', '2026-10-01', '2026-10-09', '["DISASTER"]')""",
                i1, V1);
        // eliminated 2026-08-15; a proposal still running does not count
        jdbc.update("""
                insert into elimination_case (household_id, region_code, method, state, eligibility, eliminated_on,
                    opened_at, closed_at) values (?, ?, 'ASSISTED', 'ANNOUNCED', '{}', '2026-08-15', '2026-07-01',
                    '2026-08-15'), (?, ?, 'ASSISTED', 'PROPOSED', '{}', null, '2026-11-01', null)""", e1, V1, u1, V1);
        // open clues: 一村 due 11-10 and 三村 due 11-01 are late; 二村 due 11-20 is not; a decided one never is
        clue(V1, m1, "2026-11-03", "2026-11-10", "OPEN");
        clue(V3, null, "2026-10-25", "2026-11-01", "OPEN");
        clue(V2, s1, "2026-11-13", "2026-11-20", "OPEN");
        clue(V2, null, "2026-10-01", "2026-10-08", "DECIDED");
        campaigns();
        clusters();
        // the job rebuilds the counts every five minutes; the tests read them at once
        tally.refresh();
    }

    private void campaigns() {
        long running = jdbc.queryForObject("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('2026年集中排查', 2026, ?, '2026-05-01', 'RUNNING', 'd-admin') returning id""", Long.class, COUNTY);
        long draft = jdbc.queryForObject("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('2027年集中排查', 2027, ?, '2027-05-01', 'DRAFT', 'd-admin') returning id""", Long.class, COUNTY);
        // 一村: 10 in scope, 6 screened, 2 flagged; 二村: 5 in scope, 1 screened; the draft campaign does not count
        jdbc.update("""
                insert into campaign_household (campaign_id, household_id, region_code, assign_rule, status, flagged)
                select ?, id, region_code, 'VILLAGE',
                       case when row_number() over (order by id) <= 6 then 'SCREENED' else 'PENDING' end,
                       row_number() over (order by id) <= 2
                from household where region_code = ?""", running, V1);
        jdbc.update("""
                insert into campaign_household (campaign_id, household_id, region_code, assign_rule, status, flagged)
                select ?, id, region_code, 'VILLAGE', case when row_number() over (order by id) = 1 then 'SCREENED'
                       else 'PENDING' end, false
                from household where region_code = ?""", running, V2);
        jdbc.update("""
                insert into campaign_household (campaign_id, household_id, region_code, assign_rule, status, flagged)
                select ?, id, region_code, 'VILLAGE', 'SCREENED', true from household where region_code = ?""", draft, V3);
    }

    /**
     * 三村 (200 households): 因灾 self-declarations on 11-16, 11-14, 11-10, 11-05, 11-03 (five in the 14 days from
     * 11-03) and 11-02 (the 15th day back). 一村 (10): two clues of rule DASH_PRICE_FALL (20 % of the village) and one
     * of DASH_OTHER. 西乡: visits finding 因务工就业不稳 in 三村 (three) and 四村 (two, with 因病).
     */
    private void clusters() {
        for (String day : List.of("2026-11-16", "2026-11-14", "2026-11-10", "2026-11-05", "2026-11-03", "2026-11-02")) {
            signal(V3, "SELF_DECLARATION", null, "{\"困难类型\": \"因灾\", \"情况说明\": \"洪水冲毁农田\"}", day);
        }
        signal(V1, "SCREENING_RUN", "DASH_PRICE_FALL", "{}", "2026-11-10");
        signal(V1, "SCREENING_RUN", "DASH_PRICE_FALL", "{}", "2026-11-12");
        signal(V1, "SCREENING_RUN", "DASH_OTHER", "{}", "2026-11-12");
        for (String day : List.of("2026-11-15", "2026-11-11", "2026-11-06")) {
            signal(V3, "CADRE_VISIT", null, "{\"风险类型\": \"因务工就业不稳\"}", day);
        }
        for (String day : List.of("2026-11-15", "2026-11-09")) {
            signal(V4, "CADRE_VISIT", null, "{\"风险类型\": \"因务工就业不稳、因病\"}", day);
        }
    }

    private void signal(String village, String channel, String rule, String values, String day) {
        long clue = clue(village, null, day, null, "DECIDED");
        jdbc.update("""
                insert into clue_signal (clue_id, channel, rule_code, reason, rule_values, raised_on, dedup_key)
                values (?, ?, ?, '测试信号', ?::json, ?::date, ?)""", clue, channel, rule, values, day, "dash-" + clue);
    }

    private long household(String village, String type, String status, String category, String head) {
        return jdbc.queryForObject("""
                insert into household (household_no, region_code, household_type, monitoring_status,
                    monitoring_category, head_name) values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                "DASH-" + village + "-" + head, village, type, status, category, head);
    }

    private void announced(long household, String village, String day, String risks) {
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, closed_at,
                    risk_types) values (?, ?, 'ANNOUNCED', 'NOT_MONITORED', ?::date - 20,
                    (?::date + time '10:00') at time zone 'Asia/Shanghai', ?::jsonb)""",
                household, village, day, day, risks);
    }

    private long clue(String village, Long household, String opened, String due, String status) {
        return jdbc.queryForObject("""
                insert into risk_clue (region_code, household_id, subject_name, status, opened_on, due_on)
                values (?, ?, ?, ?, ?::date, ?::date) returning id""", Long.class, village, household,
                household == null ? "未建档人员" : null, status, opened, due);
    }

    static LocalDate today() {
        return ReportClock.NOW.toLocalDate();
    }
}
