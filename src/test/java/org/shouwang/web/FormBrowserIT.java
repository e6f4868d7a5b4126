package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid worker with a 390 px phone during the 集中排查: finds the household in 我的排查户, opens the 排查表 pre-filled,
 * records that the household declares difficulty, sees the flag with its reason, looks at the override dialog,
 * submits, and follows the link to the clue now in the inbox. The village clerk opens the same form on a desktop.
 */
@IntegrationTest
class FormBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onAPhoneAScreenerFillsThePrefilledFormSeesTheFlagAndTheClue() {
        TestProfiles.ensureCounty(port, jdbc);
        long household = Households.create(ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD), TestCounty.VILLAGE_1, "排查浏览");
        long campaign = jdbc.sql("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('浏览测试集中排查', 2026, ?, ?, 'RUNNING', 't-admin') returning id""")
                .params(TestCounty.COUNTY, LocalDate.now()).query(Long.class).single();
        jdbc.sql("insert into campaign_household (campaign_id, household_id, region_code, assign_rule, screener_username) "
                + "values (?, ?, ?, 'CONTACT_PERSON', 't-grid1')").params(campaign, household, TestCounty.VILLAGE_1).update();

        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-grid1", false, null);
            page.navigate(Ui.base(port) + "#/forms");
            page.getByTestId("form-row").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("排查浏览")).click();
            assertThat(page).hasURL(Pattern.compile("#/forms/" + campaign + "/" + household + "$"));
            assertThat(page.locator(".form-page")).containsText("李梅");
            assertThat(page.locator(".form-page")).containsText("测算期内尚无收支情况");
            Ui.assertNoHorizontalOverflow(page, "phone screening form");
            Ui.shot(page, "phone-form");

            page.getByTestId("wage").locator("input").fill("9000");
            page.getByTestId("declared").click();
            page.getByTestId("try-flag").click();
            assertThat(page.getByTestId("flag")).containsText("需启动识别认定程序");
            assertThat(page.getByTestId("flag")).containsText("农户本人申报困难");
            // the national profile's rule, evaluated on the corrected income: 9000 元 for two people is below 8000 元
            assertThat(page.getByTestId("flag")).containsText("人均纯收入低于监测范围");
            assertThat(page.getByTestId("flag")).containsText("4500");
            Ui.shot(page, "phone-form-flag");

            page.getByTestId("override").click();
            assertThat(page.getByTestId("override-reason")).isVisible();
            Ui.viewportShot(page, "phone-form-override");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取消")).click();

            page.getByTestId("submit-form").click();
            assertThat(page.getByTestId("clue-link")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone screening form submitted");
            Ui.shot(page, "phone-form-submitted");
            Long clue = jdbc.sql("select clue_id from campaign_form where campaign_id = ? and household_id = ?")
                    .params(campaign, household).query(Long.class).single();
            assertThat(jdbc.sql("select channel from clue_signal where clue_id = ?").param(clue).query(String.class).list())
                    .containsExactly("CAMPAIGN");
            assertThat(jdbc.sql("select wage_income from income_statement where household_id = ?").param(household)
                    .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("9000");
        } finally {
            page.context().close();
        }

        Page desk = browser.desktop();
        try {
            Ui.login(desk, port, "t-clerk1", false, null);
            desk.navigate(Ui.base(port) + "#/clues");
            assertThat(desk.locator("body")).containsText("排查浏览");
            desk.navigate(Ui.base(port) + "#/forms/" + campaign + "/" + household);
            assertThat(desk.getByTestId("flag")).containsText("需启动识别认定程序");
            assertThat(desk.getByTestId("submit-form")).containsText("重新提交");
            Ui.shot(desk, "desktop-form");
        } finally {
            desk.context().close();
        }
    }

    /** The village clerk finds the eliminated household the 回头看 proposes to roll back and opens the written request. */
    @Test
    @SuppressWarnings("unchecked")
    void theVillageSeesTheProposedRollbackAndOpensTheRequestDialog() {
        TestProfiles.ensureCounty(port, jdbc);
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "回头看浏览");
        jdbc.sql("update household set monitoring_status = 'RISK_ELIMINATED', monitoring_category = 'UNSTABLE' where id = ?")
                .param(household).update();
        long campaign = jdbc.sql("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('回头看浏览排查', 2026, ?, ?, 'RUNNING', 't-admin') returning id""")
                .params(TestCounty.COUNTY, LocalDate.now()).query(Long.class).single();
        jdbc.sql("insert into campaign_household (campaign_id, household_id, region_code, assign_rule, screener_username) "
                + "values (?, ?, ?, 'CONTACT_PERSON', 't-grid1')").params(campaign, household, TestCounty.VILLAGE_1).update();
        ApiClient grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        String path = "/api/campaigns/" + campaign + "/households/" + household + "/form";
        java.util.Map<String, Object> body = new java.util.HashMap<>((java.util.Map<String, Object>) grid.get(path).read("$.answers"));
        body.put("lookBack", java.util.Map.of("incomeStable", false, "guaranteesSecure", true, "newRisk", false,
                "note", "务工中断，收入明显下降", "proposeRollback", true));
        assertThat(grid.put(path, body).status()).isEqualTo(200);

        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/forms/review/" + campaign);
            assertThat(page.getByTestId("rollback-row")).containsText("务工中断，收入明显下降");
            Ui.assertNoHorizontalOverflow(page, "phone review page");
            Ui.shot(page, "phone-form-review");
            page.getByTestId("rollback-ask").click();
            assertThat(page.getByTestId("request-form")).isVisible();
            assertThat(page.locator(".el-dialog__title")).containsText("申请风险消除回退");
            Ui.viewportShot(page, "phone-form-review-rollback");
        } finally {
            page.context().close();
        }
    }
}
