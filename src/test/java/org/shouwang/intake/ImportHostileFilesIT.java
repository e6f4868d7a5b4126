package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.ImportFiles.HOUSEHOLD_HEADERS;
import static org.shouwang.intake.ImportFiles.INCOME_HEADERS;
import static org.shouwang.intake.ImportFiles.cells;
import static org.shouwang.intake.ImportFiles.countyTotal;
import static org.shouwang.intake.ImportFiles.csv;
import static org.shouwang.intake.ImportFiles.csvLine;
import static org.shouwang.intake.ImportFiles.errorReport;
import static org.shouwang.intake.ImportFiles.family;
import static org.shouwang.intake.ImportFiles.fill;
import static org.shouwang.intake.ImportFiles.runImport;
import static org.shouwang.intake.ImportFiles.searchTotal;
import static org.shouwang.intake.ImportFiles.utf8Csv;
import static org.shouwang.intake.ImportFiles.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouwang.intake.ImportFiles.Job;
import org.shouwang.intake.ImportFiles.Report;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile files end to end: broken, huge, outdated or wrongly laid-out files fail the job cleanly with a Chinese message,
 * formulas, markup and SQL in cells are refused and written to the error report as plain text, and a flood of duplicate
 * rows is reported row by row. None of them touches stored data.
 */
@IntegrationTest
class ImportHostileFilesIT {

    @LocalServerPort
    int port;

    @Test
    void brokenZipNamedXlsxFailsWithAClearMessageAndChangesNothing() {
        byte[] garbage = new byte[20_000];
        new Random(11).nextBytes(garbage);
        byte[] file = concat(new byte[] {'P', 'K', 3, 4}, garbage);
        hostileFileFails("broken.xlsx", file, "Excel");
    }

    @Test
    void fiftyMegabytesOfRandomBytesFailWithAClearMessageAndChangeNothing() {
        byte[] noise = new byte[50 * 1024 * 1024];
        new Random(20260101L).nextBytes(noise);
        noise[0] = 'x'; // not by chance a zip or OLE2 signature
        long started = System.nanoTime();
        hostileFileFails("noise.csv", noise, "无法读取");
        System.out.printf("[ImportIT] 50 MB random bytes: upload to FAILED in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void oldXlsFileIsRefusedWithAHintToSaveAsXlsx() {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        hostileFileFails("old.xls", ole2, ".xlsx");
    }

    @Test
    void wrongHeadersFailTheJobWithAHintToTheTemplate() {
        byte[] file = csv(List.of("name", "id", "phone"), List.of(List.of("张三", "1", "2")), StandardCharsets.UTF_8, false);
        Job job = hostileFileFails("wrong.csv", file, "模板");
        assertThat(job.message()).contains("户编号");
        // an income file uploaded as households is caught too, naming the missing columns
        byte[] incomes = csv(INCOME_HEADERS, List.of(List.of("X1", "2025-01-01", "2025-12-31", "1", "1", "1", "1", "1", "1")),
                StandardCharsets.UTF_8, true);
        Job missing = hostileFileFails("incomes-as-households.csv", incomes, "缺少列");
        assertThat(missing.message()).contains("姓名");
        // and in a spreadsheet as well
        hostileFileFails("wrong.xlsx", xlsx(List.of("甲", "乙"), List.of(List.of("1", "2"))), "模板");
    }

    @Test
    void emptyFileIsRefusedAndAFileWithoutRowsFails() {
        ApiClient clerk = clerk();
        ApiClient.Answer zeroBytes = clerk.upload("/api/imports", "households", "empty.csv", new byte[0]);
        assertThat(zeroBytes.status()).isEqualTo(400);
        assertThat((String) zeroBytes.read("$.code")).isEqualTo("FILE_REQUIRED");
        assertThat((String) zeroBytes.read("$.detail")).matches(".*\\p{IsHan}.*");

        hostileFileFails("bom-only.csv", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8), "没有表头");
        hostileFileFails("empty-sheet.xlsx", xlsx(List.of(), List.of()), "没有表头");
    }

    @Test
    void formulaInANameCellIsReportedAsFormulaCellAndNotStored() throws IOException {
        ApiClient clerk = clerk();
        ApiClient admin = admin();
        long before = countyTotal(admin);
        List<Map<String, String>> cached = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        List<Map<String, String>> uncached = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        List<List<String>> rows = cells(List.of(cached.get(0), uncached.get(0)));
        int nameColumn = HOUSEHOLD_HEADERS.indexOf("姓名");
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("数据");
            fill(sheet, HOUSEHOLD_HEADERS, rows);
            Cell evaluated = sheet.getRow(1).getCell(nameColumn);
            evaluated.setCellFormula("\"张\"&\"三\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(evaluated); // as Excel saves it
            sheet.getRow(2).getCell(nameColumn).setCellFormula("\"李\"&\"四\""); // as a generator might write it
            wb.write(out);
            file = out.toByteArray();
        }

        Job job = runImport(clerk, "households", "formula.xlsx", file);

        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.storedRows()).isZero();
        assertThat(job.errorRows()).isEqualTo(2);
        Report report = errorReport(clerk, job);
        for (int rowNo : List.of(2, 3)) {
            Row r = report.byRowNumber(rowNo);
            assertThat(report.text(r, "错误代码")).isEqualTo("FORMULA_CELL");
            assertThat(report.text(r, "错误说明")).contains("公式");
            assertThat(report.cell(r, "姓名").getCellComment()).isNotNull();
            assertThat(report.cell(r, "姓名").getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(searchTotal(clerk, "idNumber=" + cached.get(0).get("证件号码"))).isZero();
        assertThat(countyTotal(admin)).isEqualTo(before);
    }

    @Test
    void formulaTextMarkupAndSqlInCellsAreRejectedAndEscapedInTheReport() throws IOException {
        ApiClient clerk = clerk();
        ApiClient admin = admin();
        long before = countyTotal(admin);
        String dde = "=cmd|' /C calc'!A0";
        String script = "<script>alert(1)</script>";
        String sql = "'; DROP TABLE household; --";
        List<Map<String, String>> ddeName = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        ddeName.get(0).put("姓名", dde);
        List<Map<String, String>> scriptName = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        scriptName.get(0).put("姓名", script);
        List<Map<String, String>> sqlAddress = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        sqlAddress.get(0).put("家庭住址", sql);
        List<Map<String, String>> scriptAddress = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        scriptAddress.get(0).put("家庭住址", script);
        List<Map<String, String>> rows = List.of(ddeName.get(0), scriptName.get(0), sqlAddress.get(0), scriptAddress.get(0));

        Job job = runImport(clerk, "households", "hostile.csv", utf8Csv(rows));

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.storedRows()).isZero();
        assertThat(job.errorRows()).isEqualTo(4);
        Report report = errorReport(clerk, job);
        Row ddeRow = report.byRowNumber(2);
        assertThat(report.text(ddeRow, "错误代码")).contains("NAME_CHARS");
        Cell ddeCell = report.cell(ddeRow, "姓名");
        assertThat(ddeCell.getCellType()).as("never a formula in the report").isEqualTo(CellType.STRING);
        assertThat(ddeCell.getStringCellValue()).isEqualTo("'" + dde);
        assertThat(report.text(report.byRowNumber(3), "错误代码")).contains("NAME_CHARS");
        assertThat(report.text(report.byRowNumber(3), "姓名")).isEqualTo(script);
        assertThat(report.text(report.byRowNumber(4), "错误代码")).contains("TEXT_CHARS");
        assertThat(report.text(report.byRowNumber(4), "家庭住址")).isEqualTo(sql);
        assertThat(report.cell(report.byRowNumber(4), "家庭住址").getCellComment()).isNotNull();
        assertThat(report.text(report.byRowNumber(5), "错误代码")).contains("TEXT_CHARS");
        for (Row r : report.rows()) {
            for (Cell c : r) {
                assertThat(c.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
            }
        }
        // the household table is still there and untouched
        assertThat(countyTotal(admin)).isEqualTo(before);
        assertThat(clerk.get("/api/households?region=" + TestCounty.VILLAGE_1).status()).isEqualTo(200);
        assertThat(searchTotal(clerk, "idNumber=" + sqlAddress.get(0).get("证件号码"))).isZero();
    }

    @Test
    void hundredThousandCopiesOfOneRowCreateNoHouseholdAndAreAllReported() throws IOException {
        ApiClient clerk = clerk();
        ApiClient admin = admin();
        long before = countyTotal(admin);
        Map<String, String> one = family(Ids.householdNo(), TestCounty.VILLAGE_1).get(0);
        String line = csvLine(cells(List.of(one)).get(0));
        StringBuilder b = new StringBuilder(line.length() * 100_001).append(csvLine(HOUSEHOLD_HEADERS));
        for (int i = 0; i < 100_000; i++) {
            b.append(line);
        }
        byte[] file = b.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Job job = runImport(clerk, "households", "copies.csv", file);
        long importMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.storedRows()).isZero();
        assertThat(job.unchangedRows()).isZero();
        assertThat(job.errorRows()).isEqualTo(100_000);
        assertThat(job.processedRows()).isEqualTo(100_000);
        assertThat(searchTotal(clerk, "idNumber=" + one.get("证件号码"))).isZero();
        assertThat(countyTotal(admin)).isEqualTo(before);

        // a report this size is read the way Excel-sized files must be read: streaming, not as one DOM
        started = System.nanoTime();
        ApiClient.Answer download = clerk.get("/api/imports/" + job.id() + "/errors.xlsx");
        long downloadMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(download.status()).isEqualTo(200);
        List<Map<Integer, String>> firstAndLast = new ArrayList<>(List.of(Map.of(), Map.of()));
        int[] count = {0};
        Set<String> codes = new TreeSet<>();
        int codeColumn = HOUSEHOLD_HEADERS.size() + 1;
        Path report = Files.createTempFile("report-100k", ".xlsx");
        try {
            Files.write(report, download.bytes());
            FastExcel.read(report.toFile(), new ReadListener<Map<Integer, String>>() {
                @Override
                public void invoke(Map<Integer, String> row, AnalysisContext context) {
                    firstAndLast.set(count[0]++ == 0 ? 0 : 1, row);
                    codes.add(row.get(codeColumn));
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                }
            }).headRowNumber(0).sheet(0).doRead();
        } finally {
            Files.deleteIfExists(report);
        }
        assertThat(count[0]).as("header and one line per row").isEqualTo(100_001);
        assertThat(firstAndLast.get(0).get(codeColumn)).isEqualTo("错误代码");
        assertThat(codes).containsExactlyInAnyOrder("错误代码", "HOUSEHOLD_TOO_MANY_MEMBERS");
        Map<Integer, String> lastRow = firstAndLast.get(1);
        assertThat(lastRow.get(HOUSEHOLD_HEADERS.size())).as("原文件行号 of the last row").isEqualTo("100001");
        assertThat(lastRow.get(HOUSEHOLD_HEADERS.indexOf("证件号码"))).isEqualTo(one.get("证件号码"));
        long reportMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[ImportIT] 100k error report: %d bytes, download %d ms, download+streamed parse %d ms%n",
                download.bytes().length, downloadMs, reportMs);
        System.out.printf("[ImportIT] 100k duplicate rows (%d bytes): upload to DONE in %d ms%n", file.length, importMs);
    }

    private Job hostileFileFails(String fileName, byte[] content, String messagePart) {
        ApiClient clerk = clerk();
        ApiClient admin = admin();
        long before = countyTotal(admin);
        Job job = runImport(clerk, "households", fileName, content);
        assertThat(job.status()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.message()).as("a Chinese message").matches("(?s).*\\p{IsHan}.*").contains(messagePart)
                .doesNotContain("系统错误").doesNotContain("Exception");
        assertThat(job.storedRows()).isZero();
        assertThat(job.finishedAt()).isNotNull();
        assertThat(countyTotal(admin)).isEqualTo(before);
        return job;
    }

    // ================================================================ helpers

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private ApiClient admin() {
        return ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
