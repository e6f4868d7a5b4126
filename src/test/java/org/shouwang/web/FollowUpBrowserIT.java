package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.assistance.Schedules;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid worker opens 我的走访计划 on a 390 px phone: the overdue household comes first, a tap opens the visit form;
 * on the income tab a tap opens the registration dialog, a future-looking mistake is refused and a correct figure is
 * stored. A village clerk reads the village list on a desktop.
 */
@IntegrationTest
class FollowUpBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Schedules schedules;

    private final LocalDate today = LocalDate.now();

    private long monitored(String head, int daysLate) {
        long id = jdbc.sql("""
                insert into household (household_no, region_code, household_type, monitoring_status, head_name, member_count)
                values (?, ?, 'ORDINARY', 'RISK_ACTIVE', ?, 3) returning id""")
                .params("FB" + System.nanoTime(), TestCounty.VILLAGE_1, head).query(Long.class).single();
        schedules.refresh(id);
        jdbc.sql("update follow_schedule set next_due = ? where household_id = ?").params(today.minusDays(daysLate), id).update();
        return id;
    }

    @Test
    void onAPhoneAGridWorkerWorksThroughTheDaysPlan() {
        long late = monitored("逾期户甲", 40);
        monitored("逾期户乙", 2);
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-grid1", false, null);
            page.navigate(Ui.base(port) + "#/follow-ups");
            assertThat(page.locator(".page-title")).hasText("我的走访计划");
            assertThat(page.getByTestId("plan-note")).containsText("每人每天最多走访 20 户");
            assertThat(page.locator("#pane-plan .follow-card").first()).containsText("逾期");
            assertThat(page.locator("#pane-plan").getByTestId("follow-VISIT-" + late)).containsText("逾期 40 天");
            Ui.assertNoHorizontalOverflow(page, "phone plan");
            Ui.shot(page, "phone-follow-plan");

            page.getByText("收入登记").first().click();
            page.locator("#pane-income").getByTestId("act-INCOME-" + late).click();
            assertThat(page.getByTestId("income-dialog")).isVisible();
            page.getByTestId("income-net").locator("input").fill("1500");
            page.getByTestId("income-note").fill("<b>务工</b>");
            page.getByTestId("income-save").click();
            assertThat(page.locator(".el-form-item__error")).containsText("备注不能包含");
            Ui.assertNoHorizontalOverflow(page, "phone income dialog");
            Ui.shot(page, "phone-follow-income-error");
            page.getByTestId("income-note").fill("以务工收入为主");
            page.getByTestId("income-save").click();
            assertThat(page.getByTestId("income-dialog")).isHidden();
            assertThat(jdbc.sql("select count(*) from income_registration where household_id = ?").param(late)
                    .query(Long.class).single()).isEqualTo(1);
            Ui.shot(page, "phone-follow-income-saved");

            page.getByText("今日走访").click();
            page.locator("#pane-plan").getByTestId("act-VISIT-" + late).click();
            assertThat(page).hasURL(Pattern.compile("#/households/" + late + "/visit$"));
        } finally {
            page.context().close();
        }
    }

    @Test
    void onADesktopAClerkReadsTheVillageList() {
        monitored("村列表户", 5);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/follow-ups");
            page.getByText("辖区列表").click();
            page.getByTestId("list-search").click();
            assertThat(page.getByTestId("list-total")).containsText("共");
            assertThat(page.locator("#pane-list .follow-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("村列表户")).first()).isVisible();
            Ui.shot(page, "desktop-follow-list");
        } finally {
            page.context().close();
        }
    }
}
