package org.shouwang.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Outside CI a machine without Chromium
 * skips the browser tests with the reason; in CI (CI=true) a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {

    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser start() {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowser"), "browser tests skipped by -DskipBrowser=true");
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no Chromium at /usr/bin/chromium: install the Debian package chromium");
            }
            Assumptions.abort("no Chromium found at /usr/bin/chromium; install the Debian package chromium to run browser tests");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
        return new Browser(playwright, browser);
    }

    public Page desktop() {
        return page(1366, 900, false);
    }

    public Page phone() {
        return page(390, 844, true);
    }

    private Page page(int width, int height, boolean mobile) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setIsMobile(mobile).setHasTouch(mobile).setLocale("zh-CN").setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
