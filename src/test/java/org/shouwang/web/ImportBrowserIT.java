package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A village clerk uploads a member file with good and bad rows through the import page, watches the job finish and
 * downloads the error report, at desktop width and on a 390 px phone.
 */
@IntegrationTest
class ImportBrowserIT {

    private static final String HEADER = "户编号,村级区划代码,村民小组,网格,户类型,家庭住址,户联系电话,是否易地扶贫搬迁户,安置区地址,姓名,"
            + "证件号码,与户主关系,民族,文化程度,在校生状况,健康状况,残疾类别,残疾等级,劳动技能,务工所在地,务工时间（月）,医疗保险,养老保险,"
            + "是否享受低保,是否特困供养,是否易地扶贫搬迁人口,成员联系电话";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    private static String row(String no, String type, String name, String id, String relation) {
        return String.join(",", no, TestCounty.VILLAGE_1, "", "", type, "东村测试路8号", "13800002222", "否", "", name, id, relation,
                "汉族", "初中", "", "健康", "", "", "普通劳动力", "", "", "城乡居民基本医疗保险", "城乡居民基本养老保险", "否", "否", "否", "");
    }

    /** Two good households (3 rows), one whose head's ID has a wrong check digit, one of an unknown 户类型. */
    private static byte[] csv(String goodHeadId) {
        String wrongChecksum = Ids.unique("1975-05-05", true);
        wrongChecksum = wrongChecksum.substring(0, 17) + (wrongChecksum.charAt(17) == '1' ? '2' : '1');
        String goodNo = Ids.householdNo();
        List<String> lines = List.of(HEADER,
                row(goodNo, "脱贫户", "欧阳导入甲", goodHeadId, "户主"),
                row(goodNo, "脱贫户", "欧阳导入乙", Ids.unique("1966-02-03", false), "配偶"),
                row(Ids.householdNo(), "一般农户", "欧阳导入丙", Ids.unique("1980-07-08", true), "户主"),
                row(Ids.householdNo(), "脱贫户", "欧阳错号", wrongChecksum, "户主"),
                row(Ids.householdNo(), "富裕户", "欧阳错类", Ids.unique("1982-11-30", false), "户主"));
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Chooses the file, uploads it and waits until this job (not an earlier one) is DONE with 3 stored and 2 faulty rows. */
    private static void importFile(Page page, String fileName, byte[] content) {
        page.getByTestId("import-kind-households").click();
        page.getByTestId("import-file").setInputFiles(new FilePayload(fileName, "text/csv", content));
        assertThat(page.getByTestId("import-file-name")).hasText(fileName);
        page.waitForResponse(r -> r.url().endsWith("/api/imports") && "POST".equals(r.request().method()),
                () -> page.getByTestId("import-submit").click());
        Locator job = page.getByTestId("import-job");
        assertThat(job).containsText(fileName);
        assertThat(job.getByTestId("import-status")).hasAttribute("data-status", "DONE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(job.getByTestId("import-stored")).hasText("3");
        assertThat(job.getByTestId("import-errors")).hasText("2");
        assertThat(job.getByTestId("import-progress")).hasAttribute("aria-valuenow", "100");
    }

    @Test
    void onADesktopAClerkImportsAFileAndDownloadsTheErrorReport() throws Exception {
        String goodHeadId = Ids.unique("1964-01-09", true);
        String fileName = "东村成员-桌面-" + System.nanoTime() + ".csv";
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("nav-imports").click();
            assertThat(page).hasURL(Pattern.compile("#/imports"));
            assertThat(page.getByTestId("template-households-xlsx")).isVisible();
            importFile(page, fileName, csv(goodHeadId));
            assertThat(page.getByTestId("import-job-row").filter(new Locator.FilterOptions().setHasText(fileName)))
                    .containsText("已完成");
            Ui.assertNoHorizontalOverflow(page, "desktop import");
            Ui.shot(page, "desktop-import-done");

            Download download = page.waitForDownload(() -> page.getByTestId("import-error-report").click());
            assertThat(download.failure()).isNull();
            assertThat(download.suggestedFilename()).endsWith(".xlsx");
            List<List<String>> report = new ArrayList<>();
            boolean idCellCommented = false;
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter text = new DataFormatter();
                for (Row r : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getLastCellNum(); i++) {
                        Cell c = r.getCell(i);
                        cells.add(c == null ? "" : text.formatCellValue(c));
                        if (r.getRowNum() > 0 && i == 10 && c != null && c.getCellComment() != null
                                && c.getCellComment().getString().getString().contains("校验位")) {
                            idCellCommented = true;
                        }
                    }
                    report.add(cells);
                }
            }
            List<String> header = report.get(0);
            assertThat(header).contains("证件号码", "错误代码", "错误说明");
            int code = header.indexOf("错误代码");
            int name = header.indexOf("姓名");
            assertThat(report).hasSize(3);
            assertThat(report.subList(1, 3)).anySatisfy(r -> {
                assertThat(r.get(name)).isEqualTo("欧阳错号");
                assertThat(r.get(code)).contains("ID_CHECKSUM");
            }).anySatisfy(r -> {
                assertThat(r.get(name)).isEqualTo("欧阳错类");
                assertThat(r.get(code)).contains("VALUE_UNKNOWN");
                assertThat(r.get(code + 1)).contains("富裕户");
            });
            assertThat(idCellCommented).as("the faulty 证件号码 cell carries the message as a comment").isTrue();

            // The good rows are in the register.
            page.getByTestId("nav-households").click();
            page.getByTestId("filter-id").fill(goodHeadId);
            page.getByTestId("search-button").click();
            assertThat(page.getByTestId("household-row")).hasCount(1);
            assertThat(page.getByTestId("household-row")).containsText("欧阳导入甲");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheImportPageFitsTheScreen() {
        String fileName = "东村成员-手机-" + System.nanoTime() + ".csv";
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-imports").click();
            assertThat(page).hasURL(Pattern.compile("#/imports"));
            Ui.assertNoHorizontalOverflow(page, "phone import page");
            importFile(page, fileName, csv(Ids.unique("1964-01-09", true)));
            assertThat(page.getByTestId("import-error-report")).isVisible();
            assertThat(page.getByTestId("import-job-row").filter(new Locator.FilterOptions().setHasText(fileName))).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone import done");
            Ui.shot(page, "phone-import");
        } finally {
            page.context().close();
        }
    }
}
