package org.shouwang.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One Chromium per test class: {@code @RegisterExtension static final BrowserExtension browser = new BrowserExtension();}. */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    public Page desktop() {
        return browser.desktop();
    }

    public Page phone() {
        return browser.phone();
    }
}
