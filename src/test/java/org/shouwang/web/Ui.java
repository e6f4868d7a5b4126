package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.shouwang.support.Browser;
import org.shouwang.support.TestCounty;

/** Steps the browser tests share: logging in, choosing from Element Plus selects, checking the layout. */
final class Ui {

    private Ui() {
    }

    static String base(int port) {
        return "http://localhost:" + port + "/";
    }

    /** Logs in through the form; with {@code wrongPasswordFirst} the form must show its error before the real login. */
    static void login(Page page, int port, String username, boolean wrongPasswordFirst, String screenshot) {
        page.navigate(base(port) + "#/login");
        page.getByTestId("login-username").fill(username);
        if (wrongPasswordFirst) {
            page.getByTestId("login-password").fill("not-the-password");
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("login-error")).containsText("用户名或密码错误");
        }
        page.getByTestId("login-password").fill(TestCounty.PASSWORD);
        if (screenshot != null) {
            shot(page, screenshot);
        }
        page.getByTestId("login-submit").click();
        assertThat(page).hasURL(Pattern.compile("#/households"));
        assertThat(page.getByTestId("current-user")).containsText(username);
    }

    /** Opens an Element Plus select and clicks the visible option with exactly this label. */
    static void choose(Page page, String testId, String label) {
        page.getByTestId(testId).click();
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
        option.click();
        assertThat(option).isHidden();
    }

    /** The page must not scroll sideways: nothing may stick out past the viewport. */
    static void assertNoHorizontalOverflow(Page page, String where) {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits).as("no horizontal overflow on " + where + ": scrollWidth=%s innerWidth=%s",
                page.evaluate("document.documentElement.scrollWidth"), page.evaluate("window.innerWidth")).isEqualTo(true);
    }

    /** A full-page screenshot once loading masks are gone and transitions (drawer, progress bar, tags) have finished. */
    static void shot(Page page, String name) {
        settle(page);
        Browser.screenshot(page, name);
    }

    /** The viewport only: a dialog is fixed to the viewport, a full-page picture would show the page under it. */
    static void viewportShot(Page page, String name) {
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private static void settle(Page page) {
        assertThat(page.locator(".el-loading-mask:visible")).hasCount(0);
        page.evaluate("() => Promise.all(document.getAnimations()"
                + ".filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity)"
                + ".map(a => a.finished.catch(() => null)))");
    }
}
