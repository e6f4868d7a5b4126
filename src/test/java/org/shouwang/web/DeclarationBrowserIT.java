package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.intake.internal.RateLimits;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 农户自主申报 on a 390 px phone from the household's QR code, and the clerk's printable 一户一码 sheet. */
@IntegrationTest
class DeclarationBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void noCounts() {
        limits.forget("");
    }

    @Test
    void aHouseholdDeclaresOnItsPhoneAndLooksUpTheStatus() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "张守田");
        String headId = jdbc.queryForObject("select id_number from member where household_id = ? and relation = 'HEAD'",
                String.class, household);
        String householdNo = clerk.get("/api/households/" + household).read("$.householdNo");
        List<String> codes = clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1)
                .read("$.households[?(@.householdNo == '" + householdNo + "')].code");

        Page page = browser.phone();
        try {
            page.navigate(Ui.base(port) + "#/declare/" + codes.get(0));
            assertThat(page.getByTestId("declare-place")).containsText("一号镇 东村");
            assertThat(page.getByTestId("declare-place")).containsText("户主 张**");
            assertThat(page.getByTestId("current-user")).hasCount(0);
            page.getByTestId("declare-submit").click();
            assertThat(page.getByText("请填写申请人姓名")).isVisible();
            assertThat(page.getByText("请阅读并勾选承诺授权，否则村里无法核实您家的情况")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "declaration form");
            Ui.shot(page, "phone-declare-errors");

            page.getByTestId("declare-name").fill("张守田");
            page.getByTestId("declare-id").fill(headId);
            page.getByTestId("declare-phone").fill("139 1234 5678");
            page.getByTestId("declare-types").getByText("因病", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
            page.getByTestId("declare-description").fill("今年住院两次，自付三万多元，家里还有两个孩子上学。");
            page.getByTestId("declare-consent").click();
            Ui.shot(page, "phone-declare-form");
            page.getByTestId("declare-submit").click();

            assertThat(page.getByTestId("declare-tracking-code")).hasText(Pattern.compile("[2-9A-HJ-NP-Z]{5} [2-9A-HJ-NP-Z]{5}"));
            String tracking = page.getByTestId("declare-tracking-code").textContent().replace(" ", "");
            assertThat(jdbc.queryForObject("select household_id from declaration where tracking_code = ?", Long.class, tracking))
                    .isEqualTo(household);
            Ui.assertNoHorizontalOverflow(page, "declaration receipt");
            Ui.shot(page, "phone-declare-receipt");

            page.getByTestId("declare-to-status").click();
            assertThat(page.getByTestId("status-result")).containsText("已受理");
            assertThat(page.getByTestId("status-result")).not().containsText("张");
            Ui.shot(page, "phone-declare-status");

            page.navigate(Ui.base(port) + "#/declare-status");
            page.getByTestId("status-code").fill("ABCDE-FGHJK");
            page.getByTestId("status-submit").click();
            assertThat(page.getByTestId("status-error")).containsText("没有查到这个跟踪码");
            page.getByTestId("status-code").fill(tracking.toLowerCase());
            page.getByTestId("status-submit").click();
            assertThat(page.getByTestId("status-result")).containsText("已受理");
        } finally {
            page.context().close();
        }
    }

    @Test
    void anUnknownCodeSaysSoWithoutAForm() {
        Page page = browser.phone();
        try {
            page.navigate(Ui.base(port) + "#/declare/ABCDEFGHJKLMNPQR");
            assertThat(page.getByTestId("declare-load-error")).containsText("二维码无效");
            assertThat(page.getByTestId("declare-submit")).hasCount(0);
        } finally {
            page.context().close();
        }
    }

    @Test
    void aClerkPrintsTheVillagesSheet() throws Exception {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        Households.create(clerk, TestCounty.VILLAGE_1, "王大山");
        // more than one page of cards, so the print layout's page breaks are tested
        while (jdbc.queryForObject("select count(*) from household where region_code = ?", Long.class, TestCounty.VILLAGE_1) < 14) {
            Households.create(clerk, TestCounty.VILLAGE_1, "赵一户");
        }
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("nav-qr-sheet").click();
            assertThat(page).hasURL(Pattern.compile("#/qr-sheet\\?village=" + TestCounty.VILLAGE_1));
            assertThat(page.getByTestId("qr-sheet")).containsText("一号镇东村");
            assertThat(page.getByTestId("qr-sheet")).containsText("户主：王大山");
            int cards = page.getByTestId("qr-card").count();
            assertThat(cards).isGreaterThan(1);
            assertThat(page.locator("[data-testid=qr-card] img").first().getAttribute("src")).startsWith("data:image/png");
            Ui.shot(page, "desktop-qr-sheet");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            Ui.shot(page, "desktop-qr-sheet-print");
            Path pdf = Path.of("target", "screenshots", "qr-sheet.pdf");
            page.pdf(new Page.PdfOptions().setPath(pdf).setPreferCSSPageSize(true));
            String text = Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().toList().size();
            assertThat(pages).as("12 cards per A4 page").isEqualTo((cards + 11) / 12);
        } finally {
            page.context().close();
        }
    }
}
