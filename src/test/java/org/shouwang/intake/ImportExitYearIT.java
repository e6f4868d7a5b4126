package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.ImportFiles.HOUSEHOLD_HEADERS;
import static org.shouwang.intake.ImportFiles.csv;
import static org.shouwang.intake.ImportFiles.errorReport;
import static org.shouwang.intake.ImportFiles.family;
import static org.shouwang.intake.ImportFiles.history;
import static org.shouwang.intake.ImportFiles.householdIdOf;
import static org.shouwang.intake.ImportFiles.member;
import static org.shouwang.intake.ImportFiles.runImport;
import static org.shouwang.intake.ImportFiles.searchTotal;
import static org.shouwang.intake.ImportFiles.utf8Csv;
import static org.shouwang.intake.ImportFiles.xlsx;

import java.io.IOException;
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
 * The household file's optional 脱贫年份 column: stored when given in any of the ways clerks write a year, changes
 * kept in the history, files in the older layout (without the column) still import and leave stored years alone,
 * and bad years go to the error report with their codes.
 */
@IntegrationTest
class ImportExitYearIT {

    /** The household file as it was before 脱贫年份 was added. */
    private static final List<String> OLD_HEADERS = HOUSEHOLD_HEADERS.stream().filter(h -> !h.equals("脱贫年份")).toList();

    @LocalServerPort
    int port;

    @Test
    void exitYearsAreStoredAsClerksWriteThemAndACorrectionIsInTheHistory() {
        ApiClient clerk = clerk();
        List<Map<String, String>> plain = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        setYear(plain, "2016");
        List<Map<String, String>> withSuffix = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        setYear(withSuffix, "2019年");
        List<Map<String, String>> fullWidth = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        setYear(fullWidth, "２０２０");
        List<Map<String, String>> ordinary = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        ordinary.forEach(m -> m.put("户类型", "一般农户"));
        setYear(ordinary, "");
        List<Map<String, String>> noYear = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        setYear(noYear, "");
        List<Map<String, String>> rows = concat(plain, withSuffix, fullWidth, ordinary, noYear);
        byte[] file = xlsx(HOUSEHOLD_HEADERS, ImportFiles.cells(rows));

        Job job = runImport(clerk, "households", "years.xlsx", file);

        assertThat(job.status()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.storedRows()).isEqualTo(rows.size());
        assertThat(job.errorRows()).isZero();
        assertThat(exitYear(clerk, plain)).isEqualTo(2016);
        assertThat(exitYear(clerk, withSuffix)).isEqualTo(2019);
        assertThat(exitYear(clerk, fullWidth)).isEqualTo(2020);
        assertThat(exitYear(clerk, ordinary)).isNull();
        assertThat(exitYear(clerk, noYear)).isNull();

        Job again = runImport(clerk, "households", "years.xlsx", file);
        assertThat(again.unchangedRows()).as("the same file twice changes nothing").isEqualTo(rows.size());

        long id = householdIdOf(clerk, plain.get(0).get("证件号码"));
        int before = history(clerk, id).size();
        setYear(plain, "2017");
        Job corrected = runImport(clerk, "households", "corrected.csv", utf8Csv(plain));
        assertThat(corrected.storedRows()).isEqualTo(plain.size());
        List<Map<String, Object>> history = history(clerk, id);
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(0)).containsEntry("field", "povertyExitYear").containsEntry("fieldLabel", "脱贫年份")
                .containsEntry("before", "2016").containsEntry("after", "2017");
        assertThat(exitYear(clerk, plain)).isEqualTo(2017);
    }

    @Test
    void aFileWithoutTheColumnStillImportsAndLeavesStoredYearsAlone() {
        ApiClient clerk = clerk();
        List<Map<String, String>> family = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        setYear(family, "2015");
        assertThat(runImport(clerk, "households", "new.csv", utf8Csv(family)).storedRows()).isEqualTo(3);
        List<Map<String, String>> newcomer = family(Ids.householdNo(), TestCounty.VILLAGE_1);

        // an address corrected in a file of the older layout: the stored 脱贫年份 stays
        family.forEach(m -> m.put("家庭住址", "东村第二组9号"));
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            Job old = runImport(clerk, "households", "old.csv", oldLayout(concat(family, newcomer), charset));
            assertThat(old.status()).as(old.toString()).isEqualTo("DONE");
            assertThat(old.errorRows()).isZero();
        }
        long id = householdIdOf(clerk, family.get(0).get("证件号码"));
        assertThat((String) clerk.get("/api/households/" + id).read("$.address")).isEqualTo("东村第二组9号");
        assertThat(exitYear(clerk, family)).isEqualTo(2015);
        assertThat(exitYear(clerk, newcomer)).as("a new household from an old file has no year").isNull();
        assertThat(history(clerk, id)).noneMatch(line -> "povertyExitYear".equals(line.get("field")));

        // the older layout turning the household into a 一般农户: a 一般农户 has no 脱贫年份, so it goes, with history
        family.forEach(m -> m.put("户类型", "一般农户"));
        assertThat(runImport(clerk, "households", "old2.csv", oldLayout(family, StandardCharsets.UTF_8)).errorRows()).isZero();
        assertThat(exitYear(clerk, family)).isNull();
        assertThat(history(clerk, id).get(0).get("fieldLabel").toString()).isIn("户类型", "脱贫年份");
        assertThat(history(clerk, id)).anySatisfy(line -> assertThat(line).containsEntry("field", "povertyExitYear")
                .containsEntry("before", "2015").containsEntry("after", null));
    }

    @Test
    void aMissingRequiredColumnStillStopsTheFileButTheOptionalOneIsNeverListed() {
        ApiClient clerk = clerk();
        List<String> headers = OLD_HEADERS.stream().filter(h -> !h.equals("姓名")).toList();
        List<Map<String, String>> family = family(Ids.householdNo(), TestCounty.VILLAGE_1);
        byte[] file = csv(headers, family.stream().map(m -> headers.stream().map(m::get).toList()).toList(),
                StandardCharsets.UTF_8, true);
        Job job = runImport(clerk, "households", "no-name.csv", file);
        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.message()).contains("姓名").doesNotContain("脱贫年份");
        assertThat(searchTotal(clerk, "idNumber=" + family.get(0).get("证件号码"))).isZero();
    }

    @Test
    void badYearsGoToTheErrorReportWithTheirCodesAndMarkedCells() throws IOException {
        ApiClient clerk = clerk();
        List<Map<String, String>> words = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        setYear(words, "二〇一八");
        List<Map<String, String>> injection = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        setYear(injection, "=2018+cmd|' /C calc'!A0");
        List<Map<String, String>> late = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 2);
        setYear(late, "2021");
        List<Map<String, String>> early = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        setYear(early, "2012");
        List<Map<String, String>> ordinary = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        ordinary.get(0).put("户类型", "一般农户");
        List<Map<String, String>> good = family(Ids.householdNo(), TestCounty.VILLAGE_1).subList(0, 1);
        List<Map<String, String>> rows = concat(words, injection, late, early, ordinary, good);

        Job job = runImport(clerk, "households", "bad-years.csv", utf8Csv(rows));

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.storedRows()).isEqualTo(1);
        assertThat(job.errorRows()).isEqualTo(6);
        assertThat(exitYear(clerk, good)).isEqualTo(2018);
        for (List<Map<String, String>> bad : List.of(words, injection, late, early, ordinary)) {
            assertThat(searchTotal(clerk, "idNumber=" + bad.get(0).get("证件号码"))).as("not stored").isZero();
        }
        Report report = errorReport(clerk, job);
        assertThat(report.headers().subList(0, HOUSEHOLD_HEADERS.size())).isEqualTo(HOUSEHOLD_HEADERS);
        // file rows: header 1, words 2, injection 3, late 4-5, early 6, ordinary 7, good 8
        assertThat(report.rowNumbers()).containsExactly(2, 3, 4, 5, 6, 7);
        assertCode(report, 2, "EXIT_YEAR_FORMAT", "四位年份");
        assertThat(report.text(report.byRowNumber(2), "脱贫年份")).isEqualTo("二〇一八");
        assertCode(report, 3, "EXIT_YEAR_FORMAT", "四位年份");
        assertCode(report, 4, "EXIT_YEAR_RANGE", "2013至2020");
        assertThat(report.text(report.byRowNumber(5), "错误代码")).contains("HOUSEHOLD_HELD_BACK");
        assertCode(report, 6, "EXIT_YEAR_RANGE", "2013至2020");
        assertCode(report, 7, "EXIT_YEAR_NOT_POVERTY", "一般农户");

        // the report, corrected in its 脱贫年份 cells, goes back in as it is
        setYear(words, "2018");
        setYear(injection, "2018");
        setYear(late, "2020");
        setYear(early, "2014");
        setYear(ordinary, "");
        Job fixed = runImport(clerk, "households", "fixed.csv", utf8Csv(concat(words, injection, late, early, ordinary)));
        assertThat(fixed.errorRows()).isZero();
        assertThat(fixed.storedRows()).isEqualTo(6);
        assertThat(exitYear(clerk, late)).isEqualTo(2020);
        assertThat(exitYear(clerk, ordinary)).isNull();
    }

    private static void assertCode(Report report, int fileRow, String code, String explanation) {
        Row row = report.byRowNumber(fileRow);
        assertThat(report.text(row, "错误代码")).isEqualTo(code);
        assertThat(report.text(row, "错误说明")).contains(explanation);
        assertThat(report.cell(row, "脱贫年份").getCellComment()).as("the faulty cell is marked").isNotNull();
        assertThat(report.cell(row, "脱贫年份").getCellComment().getString().getString()).contains(explanation);
    }

    private static byte[] oldLayout(List<Map<String, String>> members, Charset charset) {
        return csv(OLD_HEADERS, members.stream().map(m -> OLD_HEADERS.stream().map(h -> m.getOrDefault(h, "")).toList()).toList(),
                charset, false);
    }

    private static Integer exitYear(ApiClient clerk, List<Map<String, String>> household) {
        long id = householdIdOf(clerk, household.get(0).get("证件号码"));
        return clerk.get("/api/households/" + id).read("$.povertyExitYear");
    }

    private static void setYear(List<Map<String, String>> household, String year) {
        household.forEach(m -> m.put("脱贫年份", year));
    }

    @SafeVarargs
    private static List<Map<String, String>> concat(List<Map<String, String>>... households) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<Map<String, String>> h : households) {
            out.addAll(h);
        }
        return out;
    }

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }
}
