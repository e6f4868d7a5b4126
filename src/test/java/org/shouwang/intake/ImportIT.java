package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.ImportFiles.HOUSEHOLD_HEADERS;
import static org.shouwang.intake.ImportFiles.INCOME_HEADERS;
import static org.shouwang.intake.ImportFiles.cells;
import static org.shouwang.intake.ImportFiles.csv;
import static org.shouwang.intake.ImportFiles.errorReport;
import static org.shouwang.intake.ImportFiles.family;
import static org.shouwang.intake.ImportFiles.history;
import static org.shouwang.intake.ImportFiles.householdIdOf;
import static org.shouwang.intake.ImportFiles.member;
import static org.shouwang.intake.ImportFiles.memberCount;
import static org.shouwang.intake.ImportFiles.runImport;
import static org.shouwang.intake.ImportFiles.searchTotal;
import static org.shouwang.intake.ImportFiles.utf8Csv;
import static org.shouwang.intake.ImportFiles.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.shouwang.intake.ImportFiles.Job;
import org.shouwang.intake.ImportFiles.Report;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import feature end to end: files in every accepted form and encoding are stored, every row is either stored
 * or in the error report, re-uploads are idempotent, corrected files update instead of duplicating, and income files
 * are stored with their computed figures. Hostile files are in {@link ImportHostileFilesIT}; who may import, malformed
 * requests and the templates in {@link ImportRequestsIT}; the shared builders and helpers in {@link ImportFiles}.
 */
@IntegrationTest
class ImportIT {

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

    @Test
    void aHouseholdMovedByAFileToAnotherVillageTakesItsMembersAlongAndGainsOneThere() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        String no = Ids.householdNo();
        String surname = "闾丘" + Long.toString(System.nanoTime() % 100_000).chars()
                .mapToObj(c -> String.valueOf("零壹贰叁肆伍陆柒捌玖".charAt(c - '0'))).collect(java.util.stream.Collectors.joining());
        List<Map<String, String>> family = family(no, TestCounty.VILLAGE_1);
        family.get(0).put("姓名", surname + "甲");
        assertThat(runImport(admin, "households", "before.csv", utf8Csv(family)).storedRows()).isEqualTo(3);
        String name = "name=" + java.net.URLEncoder.encode(surname, StandardCharsets.UTF_8);
        assertThat(searchTotal(admin, name + "&region=" + TestCounty.VILLAGE_1)).isEqualTo(1);

        // the same household in the other village of the township, with a fourth member: the household is moved before
        // the new member is stored with its new village (the member's search keys must agree with its household's)
        List<Map<String, String>> moved = new ArrayList<>(family);
        moved.add(member(no, TestCounty.VILLAGE_1B, surname + "乙", "之女", Ids.unique("2003-03-03", false)));
        moved.forEach(m -> m.put("村级区划代码", TestCounty.VILLAGE_1B));
        Job job = runImport(admin, "households", "after.csv", utf8Csv(moved));
        assertThat(job.status()).as(job.message()).isEqualTo("DONE");
        assertThat(job.errorRows()).isZero();

        assertThat(searchTotal(admin, name + "&region=" + TestCounty.VILLAGE_1)).isZero();
        assertThat(searchTotal(admin, name + "&region=" + TestCounty.VILLAGE_1B)).isEqualTo(1);
        assertThat(searchTotal(admin, "name=" + java.net.URLEncoder.encode(surname + "乙", StandardCharsets.UTF_8)
                + "&region=" + TestCounty.VILLAGE_1B)).isEqualTo(1);
        assertThat(memberCount(admin, householdIdOf(admin, family.get(0).get("证件号码")))).isEqualTo(4);
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

    // ================================================================ helpers

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private static BigDecimal decimal(Object n) {
        return new BigDecimal(String.valueOf(n));
    }
}
