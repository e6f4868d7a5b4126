package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.intake.FeedSamples;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 医保 liaison uploads the bureau's xlsx with a matched, an unmatched and two invalid rows on the 部门数据推送 page,
 * sees the counts and downloads the report to fix and re-send; on a desktop and on a 390 px phone. An administrator
 * issues an API key for the bureau's program.
 */
@IntegrationTest
class FeedBrowserIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "身份证号", "就诊类型", "结算日期", "医疗总费用", "报销后个人自付金额");

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    Users users;

    @BeforeEach
    void liaison() {
        if (users.byUsername("t-liaison").isEmpty()) {
            users.create("t-liaison", "t-liaison", Role.DEPARTMENT_LIAISON, TestCounty.COUNTY, TestCounty.PASSWORD);
        }
    }

    /** One member in the ledger (matched), one valid ID not in it, a wrong check digit, a visit type the layout lacks. */
    private byte[] medicalFile() {
        String id = Ids.unique("1963-10-10", true);
        FeedSamples.householdWith(ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD), TestCounty.VILLAGE_1, "欧阳住院", id);
        return FeedSamples.xlsx(HEADERS, List.of(
                List.of("欧阳住院", id, "住院", "2025-04-01", 98000, 31000.5),
                List.of("台账外", Ids.unique("1985-05-05", false), "住院", "2025-04-01", 5000, 2000),
                List.of("错校验位", FeedSamples.wrongChecksum(Ids.unique("1970-01-01", true)), "住院", "2025-04-01", 5000, 2000),
                List.of("错类型", id, "急诊", "2025-04-01", 5000, 2000)));
    }

    private static void upload(Page page, String fileName, byte[] content) {
        Ui.choose(page, "feed-department", "医保");
        assertThat(page.getByTestId("feed-layout")).containsText("门诊慢特病");
        page.getByTestId("feed-file").setInputFiles(new FilePayload(fileName, XLSX, content));
        assertThat(page.getByTestId("feed-file-name")).hasText(fileName);
        page.waitForResponse(r -> r.url().endsWith("/file") && "POST".equals(r.request().method()),
                () -> page.getByTestId("feed-submit").click());
        assertThat(page.getByTestId("feed-result")).containsText(fileName);
        assertThat(page.getByTestId("feed-rows")).hasText("4");
        assertThat(page.getByTestId("feed-matched")).hasText("1");
        assertThat(page.getByTestId("feed-unmatched")).hasText("1");
        assertThat(page.getByTestId("feed-invalid")).hasText("2");
        assertThat(page.getByTestId("feed-new-facts")).hasText("1");
        assertThat(page.getByTestId("feed-errors")).containsText("ID_CHECKSUM");
        assertThat(page.getByTestId("feed-row").filter(new Locator.FilterOptions().setHasText(fileName))).hasCount(1);
    }

    @Test
    void onADesktopALiaisonUploadsAMedicalFileAndDownloadsTheReport() throws Exception {
        String fileName = "医保结算-桌面-" + System.nanoTime() + ".xlsx";
        byte[] file = medicalFile();
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-liaison", false, null);
            page.getByTestId("nav-feeds").click();
            assertThat(page).hasURL(Pattern.compile("#/feeds"));
            assertThat(page.getByTestId("feed-template-xlsx")).isVisible();
            assertThat(page.getByTestId("api-keys")).hasCount(0);
            upload(page, fileName, file);
            Ui.assertNoHorizontalOverflow(page, "desktop feeds");
            Ui.shot(page, "desktop-feeds-result");

            Download download = page.waitForDownload(() -> page.getByTestId("feed-report").click());
            assertThat(download.failure()).isNull();
            assertThat(download.suggestedFilename()).endsWith(".xlsx");
            List<List<String>> report = FeedSamples.report(Files.readAllBytes(download.path()));
            assertThat(report).hasSize(4);
            int code = report.get(0).indexOf("错误代码");
            assertThat(report.subList(1, 4)).extracting(r -> r.get(code)).containsExactly("NOT_FOUND", "ID_CHECKSUM", "ENUM_VALUE");
            assertThat(report.get(1).get(0)).isEqualTo("台账外");

            // the same file again: nothing new
            page.getByTestId("feed-file").setInputFiles(new FilePayload(fileName, XLSX, file));
            page.waitForResponse(r -> r.url().endsWith("/file") && "POST".equals(r.request().method()),
                    () -> page.getByTestId("feed-submit").click());
            assertThat(page.getByTestId("feed-duplicates")).hasText("1");
            assertThat(page.getByTestId("feed-new-facts")).hasText("0");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneThePageFitsTheScreen() {
        String fileName = "医保结算-手机-" + System.nanoTime() + ".xlsx";
        byte[] file = medicalFile();
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-liaison", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-feeds").click();
            assertThat(page).hasURL(Pattern.compile("#/feeds"));
            Ui.assertNoHorizontalOverflow(page, "phone feeds page");
            upload(page, fileName, file);
            assertThat(page.getByTestId("feed-report")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone feeds result");
            Ui.shot(page, "phone-feeds-result");
        } finally {
            page.context().close();
        }
    }

    @Test
    void anAdministratorIssuesAKeyThatIsShownOnce() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-admin", false, null);
            page.getByTestId("nav-feeds").click();
            page.getByTestId("api-key-name").fill("县医保局结算系统-" + System.nanoTime());
            page.getByTestId("api-key-create").click();
            assertThat(page.getByTestId("api-key-created")).containsText("swk_");
            assertThat(page.getByTestId("api-key-row").first()).containsText("县医保局结算系统");
            Ui.shot(page, "desktop-feeds-api-key");
        } finally {
            page.context().close();
        }
    }
}
