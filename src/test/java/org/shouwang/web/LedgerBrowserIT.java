package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.reporting.LedgerCounty;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 台账 in the real UI (issue 5 point 7): the county admin previews the 监测对象台账 masked, switches ledgers, reveals the
 * numbers after a confirmation that says it is recorded, and downloads the .xlsx; a village clerk reads his village's
 * ledger on a 390 px phone.
 */
@IntegrationTest
@Import(LedgerCounty.class)
class LedgerBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Test
    void theCountyPreviewsRevealsAndExportsAndAClerkReadsHisVillageOnAPhone() throws IOException {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "l-admin", false, null);
            page.getByTestId("nav-ledgers").click();
            assertThat(page).hasURL(Pattern.compile("#/ledgers$"));
            Locator rows = page.locator("[data-testid=ledger-table] .el-table__body-wrapper tr.el-table__row");
            assertThat(page.getByTestId("ledger-summary")).containsText("监测对象台账 · 台账县 · 共 3 条");
            assertThat(rows).hasCount(3);
            assertThat(rows.first()).containsText("349993********1234");
            assertThat(rows.first()).containsText("因病、因灾");
            Ui.shot(page, "desktop-ledgers");

            page.getByTestId("ledger-reveal").click();
            Locator dialog = page.locator(".el-message-box");
            assertThat(dialog).containsText("记录（留痕）");
            Ui.viewportShot(page, "desktop-ledgers-reveal-confirm");
            dialog.getByText("确认查看").click();
            assertThat(rows.first()).containsText(LedgerCounty.ID_A);
            assertThat(page.getByTestId("ledger-export")).hasAttribute("href",
                    Pattern.compile("/api/ledgers/monitored\\.xlsx\\?.*reveal=true"));
            page.getByTestId("ledger-reveal").click();
            assertThat(rows.first()).containsText("349993********1234");

            Download download = page.waitForDownload(() -> page.getByTestId("ledger-export").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("监测对象台账_台账县_");
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                org.assertj.core.api.Assertions.assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("监测对象台账");
                org.assertj.core.api.Assertions.assertThat(wb.getSheetAt(0).getRow(7).getCell(2).getStringCellValue())
                        .isEqualTo("349993********1234");
            }

            Ui.choose(page, "ledger-kind", "走访记录台账");
            assertThat(page.getByTestId("ledger-summary")).containsText("走访记录台账 · 台账县 · 共 2 条");
            assertThat(rows).hasCount(2);
            assertThat(rows.first()).containsText("刘网格");
            assertThat(rows.nth(1)).containsText("外出务工");
            Ui.shot(page, "desktop-ledgers-visits");
        } finally {
            page.context().close();
        }

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "l-clerk1", false, null);
            phone.navigate(Ui.base(port) + "#/ledgers");
            assertThat(phone.getByTestId("ledger-summary")).containsText("丙一村 · 共 2 条");
            Locator rows = phone.locator("[data-testid=ledger-table] .el-table__body-wrapper tr.el-table__row");
            assertThat(rows).hasCount(2);
            Ui.assertNoHorizontalOverflow(phone, "phone ledgers");
            Ui.shot(phone, "phone-ledgers");
        } finally {
            phone.context().close();
        }
    }
}
