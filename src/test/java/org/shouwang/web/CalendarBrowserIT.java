package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The working calendar page: the year's holidays and 调休 days with their source, and the county's own days. */
@IntegrationTest
class CalendarBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Test
    void aCountyAdministratorSeesTheNationalDaysAndTheCountysOwn() {
        int year = LocalDate.now().getYear();
        LocalDate day = LocalDate.of(year, 11, 20);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        admin.delete("/api/policy/calendar/days/" + day);
        admin.put("/api/policy/calendar/days/" + day, Map.of("kind", "HOLIDAY", "name", "县庆", "source", "测试县人民政府通知"));
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-calendar").click();
            assertThat(page).hasURL(Pattern.compile("#/calendar"));
            assertThat(page.getByTestId("calendar-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("县庆"))).containsText("本县");
            assertThat(page.getByTestId("calendar-add")).isVisible();
            Ui.shot(page, "desktop-calendar");
        } finally {
            page.context().close();
            admin.delete("/api/policy/calendar/days/" + day);
        }
    }

    @Test
    void onAPhoneTheDaysAreCardsThatFit() {
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-calendar").click();
            assertThat(page.getByTestId("calendar-row").first()).isVisible();
            assertThat(page.getByTestId("calendar-add")).hasCount(0);
            Ui.assertNoHorizontalOverflow(page, "phone calendar");
            Ui.shot(page, "phone-calendar");
        } finally {
            page.context().close();
        }
    }
}
