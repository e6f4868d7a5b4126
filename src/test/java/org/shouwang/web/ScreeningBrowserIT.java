package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.registry.Regions;
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
 * 筛查 in the browser: a run over a township with its progress bar and the flagged household's findings, a what-if
 * with a higher threshold compared per village, and the household's 风险研判 card. Uses a township of its own
 * (349999042000): a poor household in 页甲村 (3,000 元 per person) and one in 页乙村 at 8,500 元, under the county's 8,000.
 */
@IntegrationTest
class ScreeningBrowserIT {

    static final String TOWNSHIP = "349999042000";
    static final String VILLAGE_A = "349999042001";
    static final String VILLAGE_B = "349999042002";
    static final String POOR = "筛页贫户";
    static final String NEAR = "筛页边户";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    Regions regions;
    @Autowired
    JdbcClient jdbc;

    static long poor;

    @BeforeEach
    void setUp() {
        if (poor != 0) {
            return;
        }
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        regions.define(List.of(new Regions.Region(TOWNSHIP, "筛页镇", 4, TestCounty.COUNTY),
                new Regions.Region(VILLAGE_A, "页甲村", 5, TOWNSHIP), new Regions.Region(VILLAGE_B, "页乙村", 5, TOWNSHIP)));
        TestProfiles.county(admin, jdbc);
        poor = household(admin, VILLAGE_A, POOR, 6000);
        household(admin, VILLAGE_B, NEAR, 17000);
    }

    @Test
    void anAdministratorRunsAScreeningSeesWhyAndTriesAHigherThreshold() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-screening").click();
            assertThat(page).hasURL(Pattern.compile("#/screening"));
            Locator runs = page.getByRole(AriaRole.TABPANEL).first();
            pickRegion(page, "run-region");
            page.getByTestId("run-start").click();
            Locator card = runs.getByTestId("run-progress-card");
            assertThat(card).isVisible();
            assertThat(card).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(card.getByTestId("run-progress")).containsText("100%");
            assertThat(card.getByTestId("run-flagged")).hasText("1");
            assertThat(card.getByTestId("run-export")).hasAttribute("href", Pattern.compile("/api/screening/runs/\\d+/export"));

            Locator row = runs.locator("tr.el-table__row").filter(new Locator.FilterOptions().setHasText(POOR));
            assertThat(row).containsText("人均纯收入低于监测范围");
            row.locator(".el-table__expand-icon").click();
            Locator finding = runs.getByTestId("run-results").getByTestId("finding")
                    .filter(new Locator.FilterOptions().setHasText("人均纯收入低于监测范围"));
            assertThat(finding.getByTestId("finding-evidence")).containsText("3000");
            assertThat(finding.getByTestId("finding-evidence")).containsText("8000");
            assertThat(runs.getByTestId("run-results")).not().containsText(NEAR);
            Ui.shot(page, "desktop-screening-run");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("试算")).click();
            Locator whatIf = page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("试算"));
            pickRegion(page, "whatif-region");
            whatIf.getByTestId("whatif-threshold").locator("input").fill("9000");
            whatIf.getByTestId("whatif-start").click();
            Locator wcard = whatIf.getByTestId("run-progress-card");
            assertThat(wcard).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            Locator cmp = whatIf.getByTestId("whatif-comparison");
            Locator yi = cmp.locator("tr.el-table__row").filter(new Locator.FilterOptions().setHasText("页乙村"));
            assertThat(yi.locator("td").nth(1)).hasText("0");
            assertThat(yi.locator("td").nth(2)).hasText("1");
            assertThat(yi.locator("td").nth(3)).hasText("+1");
            assertThat(cmp.locator(".el-table__footer")).containsText("合计");
            assertThat(cmp.locator(".el-table__footer td").nth(2)).hasText("2");
            assertThat(whatIf).containsText("试算不生成线索");
            Ui.shot(page, "desktop-screening-whatif");

            page.navigate(Ui.base(port) + "#/households/" + poor);
            Locator why = page.getByTestId("explanation");
            Locator income = why.getByTestId("finding").filter(new Locator.FilterOptions().setHasText("人均纯收入低于监测范围"));
            assertThat(income.getByTestId("finding-evidence")).containsText("3000");
            assertThat(why).containsText(TestProfiles.COUNTY_PROFILE);
            Ui.shot(page, "desktop-household-explanation");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aWhatIfWithACandidateRuleInPlaceOfTheIncomeRuleCountsBothHouseholds() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-screening").click();
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("试算")).click();
            Locator whatIf = page.getByRole(AriaRole.TABPANEL, new Page.GetByRoleOptions().setName("试算"));
            pickRegion(page, "whatif-region");
            whatIf.getByTestId("whatif-add-rule").click();
            Locator editor = page.getByTestId("rule-editor");
            editor.getByTestId("rule-code").fill("WI_TWO_OR_MORE");
            editor.getByTestId("rule-name").fill("两人及以上的户");
            editor.getByTestId("rule-expression").fill("household.memberCount >= 2 && household.regionCode.startsWith('349999042')");
            assertThat(page.getByTestId("rule-check-ok")).isVisible();
            page.getByTestId("rule-use").click();
            assertThat(editor).isHidden();
            assertThat(whatIf.getByTestId("whatif-rule")).containsText("WI_TWO_OR_MORE");
            whatIf.getByTestId("whatif-disabled").click();
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("INCOME_BELOW_THRESHOLD")).click();
            page.keyboard().press("Escape");
            whatIf.getByTestId("whatif-start").click();
            Locator wcard = whatIf.getByTestId("run-progress-card");
            assertThat(wcard).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            Locator footer = whatIf.getByTestId("whatif-comparison").locator(".el-table__footer td");
            assertThat(footer.nth(1)).hasText("1");
            assertThat(footer.nth(2)).hasText("2");
            assertThat(footer.nth(3)).hasText("+1");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheScreeningPageAndTheExplanationFit() {
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-screening").click();
            pickRegion(page, "run-region");
            page.getByTestId("run-start").click();
            Locator card = page.getByTestId("run-progress-card").first();
            assertThat(card).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.getByTestId("result-row").first()).containsText(POOR);
            Ui.assertNoHorizontalOverflow(page, "phone screening");
            Ui.shot(page, "phone-screening-run");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("试算")).click();
            assertThat(page.getByTestId("whatif-start")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone what-if");
            Ui.shot(page, "phone-screening-whatif");
            page.navigate(Ui.base(port) + "#/households/" + poor);
            assertThat(page.getByTestId("explanation")).containsText("人均纯收入低于监测范围");
            Ui.assertNoHorizontalOverflow(page, "phone household");
            Ui.shot(page, "phone-household-explanation");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aUserWithoutScreeningPermissionHasNoScreeningMenu() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-inspector", false, null);
            assertThat(page.getByTestId("nav-policy")).isVisible();
            assertThat(page.getByTestId("nav-screening")).hasCount(0);
            page.navigate(Ui.base(port) + "#/screening");
            assertThat(page).hasURL(Pattern.compile("#/households"));
        } finally {
            page.context().close();
        }
    }

    private static void pickRegion(Page page, String testId) {
        page.getByTestId(testId).click();
        page.keyboard().type("筛页镇");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(TOWNSHIP)).click();
    }

    private static long household(ApiClient admin, String village, String head, double wage) {
        long id = Households.create(admin, village, head);
        LocalDate today = LocalDate.now();
        ApiClient.Answer income = admin.post("/api/households/" + id + "/incomes", Map.of(
                "periodStart", today.withDayOfMonth(1).minusMonths(12).toString(),
                "periodEnd", today.withDayOfMonth(1).minusDays(1).toString(), "wageIncome", wage, "businessIncome", 0,
                "propertyIncome", 0, "transferIncome", 0, "productionExpense", 0, "compliantSelfPaid", 0));
        assertThat(income.status()).as(income.body()).isIn(200, 201);
        return id;
    }
}
