package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county administrator in the real UI: opens 用户管理, adds a grid worker for 西村, first with a password the server
 * rejects, then successfully; the new user logs in and works in their village. On a 390 px phone the list is cards.
 */
@IntegrationTest
class UsersBrowserIT {

    private static final String NEW_PASSWORD = "a-long-password-1";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    /** The row (or, on a phone, the card) of this user: some element in it shows exactly the username. */
    private static Locator userRow(Page page, String username) {
        return page.getByTestId("user-row").filter(new Locator.FilterOptions()
                .setHas(page.getByText(username, new Page.GetByTextOptions().setExact(true))));
    }

    /**
     * Opens the lazy region tree-select and walks 测试县 → 一号镇 by the expand arrows (with check-strictly a click on a
     * name chooses it), then picks the village. el-tree-select hands its data-testid to the tree in its popper as well,
     * so the field is the one inside the dialog.
     */
    private static void chooseVillage(Page page, String village) {
        page.getByTestId("user-dialog").getByTestId("user-region").click();
        Locator popper = page.locator(".el-popper.el-tree-select__popper").filter(new Locator.FilterOptions().setVisible(true));
        // Each level loads lazily: wait for the child before touching it, or a click may land on a re-rendering
        // row and choose the township itself.
        String[][] steps = {{"测试县", "一号镇"}, {"一号镇", village}};
        for (String[] step : steps) {
            Locator node = popper.locator(".el-tree-node__content").filter(new Locator.FilterOptions().setHasText(step[0]));
            Locator arrow = node.locator(".el-tree-node__expand-icon:not(.is-leaf)");
            assertThat(arrow).isVisible();
            arrow.click();
            assertThat(popper.locator(".el-tree-node__content").filter(new Locator.FilterOptions().setHasText(step[1])))
                    .isVisible();
        }
        popper.locator(".el-tree-node__content").filter(new Locator.FilterOptions().setHasText(village)).click();
        assertThat(page.getByTestId("user-dialog").getByTestId("user-region")).containsText(village);
        assertThat(popper).isHidden();
    }

    @Test
    void onADesktopTheAdministratorAddsAGridWorkerWhoThenLogsIn() {
        String username = "ui" + System.nanoTime() % 1000000;
        String displayName = "网格" + username.substring(2);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-users").click();
            assertThat(page).hasURL(Pattern.compile("#/users$"));
            assertThat(page.locator(".page-title")).hasText("用户管理");
            Locator clerk = userRow(page, "t-clerk1");
            assertThat(clerk).hasCount(1);
            assertThat(clerk).containsText("村级经办员");
            assertThat(clerk).containsText("东村 " + TestCounty.VILLAGE_1);
            Ui.assertNoHorizontalOverflow(page, "desktop users");
            Ui.shot(page, "desktop-users");

            page.getByTestId("user-add").click();
            Locator dialog = page.getByTestId("user-dialog");
            assertThat(dialog).isVisible();
            assertThat(page.getByTestId("user-username")).hasValue("");
            assertThat(page.getByTestId("user-enabled")).hasCount(0);
            page.getByTestId("user-username").fill(username);
            page.getByTestId("user-display-name").fill(displayName);
            Ui.choose(page, "user-role", "网格员");
            chooseVillage(page, "西村");

            // Seven characters: the server's message appears under the password field, the dialog stays open.
            page.getByTestId("user-password").fill("short-7");
            page.getByTestId("user-save").click();
            Locator passwordItem = dialog.locator(".el-form-item").filter(new Locator.FilterOptions()
                    .setHas(page.getByTestId("user-password")));
            assertThat(passwordItem.getByTestId("field-error")).hasText("密码至少8位");
            assertThat(dialog.getByTestId("field-error")).hasCount(1);
            assertThat(dialog).isVisible();
            Ui.viewportShot(page, "desktop-user-dialog-error");

            page.getByTestId("user-password").fill(NEW_PASSWORD);
            page.getByTestId("user-save").click();
            assertThat(dialog).isHidden();
            Locator added = userRow(page, username);
            assertThat(added).hasCount(1);
            assertThat(added).containsText(displayName);
            assertThat(added).containsText("网格员");
            assertThat(added).containsText("西村 " + TestCounty.VILLAGE_1B);
            assertThat(added).containsText("启用");
            Ui.shot(page, "desktop-users-added");
        } finally {
            page.context().close();
        }

        // The new grid worker, in a browser of their own, logs in and sees the households of 西村's scope.
        Page own = browser.desktop();
        try {
            own.navigate(Ui.base(port) + "#/login");
            own.getByTestId("login-username").fill(username);
            own.getByTestId("login-password").fill(NEW_PASSWORD);
            own.getByTestId("login-submit").click();
            assertThat(own).hasURL(Pattern.compile("#/households"));
            assertThat(own.getByTestId("current-user")).containsText(displayName);
            assertThat(own.getByTestId("current-user")).containsText("网格员");
            assertThat(own.getByTestId("current-user")).containsText("西村");
            assertThat(own.getByTestId("nav-households")).isVisible();
            assertThat(own.getByTestId("nav-users")).hasCount(0);
            assertThat(own.getByTestId("region-tree")).containsText("西村");
            assertThat(own.getByTestId("result-total")).hasText(Pattern.compile("^\\d+$"));
        } finally {
            own.context().close();
        }
    }

    @Test
    void onAPhoneTheUsersAreCards() {
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-users").click();
            assertThat(page).hasURL(Pattern.compile("#/users$"));
            Locator clerk = userRow(page, "t-clerk1");
            assertThat(clerk).hasCount(1);
            assertThat(clerk).containsText("东村（" + TestCounty.VILLAGE_1 + "）");
            assertThat(page.locator("table")).hasCount(0);
            Ui.assertNoHorizontalOverflow(page, "phone users");
            Ui.shot(page, "phone-users");
        } finally {
            page.context().close();
        }
    }
}
