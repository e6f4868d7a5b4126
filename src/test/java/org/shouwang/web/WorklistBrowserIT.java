package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.reporting.ReportRows;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 我的待办 and 时限监测 in the real UI (issue 4, points 2 and 12): a village clerk sees the badge, the list overdue
 * first and taps an item to its page, on a desktop and on a 390 px phone; the county admin reads the compliance table
 * and charts and drills down from the county to a township.
 */
@IntegrationTest
class WorklistBrowserIT {

    static final String COUNTY = "349997000000";
    static final String TOWN = "349997001000";
    static final String VILLAGE = "349997001001";
    static final String TOWN_2 = "349997002000";
    static final String VILLAGE_2 = "349997002001";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    @Autowired
    Clock clock;

    long caseId;
    long clueId;

    private void county() {
        TestRegions.county(COUNTY, "浏览县")
                .township(TOWN, "丙镇").village(VILLAGE, "丙一村").village("349997001002", "丙二村")
                .township(TOWN_2, "丁乡").village(VILLAGE_2, "丁一村")
                .user("b-clerk", Role.VILLAGE_CLERK, VILLAGE)
                .user("b-admin", Role.COUNTY_ADMIN, COUNTY)
                .create(regions, users);
        ReportRows rows = new ReportRows(jdbc);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        long late = rows.household(VILLAGE, "韩逾期", "IDENTIFYING");
        caseId = rows.caseOf(late, VILLAGE, "APPLIED", now.minusDays(6), null, "OVERDUE", today.minusDays(3), "HOME_CHECK",
                today.plusDays(9), null, false);
        rows.openedAndApplied(caseId, now.minusDays(6), now.minusDays(5));
        long visit = rows.household(VILLAGE, "杨走访", "RISK_ACTIVE");
        rows.follow(visit, VILLAGE, "VISIT", 1, today.minusDays(5), "OVERDUE", true);
        long income = rows.household(VILLAGE, "秦收入", "RISK_ACTIVE");
        rows.follow(income, VILLAGE, "INCOME", 1, today.plusDays(1), "DUE_SOON", true);
        long clue = rows.household(VILLAGE, "朱线索", "NOT_MONITORED");
        clueId = rows.clue(VILLAGE, clue, today.minusDays(8), today.minusDays(1), "OPEN", null, null);
        // concluded cases for the dashboard: one on time in each township, one late in 丙镇
        long a = rows.household(VILLAGE, "许按时", "RISK_ACTIVE");
        rows.caseOf(a, VILLAGE, "ANNOUNCED", now.minusDays(20), now.minusDays(10), "OK", null, null,
                today.minusDays(5), null, false);
        rows.contact(a, "b-clerk", "MONITORING", today.minusDays(12), null);
        long b = rows.household(VILLAGE, "何超时", "NOT_MONITORED");
        rows.caseOf(b, VILLAGE, "NOT_INCLUDED", now.minusDays(20), now.minusDays(2), "OK", null, null,
                today.minusDays(5), null, false);
        long c = rows.household(VILLAGE_2, "吕按时", "RISK_ACTIVE");
        rows.caseOf(c, VILLAGE_2, "ANNOUNCED", now.minusDays(20), now.minusDays(12), "OK", null, null,
                today.minusDays(5), null, false);
        rows.contact(c, null, "MONITORING", today.minusDays(11), null);
        long p = rows.plan(c, today.minusDays(12), today.minusDays(2));
        rows.measure(p, c, today.minusDays(9));
    }

    private static Locator item(Page page, String head) {
        return page.getByTestId("worklist-item").filter(new Locator.FilterOptions().setHasText(head));
    }

    @Test
    void aClerkWorksThroughHisListAndTheCountyDrillsIntoTheDeadlines() {
        county();
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "b-clerk", false, null);
            assertThat(page.getByTestId("nav-worklist-badge")).containsText("4");
            page.getByTestId("nav-worklist").click();
            assertThat(page).hasURL(Pattern.compile("#/worklist$"));
            assertThat(page.getByTestId("worklist-item")).hasCount(4);
            assertThat(page.getByTestId("worklist-item").first()).containsText("杨走访");
            assertThat(page.getByTestId("worklist-item").first()).containsText("逾期 5 天");
            assertThat(item(page, "秦收入")).containsText("即将到期");
            assertThat(item(page, "韩逾期")).containsText("识别认定 · 入户核查");
            assertThat(page.getByTestId("worklist-summary")).containsText("已逾期 3");
            Ui.shot(page, "desktop-worklist");
            item(page, "韩逾期").click();
            assertThat(page).hasURL(Pattern.compile("#/cases/" + caseId + "$"));
            assertThat(page.getByTestId("case-state")).hasText("待入户核查");
            assertThat(page.getByTestId("case-household-link")).containsText("韩逾期");
        } finally {
            page.context().close();
        }

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "b-clerk", false, null);
            phone.navigate(Ui.base(port) + "#/worklist");
            assertThat(phone.getByTestId("worklist-item")).hasCount(4);
            Ui.assertNoHorizontalOverflow(phone, "phone worklist");
            Ui.shot(phone, "phone-worklist");
            item(phone, "朱线索").click();
            assertThat(phone).hasURL(Pattern.compile("#/clues/" + clueId + "$"));
            assertThat(phone.getByText("朱线索").first()).isVisible();
        } finally {
            phone.context().close();
        }

        Page admin = browser.desktop();
        try {
            Ui.login(admin, port, "b-admin", false, null);
            admin.getByTestId("nav-deadlines").click();
            assertThat(admin).hasURL(Pattern.compile("#/reports/deadlines$"));
            Locator rows = admin.getByTestId("compliance-row");
            assertThat(rows).hasCount(2);
            assertThat(rows.first()).containsText("丙镇");
            assertThat(rows.nth(1)).containsText("丁乡");
            assertThat(admin.getByTestId("compliance-total")).containsText("合计");
            assertThat(admin.locator("[data-testid=compliance-chart-total] canvas")).hasCount(1);
            assertThat(admin.locator("[data-testid=compliance-chart-rows] canvas")).hasCount(1);
            Ui.shot(admin, "desktop-deadlines");
            rows.first().click();
            assertThat(rows).hasCount(2);
            assertThat(rows.first()).containsText("丙一村");
            assertThat(rows.nth(1)).containsText("丙二村");
            assertThat(admin.getByTestId("compliance-trail")).containsText("丙镇");
            Ui.shot(admin, "desktop-deadlines-township");
            rows.first().click();
            assertThat(rows).hasCount(1);
            assertThat(rows.first()).containsText("丙一村");
        } finally {
            admin.context().close();
        }

        Page adminPhone = browser.phone();
        try {
            Ui.login(adminPhone, port, "b-admin", false, null);
            adminPhone.navigate(Ui.base(port) + "#/reports/deadlines");
            assertThat(adminPhone.getByTestId("compliance-row")).hasCount(2);
            Ui.assertNoHorizontalOverflow(adminPhone, "phone deadlines");
            Ui.shot(adminPhone, "phone-deadlines");
        } finally {
            adminPhone.context().close();
        }
    }
}
