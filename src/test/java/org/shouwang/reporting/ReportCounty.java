package org.shouwang.reporting;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 报表县 (349998) with two townships and three villages, one user per role, and the rows both reporting tests read:
 * November rows make today's (2026-11-16) 我的待办, September rows the compliance figures. Today's list and
 * September's figures are worked out by hand in the tests' comments.
 */
@TestComponent
class ReportCounty implements InitializingBean {

    static final String COUNTY = "349998000000";
    static final String TOWN_A = "349998001000";
    static final String V1 = "349998001001";
    static final String V2 = "349998001002";
    static final String TOWN_B = "349998002000";
    static final String V3 = "349998002001";
    static final String PASSWORD = "report-password-1";

    private final Regions regions;
    private final Users users;
    private final ReportRows rows;

    long c1;
    long c2;
    long c3;
    long h1;
    long h2;
    long h3;
    long h7;
    long k1;
    long f1;
    long f2;

    ReportCounty(Regions regions, Users users, JdbcTemplate jdbc) {
        this.regions = regions;
        this.users = users;
        this.rows = new ReportRows(jdbc);
    }

    @Override
    public void afterPropertiesSet() {
        TestRegions.county(COUNTY, "报表县").password(PASSWORD)
                .township(TOWN_A, "甲镇").village(V1, "甲一村").village(V2, "甲二村")
                .township(TOWN_B, "乙乡").village(V3, "乙一村")
                .user("r-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("r-county", Role.COUNTY_REVIEWER, COUNTY)
                .user("r-inspector", Role.INSPECTOR, COUNTY)
                .user("r-township", Role.TOWNSHIP_REVIEWER, TOWN_A)
                .user("r-clerk1", Role.VILLAGE_CLERK, V1)
                .user("r-clerk2", Role.VILLAGE_CLERK, V2)
                .user("r-grid1", Role.GRID_WORKER, V1)
                .user("r-contact", Role.CONTACT_PERSON, V1)
                .create(regions, users);
        today();
        september();
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }

    private static LocalDate d(int month, int day) {
        return of(2026, month, day);
    }

    /** What is due on 2026-11-16. */
    private void today() {
        h1 = rows.household(V1, "赵走访", "RISK_ACTIVE");
        h2 = rows.household(V2, "钱收入", "RISK_ACTIVE");
        long hc1 = rows.household(V1, "孙核查", "IDENTIFYING");
        long hc2 = rows.household(V2, "李审核", "IDENTIFYING");
        long hc3 = rows.household(V3, "周审定", "IDENTIFYING");
        long hc4 = rows.household(V1, "吴评议", "IDENTIFYING");
        long hc5 = rows.household(V1, "郑已纳", "RISK_ACTIVE");
        // village step, overdue 2 days; township review due tomorrow; county approval on the overall clock, 绿色通道
        c1 = rows.caseOf(hc1, V1, "APPLIED", at(11, 10), null, "OVERDUE", d(11, 14), "HOME_CHECK", d(11, 21), null, false);
        c2 = rows.caseOf(hc2, V2, "PUBLICIZED", at(11, 3), null, "DUE_SOON", d(11, 17), "TOWNSHIP_REVIEW", d(11, 17), null,
                false);
        c3 = rows.caseOf(hc3, V3, "TOWNSHIP_APPROVED", at(10, 28), null, "OVERDUE", null, null, d(11, 15), null, true);
        rows.caseOf(hc4, V1, "HOME_CHECKED", at(11, 12), null, "OK", d(11, 18), "DEMOCRATIC_REVIEW", d(11, 27), null, false);
        // a concluded case whose stale sweep state must not list it; announced 11-09, contact person on 11-12
        rows.caseOf(hc5, V1, "ANNOUNCED", at(11, 1), at(11, 9), "OVERDUE", null, null, d(11, 16), null, false);
        rows.contact(hc5, "someone", "MONITORING", d(11, 12), null);

        // schedules: h1's visit 3 days late (r-contact is h1's contact person), h2's income due tomorrow
        rows.contact(h1, "r-contact", "MONITORING", d(1, 5), null);
        rows.contact(h2, "r-contact", "MONITORING", d(1, 5), d(6, 30));
        rows.follow(h1, V1, "VISIT", 1, d(11, 13), "OVERDUE", true);
        rows.follow(h1, V1, "INCOME", 1, d(11, 30), "OK", true);
        rows.follow(h2, V2, "INCOME", 1, d(11, 17), "DUE_SOON", true);
        long gone = rows.household(V1, "冯停止", "RISK_ELIMINATED");
        rows.follow(gone, V1, "VISIT", 1, d(11, 1), "OVERDUE", false);

        // announced 11-02 (Mon): contact person due 5 working days later, 11-09; h3 has none, h7 only the existing one
        h3 = rows.household(V1, "陈无人", "RISK_ACTIVE");
        h7 = rows.household(V1, "褚旧人", "RISK_ACTIVE");
        long h6 = rows.household(V1, "卫齐全", "RISK_ACTIVE");
        long h4 = rows.household(V1, "蒋新纳", "RISK_ACTIVE");
        rows.caseOf(h3, V1, "ANNOUNCED", at(10, 20), at(11, 2), "OK", null, null, null, null, false);
        rows.caseOf(h7, V1, "ANNOUNCED", at(10, 20), at(11, 2), "OK", null, null, null, null, false);
        rows.caseOf(h6, V1, "ANNOUNCED", at(10, 20), at(11, 2), "OK", null, null, null, null, false);
        rows.caseOf(h4, V1, "ANNOUNCED", at(10, 30), at(11, 13), "OK", null, null, null, null, false);
        rows.contact(h7, null, "EXISTING", d(3, 1), null);
        rows.contact(h6, null, "MONITORING", d(11, 5), null);
        // h3's plan has no measure 4 days after its due date; h6's has one
        rows.plan(h3, d(11, 2), d(11, 12));
        long p6 = rows.plan(h6, d(11, 2), d(11, 12));
        rows.measure(p6, h6, d(11, 10));

        // clues: one overdue since yesterday, one due in ten days, one overdue in the other township
        k1 = rows.clue(V1, h1, d(11, 10), d(11, 15), "OPEN", null, null);
        rows.clue(V1, null, d(11, 13), d(11, 26), "OPEN", null, null);
        rows.clue(V3, null, d(11, 4), d(11, 11), "OPEN", null, null);
    }

    /** Clocks that started in September 2026 (中秋节 09-25..27 and the 09-20 调休 workday included). */
    private void september() {
        long hs1 = rows.household(V1, "甲甲", "RISK_ACTIVE");
        long hs2 = rows.household(V1, "甲乙", "NOT_MONITORED");
        long hs3 = rows.household(V2, "甲丙", "IDENTIFYING");
        long hs4 = rows.household(V3, "乙甲", "RISK_ACTIVE");
        long hs5 = rows.household(V2, "甲丁", "NOT_MONITORED");
        long hs6 = rows.household(V3, "乙乙", "NOT_MONITORED");
        long k1s = rows.clue(V1, hs1, d(9, 1), d(9, 8), "DECIDED", "START_IDENTIFICATION", at(9, 1));
        rows.clue(V2, hs5, d(9, 5), d(9, 12), "DECIDED", "NOT_INCLUDED", at(9, 12));
        rows.clue(V3, hs6, d(9, 10), d(9, 17), "OPEN", null, null);
        long k4s = rows.clue(V3, hs4, d(9, 7), d(9, 14), "DECIDED", "START_IDENTIFICATION", at(9, 8));
        // s1 within its overall clock, s2 late, s3 still open and late, s4 within a clock computed from the profile
        rows.caseOf(hs1, V1, "ANNOUNCED", at(9, 1), at(9, 14), "OK", null, null, d(9, 16), k1s, false);
        rows.caseOf(hs2, V1, "NOT_INCLUDED", at(9, 2), at(9, 20), "OK", null, null, d(9, 17), null, false);
        rows.caseOf(hs3, V2, "REVIEWED", at(9, 3), null, "OVERDUE", d(9, 10), "PUBLICITY", d(9, 18), null, false);
        rows.caseOf(hs4, V3, "ANNOUNCED", at(9, 8), at(9, 22), "OK", null, null, null, k4s, false);
        // contact persons: hs1 announced 09-14, due 09-20 (a 调休 Sunday), assigned 09-21: late;
        // hs4 announced 09-22, due 09-30 (中秋 moves it a day), assigned 09-30: on time
        rows.contact(hs1, null, "EXISTING", of(2020, 1, 1), null);
        rows.contact(hs1, null, "MONITORING", d(9, 21), null);
        rows.contact(hs4, null, "MONITORING", d(9, 30), null);
        // plans: hs1 measure on 09-20 before its 09-24 due day (a 2025 measure of an earlier episode is ignored);
        // hs4 none by 10-02
        long p1 = rows.plan(hs1, d(9, 14), d(9, 24));
        rows.measure(p1, hs1, of(2025, 1, 1));
        rows.measure(p1, hs1, d(9, 20));
        rows.plan(hs4, d(9, 22), d(10, 2));
        // visit schedules: hs1 on time with two visits, hs2 overdue with none, hs4 quarterly with one (and its correction)
        rows.follow(hs1, V1, "VISIT", 1, d(12, 5), "OK", true);
        rows.follow(hs2, V1, "VISIT", 1, d(11, 1), "OVERDUE", true);
        rows.follow(hs4, V3, "VISIT", 3, d(11, 17), "DUE_SOON", true);
        rows.visit(hs1, V1, d(9, 5), null);
        rows.visit(hs1, V1, d(9, 25), null);
        long v = rows.visit(hs4, V3, d(9, 10), null);
        rows.visit(hs4, V3, d(9, 11), v);
    }
}
