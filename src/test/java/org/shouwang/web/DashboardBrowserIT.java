package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.identification.MovableClock;
import org.shouwang.reporting.DashboardCounty;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * 统计看板 in the real UI (issue 5, points 8 and 9): the county admin of 看板县 sees the figures, the charts and the
 * 规模性返贫风险 panel, drills down from the county to 东镇 and to 一村 by clicking rows, on a desktop and a 390 px phone.
 */
@IntegrationTest
@Import({DashboardCounty.class, DashboardBrowserIT.Today.class})
class DashboardBrowserIT {

    /** The day {@link DashboardCounty}'s rows were written for: Monday 2026-11-16 in Beijing. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        MovableClock dashboardClock() {
            return new MovableClock(ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, MovableClock.SHANGHAI));
        }
    }

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Test
    void theCountyDrillsDownToAVillageAndSeesTheClusters() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "d-admin", false, null);
            page.getByTestId("nav-dashboard").click();
            assertThat(page).hasURL(Pattern.compile("#/dashboard$"));
            Locator rows = page.getByTestId("dashboard-row");
            assertThat(rows).hasCount(3);
            assertThat(rows.first()).containsText("东镇");
            assertThat(rows.nth(1)).containsText("西乡");
            assertThat(rows.nth(1)).containsText("规模性风险");
            assertThat(rows.nth(2)).containsText("合计");
            assertThat(page.getByTestId("card-households")).containsText("315");
            assertThat(page.getByTestId("card-campaign")).containsText("7/15");
            assertThat(page.getByTestId("card-clues")).containsText("2");
            assertThat(page.getByTestId("card-compliance")).not().containsText("计算中");
            assertThat(page.getByTestId("cluster")).hasCount(3);
            assertThat(page.getByTestId("cluster-explanation").nth(1)).hasText("三村 14 天内 5 条因灾线索，占该村农户 2.5%");
            assertThat(page.locator("[data-testid=dashboard-chart-rows] canvas")).hasCount(1);
            Ui.shot(page, "desktop-dashboard");
            rows.first().click();
            assertThat(page.getByTestId("dashboard-trail")).containsText("东镇");
            assertThat(rows).hasCount(3);
            assertThat(rows.first()).containsText("一村");
            assertThat(rows.first()).containsText("规模性风险");
            assertThat(rows.nth(1)).containsText("二村");
            assertThat(page.getByTestId("card-households")).containsText("15");
            rows.first().click();
            assertThat(page.getByTestId("dashboard-trail")).containsText("一村");
            assertThat(rows).hasCount(2);
            assertThat(page.getByTestId("card-households")).containsText("10");
            assertThat(page.getByTestId("cluster")).hasCount(1);
            assertThat(page.getByTestId("cluster-explanation")).containsText("一村 14 天内 2 条");
            page.evaluate("window.scrollTo(0, 0)");
            Ui.shot(page, "desktop-dashboard-village");
        } finally {
            page.context().close();
        }

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "d-admin", false, null);
            phone.navigate(Ui.base(port) + "#/dashboard");
            Locator rows = phone.getByTestId("dashboard-row");
            assertThat(rows).hasCount(3);
            assertThat(phone.getByTestId("cluster")).hasCount(3);
            Ui.assertNoHorizontalOverflow(phone, "phone dashboard");
            Ui.shot(phone, "phone-dashboard");
            rows.first().click();
            assertThat(rows.first()).containsText("一村");
            Ui.assertNoHorizontalOverflow(phone, "phone dashboard township");
            phone.evaluate("window.scrollTo(0, 0)");
            Ui.shot(phone, "phone-dashboard-township");
        } finally {
            phone.context().close();
        }
    }
}
