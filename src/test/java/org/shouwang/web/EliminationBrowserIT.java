package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.elimination.EliminationFixtures;
import org.shouwang.registry.Monitoring;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Risk elimination in the real UI (issue 4, points 8–10): the clerk reads the eligibility reasons on the household
 * page, proposes with the village's confirmation and records the home check; once announced, the clerk asks for a
 * rollback in writing and the county approves it; on a phone the same pages fit the screen.
 */
@IntegrationTest
class EliminationBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Clock clock;

    long ready(String head) {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        TestProfiles.county(ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD), jdbc);
        return EliminationFixtures.monitored(clerk, jdbc, monitoring, ZonedDateTime.now(clock), head);
    }

    /** Moves an elimination's transitions ten days back, so a publicity of five days can have ended. */
    void tenDaysOld(long id) {
        jdbc.sql("update elimination_step set at = at - interval '10 days' where subject = 'CASE' and subject_id = ?").param(id).update();
        jdbc.sql("update elimination_case set opened_at = opened_at - interval '10 days' where id = ?").param(id).update();
    }

    static Map<String, Object> body(int version, Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    void finish(long id) {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        ApiClient township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        LocalDate today = LocalDate.now(clock);
        String[][] steps = {{"t-clerk1", "PUBLICITY"}, {"t-township", "TOWNSHIP_REVIEW"}, {"t-admin", "COUNTY_APPROVAL"},
                {"t-admin", "ANNOUNCEMENT"}};
        for (String[] s : steps) {
            ApiClient who = s[0].equals("t-clerk1") ? clerk : s[0].equals("t-township") ? township : admin;
            int v = clerk.get("/api/eliminations/" + id).read("$.version");
            Map<String, Object> b = s[1].equals("PUBLICITY")
                    ? body(v, "start", today.minusDays(9).toString(), "end", today.minusDays(1).toString(), "objections", "无异议")
                    : body(v, "approve", true, "opinion", "同意");
            ApiClient.Answer a = who.post("/api/eliminations/" + id + "/steps/" + s[1], b);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
    }

    @Test
    void aClerkProposesFromTheReasonsAndTheCountyApprovesARollback() {
        long household = ready("蒋消除");
        Page page = browser.desktop();
        long id;
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/households/" + household);
            Locator reasons = page.getByTestId("eligibility-reason");
            assertThat(reasons).hasCount(8);
            assertThat(page.locator("[data-code=INCOME_ABOVE_THRESHOLD]")).containsText("9600.00");
            assertThat(page.locator("[data-code=GUARANTEES]")).containsText("待核实确认");
            assertThat(page.getByTestId("eligibility-ok")).isVisible();
            Ui.shot(page, "desktop-eligibility");

            page.getByTestId("eligibility-propose").click();
            page.getByTestId("propose-submit").click();
            assertThat(page.locator(".el-message--error")).containsText("三保障");
            page.getByTestId("propose-spending").click();
            page.getByTestId("propose-guarantees").click();
            page.getByTestId("propose-note").fill("入户核实：医疗费用已报销，子女在校，住房安全");
            Ui.viewportShot(page, "desktop-elimination-propose");
            page.getByTestId("propose-submit").click();
            assertThat(page).hasURL(Pattern.compile("#/eliminations/\\d+$"));
            assertThat(page.getByTestId("elim-state")).hasText("待入户核实");
            page.getByTestId("elim-findings").fill("务工收入稳定，家庭无大额支出");
            page.getByTestId("elim-step-submit").click();
            assertThat(page.getByTestId("elim-state")).hasText("待民主评议");
            assertThat(page.locator("[data-step=HOME_CHECK]")).containsText("务工收入稳定");
            page.getByTestId("elim-votes-for").locator("input").fill("7");
            page.getByTestId("elim-minutes").fill("村民代表会议一致同意");
            page.getByTestId("elim-step-submit").click();
            assertThat(page.getByTestId("elim-state")).hasText("公示中");
            Ui.shot(page, "desktop-elimination-detail");
            id = Long.parseLong(page.url().replaceAll(".*/", ""));
        } finally {
            page.context().close();
        }

        tenDaysOld(id);
        finish(id);

        Page clerk = browser.desktop();
        try {
            Ui.login(clerk, port, "t-clerk1", false, null);
            clerk.navigate(Ui.base(port) + "#/households/" + household);
            assertThat(clerk.getByTestId("monitoring-history")).containsText("公告风险消除（帮扶消除）");
            assertThat(clerk.getByTestId("monitoring-history")).containsText("当前：风险已消除");
            clerk.getByTestId("ask-rollback").click();
            clerk.getByTestId("request-submit").click();
            assertThat(clerk.locator(".el-message--error")).containsText("请选择");
            Ui.choose(clerk, "request-reason", "收入不稳定或刚性支出不可控");
            clerk.getByTestId("request-reasons").fill("户主务工中断三个月，收入不稳定");
            clerk.getByTestId("request-document").fill("东村〔2026〕5号");
            clerk.getByTestId("request-submit").click();
            assertThat(clerk.getByTestId("monitoring-history")).containsText("提出风险消除回退申请");
            Ui.shot(clerk, "desktop-monitoring-history");
        } finally {
            clerk.context().close();
        }

        Page county = browser.desktop();
        try {
            Ui.login(county, port, "t-admin", false, null);
            county.getByTestId("nav-eliminations").click();
            assertThat(county.getByTestId("elim-row").filter(new Locator.FilterOptions().setHasText("蒋消除"))).containsText("已公告消除");
            county.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("回退与清退申请")).click();
            Locator request = county.getByTestId("request-row").filter(new Locator.FilterOptions().setHasText("蒋消除"));
            assertThat(request).containsText("东村〔2026〕5号");
            Ui.shot(county, "desktop-elimination-requests");
            request.getByTestId("request-decide").click();
            county.getByTestId("decision-opinion").fill("经核实，同意回退");
            county.getByTestId("decision-submit").click();
            assertThat(request).hasCount(0);
        } finally {
            county.context().close();
        }
        assertThat((String) ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD).get("/api/households/" + household)
                .read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");
    }

    @Test
    void onAPhoneTheReasonsTheListAndTheStepsFitTheScreen() {
        long household = ready("沈手机消");
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        jdbc.sql("update member set labour_capacity = 'NONE' where household_id = ?").param(household).update();
        long other = ready("秦手机办");
        ApiClient.Answer proposed = clerk.post("/api/eliminations", Map.of("householdId", other, "rigidSpendingResolved", true,
                "guaranteesSecure", true));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/households/" + household);
            assertThat(page.getByTestId("eligibility-blocked")).isVisible();
            assertThat(page.locator("[data-code=LABOUR]")).containsText("整户无劳动力");
            assertThat(page.getByTestId("eligibility-propose")).hasCount(0);
            page.getByTestId("eligibility").scrollIntoViewIfNeeded();
            Ui.assertNoHorizontalOverflow(page, "phone eligibility");
            Ui.shot(page, "phone-eligibility");

            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-eliminations").click();
            Locator row = page.getByTestId("elim-row").filter(new Locator.FilterOptions().setHasText("秦手机办"));
            assertThat(row).containsText("待入户核实");
            Ui.assertNoHorizontalOverflow(page, "phone elimination list");
            Ui.shot(page, "phone-eliminations");
            row.click();
            assertThat(page.getByTestId("elim-state")).hasText("待入户核实");
            assertThat(page.getByTestId("elim-step-form")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone elimination detail");
            Ui.shot(page, "phone-elimination");
        } finally {
            page.context().close();
        }
    }
}
