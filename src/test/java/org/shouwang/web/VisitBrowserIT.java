package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid worker at a household's door with a 390 px phone: opens the household, records a visit that finds unsafe
 * housing and reports a clue, sees that the clue was raised, then finds the visit on the household and in 我的走访.
 */
@IntegrationTest
class VisitBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onAPhoneAGridWorkerRecordsAVisitThatRaisesAClue() {
        long household = Households.create(ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD), TestCounty.VILLAGE_1, "走访浏览");
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-grid1", false, null);
            page.navigate(Ui.base(port) + "#/households/" + household);
            assertThat(page.locator(".page-title")).containsText("走访浏览");
            page.getByTestId("visit-add").click();

            assertThat(page).hasURL(Pattern.compile("#/households/" + household + "/visit$"));
            assertThat(page.getByTestId("visit-date")).hasValue(LocalDate.now().toString());
            assertThat(page.getByTestId("visit-mode-IN_PERSON").locator("input")).isChecked();
            Ui.assertNoHorizontalOverflow(page, "phone visit form");
            Ui.shot(page, "phone-visit-form");
            page.setViewportSize(360, 740);
            Ui.assertNoHorizontalOverflow(page, "360 px visit form");
            Ui.shot(page, "phone360-visit-form");
            page.setViewportSize(390, 844);

            // Nothing written yet: the server's message appears beside the field.
            page.getByTestId("visit-gap-HOUSING").click();
            assertThat(page.getByTestId("visit-auto-clue")).isVisible();
            page.getByTestId("visit-save").click();
            assertThat(page.getByTestId("field-error")).hasText("请填写走访情况");
            assertThat(page.getByTestId("visit-result")).hasCount(0);

            page.getByTestId("visit-mode-PHONE").click();
            page.getByTestId("visit-findings").fill("户主在外务工，电话联系。老屋雨后墙体开裂，家人暂住亲戚家");
            assertThat(page.getByTestId("field-error")).hasCount(0);
            page.getByTestId("visit-risk-DISASTER").click();
            page.getByTestId("visit-clue-switch").click();
            page.getByTestId("visit-clue-reason").fill("房屋疑似危房，需住建部门鉴定");
            Ui.assertNoHorizontalOverflow(page, "phone visit form filled");
            Ui.shot(page, "phone-visit-filled");
            page.getByTestId("visit-save").click();

            assertThat(page.getByTestId("visit-result")).containsText("走访已保存");
            assertThat(page.getByTestId("visit-clue-result")).containsText("已上报风险线索");
            Ui.assertNoHorizontalOverflow(page, "phone visit saved");
            Ui.shot(page, "phone-visit-saved");

            Map<String, Object> stored = jdbc.sql("select id, mode, guarantee_gaps, risk_types, clue_id from visit where household_id = ?")
                    .param(household).query().singleRow();
            assertThat(stored).containsEntry("mode", "PHONE").containsEntry("guarantee_gaps", "HOUSING")
                    .containsEntry("risk_types", "DISASTER");
            assertThat(stored.get("clue_id")).isNotNull();
            String reason = jdbc.sql("select reason from clue_signal where source_ref = ? and channel = 'CADRE_VISIT'")
                    .param("visit:" + stored.get("id")).query(String.class).single();
            assertThat(reason).contains("住房安全问题").contains("房屋疑似危房，需住建部门鉴定");

            page.getByTestId("visit-back").click();
            Locator card = page.getByTestId("visit-row");
            assertThat(card).hasCount(1);
            assertThat(card).containsText("电话");
            assertThat(card.getByTestId("visit-clue-tag")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone household with visit");
            Ui.shot(page, "phone-household-visits");

            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-visits").click();
            assertThat(page).hasURL(Pattern.compile("#/visits$"));
            assertThat(page.getByTestId("visit-row").filter(new Locator.FilterOptions().setHasText("走访浏览"))).hasCount(1);
            Ui.assertNoHorizontalOverflow(page, "phone my visits");
            Ui.shot(page, "phone-my-visits");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onADesktopTheFormAndTheListsReadWell() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "走访桌面");
        ApiClient.Answer a = clerk.post("/api/households/" + household + "/visits", Map.of("mode", "IN_PERSON",
                "visitDate", LocalDate.now().minusDays(1).toString(), "householdReached", true, "findings", "家中老人慢性病，药费负担较重",
                "incomeChange", "SHARP_FALL", "incomeChangeAmount", 6000, "riskTypes", java.util.List.of("ILLNESS")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        ApiClient grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        assertThat(grid.post("/api/households/" + household + "/visits", Map.of("mode", "NETWORK",
                "visitDate", LocalDate.now().toString(), "householdReached", false, "findings", "微信视频未接通，明日再联系"))
                .status()).isEqualTo(201);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-grid1", false, null);
            page.navigate(Ui.base(port) + "#/households/" + household);
            assertThat(page.getByTestId("visit-row")).hasCount(2);
            assertThat(page.getByTestId("visit-row").first()).containsText("未见到本人");
            assertThat(page.getByTestId("visit-row").last()).containsText("收入明显下降（约 6,000.00 元/年）");
            Ui.assertNoHorizontalOverflow(page, "desktop household");
            Ui.shot(page, "desktop-household-visits");
            page.getByTestId("visit-add").click();
            assertThat(page.getByTestId("visit-save")).isVisible();
            Ui.shot(page, "desktop-visit-form");
            page.getByTestId("nav-visits").click();
            assertThat(page.getByTestId("visit-row").filter(new Locator.FilterOptions().setHasText("走访桌面"))).hasCount(1);
            Ui.shot(page, "desktop-my-visits");
        } finally {
            page.context().close();
        }
    }

    @Test
    void anInspectorSeesVisitsButNoButtonToRecordOne() {
        long household = Households.create(ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD), TestCounty.VILLAGE_1, "走访督查");
        Page page = browser.desktop();
        try {
            // The menu asks once after login whether the user may record visits; the answer must be in before checking.
            page.waitForResponse(r -> r.url().contains("/api/visits/options"), () -> Ui.login(page, port, "t-inspector", false, null));
            page.navigate(Ui.base(port) + "#/households/" + household);
            assertThat(page.locator(".page-title")).containsText("走访督查");
            assertThat(page.getByTestId("visit-add")).hasCount(0);
            assertThat(page.getByTestId("nav-visits")).hasCount(0);
            page.navigate(Ui.base(port) + "#/households/" + household + "/visit");
            assertThat(page.getByText("您的角色不能记录走访")).isVisible();
            assertThat(page.getByTestId("visit-save")).hasCount(0);
        } finally {
            page.context().close();
        }
    }
}
