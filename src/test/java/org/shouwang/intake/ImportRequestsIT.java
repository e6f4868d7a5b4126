package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.ImportFiles.HOUSEHOLD_HEADERS;
import static org.shouwang.intake.ImportFiles.INCOME_HEADERS;
import static org.shouwang.intake.ImportFiles.errorReport;
import static org.shouwang.intake.ImportFiles.family;
import static org.shouwang.intake.ImportFiles.runImport;
import static org.shouwang.intake.ImportFiles.searchTotal;
import static org.shouwang.intake.ImportFiles.utf8Csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
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
 * The import API around the files themselves: a clerk imports only into their own villages, other roles and anonymous
 * callers may not import, jobs are private to their uploader, malformed requests are refused with a code, and the
 * downloadable templates carry the documented headers.
 */
@IntegrationTest
class ImportRequestsIT {

    @LocalServerPort
    int port;

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

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private ApiClient admin() {
        return ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }
}
