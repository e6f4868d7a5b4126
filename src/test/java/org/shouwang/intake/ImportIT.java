package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import feature end to end: files in every accepted form and encoding are stored, every row is either stored
 * or in the error report, re-uploads are idempotent, and hostile files fail cleanly without touching stored data.
 */
@IntegrationTest
class ImportIT {

    /** The household file's headers exactly as docs/api.md documents them. */
    static final List<String> HOUSEHOLD_HEADERS = List.of("户编号", "村级区划代码", "村民小组", "网格", "户类型", "家庭住址", "户联系电话",
            "是否易地扶贫搬迁户", "安置区地址", "姓名", "证件号码", "与户主关系", "民族", "文化程度", "在校生状况", "健康状况", "残疾类别",
            "残疾等级", "劳动技能", "务工所在地", "务工时间（月）", "医疗保险", "养老保险", "是否享受低保", "是否特困供养", "是否易地扶贫搬迁人口",
            "成员联系电话");
    static final List<String> INCOME_HEADERS = List.of("户编号", "统计起始日期", "统计截止日期", "工资性收入", "生产经营性收入", "财产性收入",
            "转移性收入", "生产经营性支出", "合规自付支出");

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Charset GBK = Charset.forName("GBK");

    @LocalServerPort
    int port;

    // ---------------------------------------------------------------- encodings and formats

    @Test
    void csvInUtf8WithBomStoresAllHouseholds() {
        importsFamilyAndFindsItByIdNumber(family -> csv(HOUSEHOLD_HEADERS, cells(family), StandardCharsets.UTF_8, true), "bom.csv");
    }

    @Test
    void csvInUtf8WithoutBomStoresAllHouseholds() {
        importsFamilyAndFindsItByIdNumber(family -> csv(HOUSEHOLD_HEADERS, cells(family), StandardCharsets.UTF_8, false), "utf8.csv");
    }

    @Test
    void csvInGbkAsExcelSavesItStoresAllHouseholdsWithReadableNames() {
        importsFamilyAndFindsItByIdNumber(family -> csv(HOUSEHOLD_HEADERS, cells(family), GBK, false), "gbk.csv");
    }

    @Test
    void xlsxWithTextCellsStoresAllHouseholds() {
        importsFamilyAndFindsItByIdNumber(family -> xlsx(HOUSEHOLD_HEADERS, cells(family)), "households.xlsx");
    }

    private void importsFamilyAndFindsItByIdNumber(java.util.function.Function<List<Map<String, String>>, byte[]> encode,
            String fileName) {
        ApiClient clerk = clerk();
        List<Map<String, String>> first = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        List<Map<String, String>> second = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        second.get(0).put("姓名", "欧阳·娜娜"); // a minority-style name with the middle dot survives every encoding
        List<Map<String, String>> rows = new ArrayList<>(first);
        rows.addAll(second);

        Job job = runImport(clerk, "households", fileName, encode.apply(rows));

        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.storedRows()).isEqualTo(6);
        assertThat(job.errorRows()).isZero();
        assertThat(job.unchangedRows()).isZero();
        assertThat(job.totalRows()).isEqualTo(6);
        assertThat(job.message()).contains("入库 6 行");
        for (List<Map<String, String>> family : List.of(first, second)) {
            long id = householdIdOf(clerk, family.get(0).get("证件号码"));
            ApiClient.Answer details = clerk.get("/api/households/" + id);
            assertThat(details.status()).isEqualTo(200);
            List<String> names = details.read("$.members[*].name");
            assertThat(names).containsExactlyInAnyOrderElementsOf(family.stream().map(m -> m.get("姓名")).toList());
            assertThat((String) details.read("$.householdNo")).isEqualTo(family.get(0).get("户编号"));
            assertThat((String) details.read("$.householdTypeLabel")).isEqualTo("脱贫户");
            assertThat((String) details.read("$.address")).isEqualTo("东村第一组8号");
            assertThat((String) details.read("$.groupName")).isEqualTo("第一组");
            List<String> relations = details.read("$.members[*].relationLabel");
            assertThat(relations).containsExactlyInAnyOrder("户主", "配偶", "之子");
            List<String> education = details.read("$.members[*].educationLabel");
            assertThat(education).containsExactlyInAnyOrder("初中", "小学", "高中");
        }
    }

    // ---------------------------------------------------------------- every row accounted for

    @Test
    void everyRowIsEitherStoredOrInTheErrorReportWithCodesAndMarkedCells() throws IOException {
        ApiClient clerk = clerk();
        // someone already registered elsewhere
        List<Map<String, String>> existing = List.of(member(Ids.householdNo(), TestCounty.VILLAGE_1, "先登记", "户主",
                Ids.unique("1968-02-02", true)));
        assertThat(runImport(clerk, "households", "existing.csv", utf8Csv(existing)).storedRows()).isEqualTo(1);
        String alreadyElsewhere = existing.get(0).get("证件号码");

        List<Map<String, String>> good1 = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 2);

        List<Map<String, String>> badChecksum = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 2);
        String validId = badChecksum.get(0).get("证件号码");
        String wrongId = validId.substring(0, 17) + (validId.charAt(17) == '0' ? '1' : '0');
        badChecksum.get(0).put("证件号码", wrongId);

        List<Map<String, String>> bothEducationAndSchool = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        bothEducationAndSchool.get(0).put("在校生状况", "普通高中");

        List<Map<String, String>> unknownType = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        unknownType.get(0).put("户类型", "富裕户");

        List<Map<String, String>> placeWithoutMonths = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        placeWithoutMonths.get(0).put("务工所在地", "江苏省苏州市");

        List<Map<String, String>> twoHeads = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 2);
        twoHeads.get(1).put("与户主关系", "户主");

        String noOfOther = Ids.householdNo();
        List<Map<String, String>> memberOfOther = new ArrayList<>(List.of(
                member(noOfOther, TestCounty.VILLAGE_1, "另一户", "户主", Ids.unique("1990-01-01", true)),
                member(noOfOther, TestCounty.VILLAGE_1, "先登记", "之子", alreadyElsewhere)));

        List<Map<String, String>> good2 = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);

        List<List<Map<String, String>>> households = List.of(good1, badChecksum, bothEducationAndSchool, unknownType,
                placeWithoutMonths, twoHeads, memberOfOther, good2);
        List<Map<String, String>> rows = households.stream().flatMap(List::stream).toList();
        assertThat(rows).hasSize(12);
        Job job = runImport(clerk, "households", "mixed.csv", utf8Csv(rows));

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.totalRows()).isEqualTo(12);
        assertThat(job.processedRows()).isEqualTo(12);
        assertThat(job.storedRows()).isEqualTo(3);
        assertThat(job.errorRows()).isEqualTo(9);
        assertThat(job.storedRows() + job.unchangedRows() + job.errorRows()).isEqualTo(rows.size());

        assertThat(searchTotal(clerk, "idNumber=" + good1.get(0).get("证件号码"))).isEqualTo(1);
        assertThat(searchTotal(clerk, "idNumber=" + good2.get(0).get("证件号码"))).isEqualTo(1);
        for (List<Map<String, String>> bad : List.of(badChecksum, bothEducationAndSchool, unknownType, placeWithoutMonths, twoHeads)) {
            assertThat(searchTotal(clerk, "idNumber=" + bad.get(bad.size() - 1).get("证件号码"))).as("not stored").isZero();
        }
        assertThat(searchTotal(clerk, "idNumber=" + memberOfOther.get(0).get("证件号码"))).isZero();

        Report report = errorReport(clerk, job);
        assertThat(report.rows()).hasSize(9);
        // the report starts with the file's own columns, in the file's order, then row number, code and explanation
        assertThat(report.headers().subList(0, HOUSEHOLD_HEADERS.size())).isEqualTo(HOUSEHOLD_HEADERS);
        assertThat(report.headers()).contains("错误代码", "错误说明");
        // file rows: header 1, good1 2-3, badChecksum 4-5, xor 6, type 7, work 8, heads 9-10, other 11-12, good2 13
        assertThat(report.rowNumbers()).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);

        Row checksumRow = report.byRowNumber(4);
        assertThat(report.text(checksumRow, "证件号码")).isEqualTo(wrongId);
        assertThat(report.text(checksumRow, "姓名")).isEqualTo(badChecksum.get(0).get("姓名"));
        assertThat(report.text(checksumRow, "错误代码")).contains("ID_CHECKSUM");
        assertThat(report.text(checksumRow, "错误说明")).contains("校验位");
        assertThat(report.cell(checksumRow, "证件号码").getCellComment()).as("faulty cell carries a comment").isNotNull();
        assertThat(report.cell(checksumRow, "证件号码").getCellComment().getString().getString()).contains("校验位");
        assertThat(report.cell(checksumRow, "姓名").getCellComment()).as("good cell has no comment").isNull();
        assertThat(report.text(report.byRowNumber(5), "错误代码")).contains("HOUSEHOLD_HELD_BACK");

        assertThat(report.text(report.byRowNumber(6), "错误代码")).contains("EDUCATION_XOR_SCHOOL_STAGE");
        assertThat(report.text(report.byRowNumber(7), "错误代码")).contains("VALUE_UNKNOWN");
        assertThat(report.text(report.byRowNumber(7), "户类型")).isEqualTo("富裕户");
        assertThat(report.cell(report.byRowNumber(7), "户类型").getCellComment()).isNotNull();
        assertThat(report.text(report.byRowNumber(8), "错误代码")).contains("WORK_PLACE_AND_MONTHS");
        assertThat(report.text(report.byRowNumber(9) , "错误代码") + report.text(report.byRowNumber(10), "错误代码"))
                .contains("HEAD_COUNT");
        assertThat(report.text(report.byRowNumber(12), "错误代码")).contains("ID_IN_OTHER_HOUSEHOLD");
        assertThat(report.cell(report.byRowNumber(12), "证件号码").getCellComment()).isNotNull();
        for (Row r : report.rows()) {
            assertThat(report.text(r, "错误说明")).as("every reported row explains itself in Chinese").matches(".*\\p{IsHan}.*");
        }
    }

    // ---------------------------------------------------------------- idempotence and updates

    @Test
    void uploadingTheSameFileTwiceChangesNothing() {
        ApiClient clerk = clerk();
        List<Map<String, String>> family = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        byte[] file = xlsx(HOUSEHOLD_HEADERS, cells(family));
        Job first = runImport(clerk, "households", "twice.xlsx", file);
        assertThat(first.storedRows()).isEqualTo(3);
        long id = householdIdOf(clerk, family.get(0).get("证件号码"));
        int historyBefore = history(clerk, id).size();
        assertThat(historyBefore).isPositive();

        Job second = runImport(clerk, "households", "twice.xlsx", file);

        assertThat(second.status()).isEqualTo("DONE");
        assertThat(second.storedRows()).isZero();
        assertThat(second.unchangedRows()).isEqualTo(3);
        assertThat(second.errorRows()).isZero();
        assertThat(history(clerk, id)).hasSize(historyBefore);
        assertThat(memberCount(clerk, id)).isEqualTo(3);
        assertThat(searchTotal(clerk, "idNumber=" + family.get(0).get("证件号码"))).isEqualTo(1);
    }

    @Test
    void correctedFileUpdatesTheHouseholdInsteadOfDuplicatingIt() {
        ApiClient clerk = clerk();
        List<Map<String, String>> family = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        List<Map<String, String>> other = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        List<Map<String, String>> both = new ArrayList<>(family);
        both.addAll(other);
        assertThat(runImport(clerk, "households", "v1.csv", utf8Csv(both)).storedRows()).isEqualTo(6);
        long id = householdIdOf(clerk, family.get(0).get("证件号码"));
        int historyBefore = history(clerk, id).size();

        family.get(1).put("文化程度", "初中"); // the spouse: 小学 → 初中
        Job corrected = runImport(clerk, "households", "v2.csv", utf8Csv(both));

        assertThat(corrected.status()).isEqualTo("DONE");
        assertThat(corrected.storedRows()).as("the changed household's rows").isEqualTo(family.size());
        assertThat(corrected.unchangedRows()).as("the untouched household's rows").isEqualTo(other.size());
        assertThat(corrected.errorRows()).isZero();
        List<Map<String, Object>> history = history(clerk, id);
        assertThat(history).hasSize(historyBefore + 1);
        Map<String, Object> newest = history.get(0);
        assertThat(newest.get("field")).isEqualTo("education");
        assertThat(newest.get("entityLabel").toString()).contains(family.get(1).get("姓名"));
        assertThat(String.valueOf(newest.get("before"))).contains("小学");
        assertThat(String.valueOf(newest.get("after"))).contains("初中");
        assertThat(memberCount(clerk, id)).isEqualTo(3);
        assertThat(searchTotal(clerk, "idNumber=" + family.get(1).get("证件号码"))).isEqualTo(1);
        ApiClient.Answer details = clerk.get("/api/households/" + id);
        List<String> education = details.read("$.members[?(@.relation == 'SPOUSE')].educationLabel");
        assertThat(education).containsExactly("初中");
    }

    // ---------------------------------------------------------------- incomes

    @Test
    void incomeFileStoresStatementsWithComputedNetAndPerCapitaIncome() throws IOException {
        ApiClient clerk = clerk();
        List<Map<String, String>> family = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        assertThat(runImport(clerk, "households", "family.csv", utf8Csv(family)).storedRows()).isEqualTo(3);
        long id = householdIdOf(clerk, family.get(0).get("证件号码"));
        String no = family.get(0).get("户编号");
        List<List<String>> incomeRows = List.of(
                List.of(no, "2025-01-01", "2025-12-31", "20000", "5000", "0", "3000", "4000", "0"),
                List.of(Ids.householdNo(), "2025-01-01", "2025-12-31", "1", "1", "1", "1", "1", "1"),
                List.of(no, "2025-01-01", "2024-12-31", "1", "1", "1", "1", "1", "1"));
        byte[] file = csv(INCOME_HEADERS, incomeRows, StandardCharsets.UTF_8, true);

        Job job = runImport(clerk, "incomes", "incomes.csv", file);

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.storedRows()).isEqualTo(1);
        assertThat(job.errorRows()).isEqualTo(2);
        ApiClient.Answer details = clerk.get("/api/households/" + id);
        List<Map<String, Object>> incomes = details.read("$.incomes");
        assertThat(incomes).hasSize(1);
        Map<String, Object> s = incomes.get(0);
        assertThat(decimal(s.get("netIncome"))).isEqualByComparingTo("24000.00");
        assertThat(decimal(s.get("perCapitaIncome"))).isEqualByComparingTo("8000.00");
        assertThat(((Number) s.get("memberCountUsed")).intValue()).isEqualTo(3);
        assertThat(decimal(s.get("wageIncome"))).isEqualByComparingTo("20000");
        assertThat(decimal(s.get("productionExpense"))).isEqualByComparingTo("4000");
        assertThat(s.get("periodStart")).isEqualTo("2025-01-01");
        Report report = errorReport(clerk, job);
        assertThat(report.rowNumbers()).containsExactly(3, 4);
        assertThat(report.text(report.byRowNumber(3), "错误代码")).contains("HOUSEHOLD_UNKNOWN");
        assertThat(report.text(report.byRowNumber(4), "错误代码")).contains("PERIOD_ORDER");
        int historyBefore = history(clerk, id).size();

        Job again = runImport(clerk, "incomes", "incomes.csv", file);

        assertThat(again.storedRows()).isZero();
        assertThat(again.unchangedRows()).isEqualTo(1);
        assertThat(again.errorRows()).isEqualTo(2);
        List<Map<String, Object>> incomesAfter = clerk.get("/api/households/" + id).read("$.incomes");
        assertThat(incomesAfter).hasSize(1);
        assertThat(history(clerk, id)).hasSize(historyBefore);
    }

    // ---------------------------------------------------------------- hostile files

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

    // ---------------------------------------------------------------- scope and permissions

    @Test
    void clerkCannotImportIntoAnotherVillage() throws IOException {
        ApiClient clerk = clerk();
        List<Map<String, String>> foreign = family(Ids.householdNo(), TestCounty.VILLAGE_2).subList(0, 1);
        List<Map<String, String>> unknownRegion = family(Ids.householdNo(), "349999009009").subList(0, 1);
        List<Map<String, String>> rows = List.of(foreign.get(0), unknownRegion.get(0));

        Job job = runImport(clerk, "households", "foreign.csv", utf8Csv(rows));

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.storedRows()).isZero();
        assertThat(job.errorRows()).isEqualTo(2);
        Report report = errorReport(clerk, job);
        assertThat(report.text(report.byRowNumber(2), "错误代码")).contains("REGION_OUT_OF_SCOPE");
        assertThat(report.cell(report.byRowNumber(2), "村级区划代码").getCellComment()).isNotNull();
        assertThat(report.text(report.byRowNumber(3), "错误代码")).contains("REGION_UNKNOWN");
        assertThat(searchTotal(admin(), "idNumber=" + foreign.get(0).get("证件号码"))).isZero();
    }

    @Test
    void inspectorMayNotImport() {
        ApiClient inspector = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        byte[] file = utf8Csv(family(Ids.householdNo(), TestCounty.VILLAGE_1));
        ApiClient.Answer a = inspector.upload("/api/imports", "households", "x.csv", file);
        assertThat(a.status()).isEqualTo(403);
        assertThat((String) a.read("$.code")).as("refused for the role, not for CSRF").isEqualTo("FORBIDDEN");
        assertThat(a.body()).doesNotContain("Exception");
        List<Object> jobs = inspector.get("/api/imports").read("$");
        assertThat(jobs).as("nothing was queued").isEmpty();
    }

    @Test
    void jobsOfOneUserAreNotVisibleToAnother() {
        ApiClient clerk = clerk();
        Job job = runImport(clerk, "households", "mine.csv", utf8Csv(family(Ids.householdNo(), TestCounty.VILLAGE_1)));
        ApiClient other = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        assertThat(other.get("/api/imports/" + job.id()).status()).isEqualTo(404);
        assertThat(other.get("/api/imports/" + job.id() + "/errors.xlsx").status()).isEqualTo(404);
        List<String> mine = clerk.get("/api/imports").read("$[*].id");
        assertThat(mine).contains(job.id());
    }

    @Test
    void notLoggedInMayNotUpload() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Answer a = anonymous.upload("/api/imports", "households", "x.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(401);
        assertThat((String) a.read("$.code")).isEqualTo("UNAUTHENTICATED");
    }

    // ---------------------------------------------------------------- malformed requests

    @Test
    void uploadWithoutFileIsBadRequestWithCodeFileRequired() {
        ApiClient clerk = clerk();
        String boundary = "----shouwang" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nhouseholds\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ApiClient.Answer a = clerk.postRaw("/api/imports", "multipart/form-data; boundary=" + boundary, body);
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.code")).isEqualTo("FILE_REQUIRED");
        assertThat((String) a.read("$.detail")).contains("文件");
    }

    @Test
    void unknownKindIsBadRequest() {
        ApiClient clerk = clerk();
        ApiClient.Answer a = clerk.upload("/api/imports", "pets", "x.csv", utf8Csv(family(Ids.householdNo(), TestCounty.VILLAGE_1)));
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.code")).isEqualTo("KIND_UNKNOWN");
        ApiClient.Answer none = clerk.upload("/api/imports", "", "x.csv", utf8Csv(family(Ids.householdNo(), TestCounty.VILLAGE_1)));
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void unknownJobIsNotFound() {
        assertThat(clerk().get("/api/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- templates

    @Test
    void templatesCarryTheDocumentedHeaders() throws IOException {
        ApiClient clerk = clerk();
        Map<String, List<String>> expected = Map.of("households", HOUSEHOLD_HEADERS, "incomes", INCOME_HEADERS);
        for (var e : expected.entrySet()) {
            ApiClient.Answer x = clerk.get("/api/imports/templates/" + e.getKey() + ".xlsx");
            assertThat(x.status()).as(e.getKey() + ".xlsx").isEqualTo(200);
            assertThat(x.contentType()).contains("spreadsheetml");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
                Row head = wb.getSheetAt(0).getRow(0);
                List<String> headers = new ArrayList<>();
                head.forEach(c -> headers.add(c.getStringCellValue()));
                assertThat(headers).isEqualTo(e.getValue());
                assertThat(wb.getSheetAt(0).getLastRowNum()).as("an example row").isGreaterThanOrEqualTo(1);
            }
            ApiClient.Answer c = clerk.get("/api/imports/templates/" + e.getKey() + ".csv");
            assertThat(c.status()).as(e.getKey() + ".csv").isEqualTo(200);
            assertThat(c.contentType()).contains("text/csv");
            assertThat(c.bytes()[0] & 0xff).as("UTF-8 BOM for Excel").isEqualTo(0xEF);
            String firstLine = c.body().replace("\uFEFF", "").split("\r?\n")[0];
            assertThat(Arrays.asList(firstLine.split(",", -1))).isEqualTo(e.getValue());
        }
        assertThat(clerk.get("/api/imports/templates/pets.xlsx").status()).isEqualTo(400);
        assertThat(clerk.get("/api/imports/templates/households.pdf").status()).isEqualTo(404);
    }

    // ================================================================ helpers

    record Job(String id, String status, Integer totalRows, int processedRows, int storedRows, int unchangedRows, int errorRows,
            String message, String finishedAt) {
    }

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private ApiClient admin() {
        return ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    /** Uploads a file and waits (bounded) for its job to end. */
    private Job runImport(ApiClient client, String kind, String fileName, byte[] content) {
        ApiClient.Answer a = client.upload("/api/imports", kind, fileName, content);
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        String id = a.read("$.id");
        assertThat((String) a.read("$.status")).isIn("QUEUED", "RUNNING", "DONE", "FAILED");
        return await(client, id, DEADLINE);
    }

    private static Job await(ApiClient client, String id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 50;
        while (true) {
            ApiClient.Answer a = client.get("/api/imports/" + id);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            String status = a.read("$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job(a);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " did not finish within " + limit + "; last state " + a.body());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause = Math.min(500, pause * 2);
        }
    }

    private static Job job(ApiClient.Answer a) {
        return new Job(a.read("$.id"), a.read("$.status"), a.read("$.totalRows"), a.<Integer>read("$.processedRows"),
                a.<Integer>read("$.storedRows"), a.<Integer>read("$.unchangedRows"), a.<Integer>read("$.errorRows"),
                a.read("$.message"), a.read("$.finishedAt"));
    }

    private static long householdIdOf(ApiClient client, String idNumber) {
        ApiClient.Answer a = client.get("/api/households?idNumber=" + idNumber);
        assertThat(a.status()).isEqualTo(200);
        assertThat(((Number) a.read("$.total")).intValue()).as("households holding " + idNumber).isEqualTo(1);
        return ((Number) a.read("$.items[0].id")).longValue();
    }

    private static long searchTotal(ApiClient client, String query) {
        ApiClient.Answer a = client.get("/api/households?" + query);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ((Number) a.read("$.total")).longValue();
    }

    private static long countyTotal(ApiClient admin) {
        return searchTotal(admin, "region=" + TestCounty.COUNTY + "&size=1");
    }

    private static List<Map<String, Object>> history(ApiClient client, long id) {
        ApiClient.Answer a = client.get("/api/households/" + id + "/history");
        assertThat(a.status()).isEqualTo(200);
        return a.read("$");
    }

    private static int memberCount(ApiClient client, long id) {
        List<Object> members = client.get("/api/households/" + id).read("$.members");
        return members.size();
    }

    private static BigDecimal decimal(Object n) {
        return new BigDecimal(String.valueOf(n));
    }

    // ---------------------------------------------------------------- building files

    /** One member row with every column filled as a careful clerk would. */
    static Map<String, String> member(String householdNo, String village, String name, String relation, String idNumber) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("户编号", householdNo);
        m.put("村级区划代码", village);
        m.put("村民小组", "第一组");
        m.put("网格", "一网格");
        m.put("户类型", "脱贫户");
        m.put("家庭住址", "东村第一组8号");
        m.put("户联系电话", "13812345678");
        m.put("是否易地扶贫搬迁户", "否");
        m.put("安置区地址", "");
        m.put("姓名", name);
        m.put("证件号码", idNumber);
        m.put("与户主关系", relation);
        m.put("民族", "汉族");
        m.put("文化程度", "初中");
        m.put("在校生状况", "");
        m.put("健康状况", "健康");
        m.put("残疾类别", "");
        m.put("残疾等级", "");
        m.put("劳动技能", "普通劳动力");
        m.put("务工所在地", "");
        m.put("务工时间（月）", "");
        m.put("医疗保险", "城乡居民基本医疗保险");
        m.put("养老保险", "城乡居民基本养老保险");
        m.put("是否享受低保", "否");
        m.put("是否特困供养", "否");
        m.put("是否易地扶贫搬迁人口", "否");
        m.put("成员联系电话", "");
        return m;
    }

    /** A valid family of three: 户主 (male), 配偶 (female, 小学, chronically ill), 之子 (male, 高中, migrant worker). */
    static List<Map<String, String>> family(String householdNo, String village) {
        Map<String, String> head = member(householdNo, village, "王建国", "户主", Ids.unique("1970-03-15", true));
        Map<String, String> spouse = member(householdNo, village, "李秀英", "配偶", Ids.unique("1972-06-20", false));
        spouse.put("文化程度", "小学");
        spouse.put("健康状况", "长期慢性病");
        spouse.put("劳动技能", "弱劳动力或半劳动力");
        spouse.put("成员联系电话", "13912345678");
        Map<String, String> son = member(householdNo, village, "王小明", "之子", Ids.unique("2000-05-01", true));
        son.put("文化程度", "高中");
        son.put("务工所在地", "江苏省苏州市");
        son.put("务工时间（月）", "8");
        return new ArrayList<>(List.of(head, spouse, son));
    }

    static List<List<String>> cells(List<Map<String, String>> members) {
        return members.stream().map(m -> HOUSEHOLD_HEADERS.stream().map(h -> m.getOrDefault(h, "")).toList()).toList();
    }

    static byte[] utf8Csv(List<Map<String, String>> members) {
        return csv(HOUSEHOLD_HEADERS, cells(members), StandardCharsets.UTF_8, true);
    }

    static byte[] csv(List<String> headers, List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        b.append(csvLine(headers));
        rows.forEach(r -> b.append(csvLine(r)));
        return b.toString().getBytes(charset);
    }

    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            b.append(i == 0 ? "" : ",");
            b.append(v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return b.append("\r\n").toString();
    }

    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("数据"), headers, rows);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every cell as text, the way a clerk fills the text-formatted template. */
    static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        if (!headers.isEmpty()) {
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i, CellType.STRING).setCellValue(headers.get(i));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows.get(r).size(); i++) {
                String v = rows.get(r).get(i);
                if (v != null && !v.isEmpty()) {
                    row.createCell(i, CellType.STRING).setCellValue(v);
                } else {
                    row.createCell(i, CellType.BLANK);
                }
            }
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---------------------------------------------------------------- reading the error report

    private static Report errorReport(ApiClient client, Job job) throws IOException {
        ApiClient.Answer a = client.get("/api/imports/" + job.id() + "/errors.xlsx");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).contains("spreadsheetml");
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()));
        Sheet sheet = wb.getSheetAt(0);
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i) != null) {
                rows.add(sheet.getRow(i));
            }
        }
        return new Report(headers, rows);
    }

    record Report(List<String> headers, List<Row> rows) {
        private static final DataFormatter FORMAT = new DataFormatter();

        int column(String header) {
            int i = headers.indexOf(header);
            assertThat(i).as("report column " + header).isNotNegative();
            return i;
        }

        Cell cell(Row row, String header) {
            Cell c = row.getCell(column(header));
            assertThat(c).as("cell " + header + " of report row " + row.getRowNum()).isNotNull();
            return c;
        }

        String text(Row row, String header) {
            Cell c = row.getCell(column(header));
            return c == null ? "" : FORMAT.formatCellValue(c);
        }

        Set<Integer> rowNumbers() {
            Set<Integer> out = new TreeSet<>();
            rows.forEach(r -> out.add(Integer.parseInt(text(r, "原文件行号"))));
            return out;
        }

        Row byRowNumber(int fileRow) {
            Map<Integer, Row> byNo = new HashMap<>();
            rows.forEach(r -> byNo.put(Integer.parseInt(text(r, "原文件行号")), r));
            assertThat(byNo).as("report has file row " + fileRow).containsKey(fileRow);
            return byNo.get(fileRow);
        }
    }
}
