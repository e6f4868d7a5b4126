package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A village clerk works the clue inbox in the real UI (issue 3, point 12): sees a late clue in red, opens it, reads why
 * it was raised, decides 不予纳入 with a reason (first tripping the server's checks) and finds it among the decided.
 */
@IntegrationTest
class ClueInboxBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    Clues clues;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void closeCluesLeftOpenByEarlierRuns() {
        // Against a reused database the inbox would fill with older late clues and push ours off the first page.
        jdbc.update("""
                update risk_clue set status = 'DECIDED', outcome = 'NOT_INCLUDED', outcome_reason = 'DUPLICATE',
                       decided_by = 'test-cleanup', decided_at = now(), version = version + 1
                where region_code = ? and status = 'OPEN'""", TestCounty.VILLAGE_1);
    }

    /** A 东村 household with a clue raised {@code daysAgo} calendar days ago by the 医保 feed. */
    private void clue(String head, int daysAgo) {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long household = Households.create(clerk, TestCounty.VILLAGE_1, head);
        String ref = "feed-row:" + UUID.randomUUID();
        clues.raise(new ClueSignal(TestCounty.VILLAGE_1, household, null, null, Channel.DEPARTMENT,
                "医保局 · 2026年10月住院.xlsx · 第12行", ref, "MEDICAL_SELF_PAID", "住院合规自付费用 23,400.00 元，超过 20,000 元",
                Map.of("自付费用", 23400, "限额", 20000), LocalDate.now(clock).minusDays(daysAgo), ref));
    }

    private static Locator row(Page page, String head) {
        return page.getByTestId("clue-row").filter(new Locator.FilterOptions().setHasText(head));
    }

    @Test
    void onADesktopAClerkSeesTheLateClueReadsWhyAndDecidesNotIncluded() {
        clue("卫迟报", 30);
        clue("蒋新报", 0);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("nav-clues").click();
            assertThat(page).hasURL(Pattern.compile("#/clues$"));
            assertThat(row(page, "卫迟报")).hasClass(Pattern.compile("row-overdue"));
            assertThat(row(page, "卫迟报")).containsText("逾期");
            assertThat(row(page, "蒋新报")).not().hasClass(Pattern.compile("row-overdue"));
            assertThat(row(page, "蒋新报")).containsText("剩 5 个工作日");
            assertThat(page.getByTestId("clue-count")).hasCount(0); // a village has no child regions to compare
            assertThat(page.getByTestId("clue-count-total")).containsText("逾期 1");
            Ui.shot(page, "desktop-clues");

            row(page, "卫迟报").click();
            assertThat(page).hasURL(Pattern.compile("#/clues/\\d+$"));
            assertThat(page.getByTestId("clue-signal-reason")).containsText("超过 20,000 元");
            assertThat(page.getByTestId("clue-signal-values")).containsText("自付费用");
            assertThat(page.getByTestId("clue-signal-values")).containsText("23,400");
            assertThat(page.getByTestId("clue-signal")).containsText("部门筛查预警");
            assertThat(page.getByTestId("clue-signal")).containsText("医保局 · 2026年10月住院.xlsx");
            assertThat(page.getByTestId("clue-household-link")).containsText("卫迟报");

            page.getByTestId("clue-outcome-NOT_INCLUDED").click();
            page.getByTestId("clue-decide").click();
            assertThat(page.getByTestId("field-error").first()).isVisible();
            assertThat(page.getByTestId("clue-decision-form")).containsText("不予纳入须从列表中选择原因");
            assertThat(page.getByTestId("clue-decision-form")).containsText("不予纳入须写明核实情况");
            Ui.shot(page, "desktop-clue-errors");

            Ui.choose(page, "clue-reason", "收入稳定且高于监测范围");
            page.getByTestId("clue-note").fill("入户核实：两人务工，家庭年人均纯收入约 2.1 万元，医疗费用已由大病保险报销。");
            page.getByTestId("clue-decide").click();
            assertThat(page.getByTestId("clue-status")).hasText("已处理");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("不予纳入");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("收入稳定且高于监测范围");
            assertThat(page.getByTestId("clue-decision-form")).hasCount(0);
            Ui.shot(page, "desktop-clue-decided");

            page.getByTestId("nav-clues").click();
            assertThat(row(page, "蒋新报")).hasCount(1);
            assertThat(row(page, "卫迟报")).hasCount(0);
            Ui.choose(page, "clue-filter-status", "已处理");
            assertThat(row(page, "卫迟报")).containsText("不予纳入");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheCluesAreCardsAndTheExplanationFits() {
        clue("韩手机", 30);
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-clues").click();
            assertThat(row(page, "韩手机")).hasClass(Pattern.compile("overdue"));
            Ui.assertNoHorizontalOverflow(page, "phone clue list");
            Ui.shot(page, "phone-clues");
            row(page, "韩手机").click();
            assertThat(page.getByTestId("clue-signal-values")).containsText("限额");
            page.getByTestId("clue-outcome-NOT_INCLUDED").click();
            Ui.assertNoHorizontalOverflow(page, "phone clue detail");
            Ui.shot(page, "phone-clue");
        } finally {
            page.context().close();
        }
    }

    @Test
    void theCountySeesOpenAndLateCluesPerTownshipAndNarrowsToOne() {
        clue("尤县看", 30);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-clues").click();
            Locator township = page.getByTestId("clue-count").filter(new Locator.FilterOptions().setHasText("一号镇"));
            assertThat(township).hasClass(Pattern.compile("late"));
            assertThat(page.getByTestId("clue-count").filter(new Locator.FilterOptions().setHasText("二号乡"))).hasCount(1);
            Ui.shot(page, "desktop-clues-county");
            township.click();
            assertThat(page.locator(".region-tag")).containsText("一号镇");
            assertThat(page.getByTestId("clue-count-total")).containsText("一号镇");
            assertThat(page.getByTestId("clue-count").filter(new Locator.FilterOptions().setHasText("东村"))).hasClass(Pattern.compile("late"));
            assertThat(row(page, "尤县看")).hasClass(Pattern.compile("row-overdue"));
            page.waitForResponse(r -> r.url().contains("overdue=true"), () -> page.getByTestId("clue-filter-overdue").click());
            assertThat(row(page, "尤县看")).hasCount(1);
            assertThat(page.getByTestId("clue-row").filter(new Locator.FilterOptions().setHasNotText("逾期"))).hasCount(0);
            Ui.shot(page, "desktop-clues-township");
        } finally {
            page.context().close();
        }
    }
}
