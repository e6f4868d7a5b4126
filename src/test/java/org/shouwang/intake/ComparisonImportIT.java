package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.FeedSamples.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk uploads the departments' 信息比对结果: each household's rows become one DATA_COMPARISON step of its open case,
 * taken through the identification rules; every other row comes back with its reason, and the same file again changes
 * nothing.
 */
@IntegrationTest
class ComparisonImportIT {

    /** Comparison days relative to today, so the tests never depend on the day they run. */
    static final String D1 = java.time.LocalDate.now().minusDays(22).toString();
    static final String D2 = java.time.LocalDate.now().minusDays(21).toString();
    static final String D3 = java.time.LocalDate.now().minusDays(20).toString();
    static final String D5 = java.time.LocalDate.now().minusDays(18).toString();
    static final String HEADER = "身份证号,姓名,车辆,房产,工商注册,财政供养人员,其他,比对日期,低保户半年内已比对";
    static final String URL = "/api/cases/comparisons";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient clerk1;
    ApiClient admin;

    @BeforeEach
    void login() {
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    /** A household of head and spouse with these ID numbers; answers its id. */
    long household(String village, String head, String headId, String spouseId) {
        ApiClient.Answer a = admin.post("/api/households", Households.household(Ids.householdNo(), village, List.of(
                Households.member(head, headId, "HEAD"), Households.member("李梅", spouseId, "SPOUSE"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return ((Number) a.read("$.id")).longValue();
    }

    /** Opens a case for the household and, when {@code applied}, records the signed application. */
    long openCase(ApiClient who, long household, boolean applied) {
        ApiClient.Answer opened = who.post("/api/cases", Map.of("householdId", household));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = ((Number) opened.read("$.id")).longValue();
        if (applied) {
            ApiClient.Answer a = who.post("/api/cases/" + id + "/steps/APPLICATION", Map.of("version", (Object) opened.read("$.version"),
                    "commitmentSigned", true, "authorisationSigned", true));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
        return id;
    }

    int comparisons(long caseId) {
        return jdbc.queryForObject("select count(*) from identification_step where case_id = ? and step = 'DATA_COMPARISON'",
                Integer.class, caseId);
    }

    int allComparisons() {
        return jdbc.queryForObject("select count(*) from identification_step where step = 'DATA_COMPARISON'", Integer.class);
    }

    Map<String, Object> comparison(long caseId) {
        return jdbc.queryForMap("select actor, comment, details::text as details from identification_step "
                + "where case_id = ? and step = 'DATA_COMPARISON'", caseId);
    }

    ApiClient.Answer upload(ApiClient who, String name, byte[] file) {
        return who.upload(URL, "", name, file);
    }

    static String id(String born, boolean male) {
        return Ids.unique(born, male);
    }

    @Test
    void rowsOfEachHouseholdBecomeOneComparisonStepAndEveryOtherRowSaysWhy() {
        String aHead = id("1970-03-15", true);
        String aSpouse = id("1972-06-20", false);
        long a = household(TestCounty.VILLAGE_1, "比对甲", aHead, aSpouse);
        long caseA = openCase(clerk1, a, true);
        String bHead = id("1965-01-01", true);
        long caseB = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对乙", bHead, id("1966-01-01", false)), false);
        String cHead = id("1960-02-02", true);
        household(TestCounty.VILLAGE_1, "比对丙", cHead, id("1961-02-02", false));
        String dHead = id("1971-04-04", true);
        long caseD = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对丁", dHead, id("1972-04-04", false)), true);
        String eHead = id("1973-05-05", true);
        long caseE = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对戊", eHead, id("1974-05-05", false)), true);
        String fHead = id("1975-06-06", true);
        long caseF = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对己", fHead, id("1976-06-06", false)), true);
        String gHead = id("1977-07-07", true);
        long caseG = openCase(admin, household(TestCounty.VILLAGE_2, "比对庚", gHead, id("1978-07-07", false)), true);
        String hHead = id("1979-08-08", true);
        String hSpouse = id("1980-08-08", false);
        long caseH = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对辛", hHead, hSpouse), true);
        String iHead = id("1981-09-09", true);
        long caseI = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对壬", iHead, id("1982-09-09", false)), true);
        String unknown = id("1990-01-01", true);
        String recent = LocalDate.now().minusDays(10).toString();
        String old = LocalDate.now().minusMonths(8).toString();
        String hostile = "<script>alert(1)</script>'; drop table member;--";

        byte[] file = csv(StandardCharsets.UTF_8, HEADER,
                // household A: one row per department, the head's 15-digit number, spouse with a lower-case name gap
                FeedSamples.fifteenDigitsOf(aHead) + ",比对甲,名下无机动车,,,,," + D1 + ",否",
                aSpouse + ",李梅,,仅宅基地住房一处,,,," + D2 + ",",
                aSpouse + ",李 梅,,,无,无," + hostile + "," + D3 + ",否",
                FeedSamples.fifteenDigitsOf(aHead) + ",比对甲,名下无机动车,,,,," + D1 + ",否",
                bHead + ",比对乙,无,无,无,无,," + D1 + ",否",
                cHead + ",比对丙,无,无,无,无,," + D1 + ",否",
                dHead + ",比对丁,无,无,无,,," + D1 + ",否",
                eHead + ",比对戊,,,,,," + recent + ",是",
                fHead + ",比对己,,,,,," + old + ",是",
                gHead + ",比对庚,无,无,无,无,," + D1 + ",否",
                hHead + ",比对辛,无,无,,,," + D1 + ",否",
                hSpouse + ",李梅,,,无,无,,2026-13-45,否",
                iHead + ",张冒名,无,无,无,无,," + D1 + ",否",
                FeedSamples.wrongChecksum(aHead) + ",比对甲,无,无,无,无,," + D1 + ",否",
                unknown + ",查无此人,无,无,无,无,," + D1 + ",否",
                ",无号码,无,无,无,无,,,",
                iHead + ",比对壬,,,,,,,",
                eHead + ",比对戊,,,,,,,也许");
        ApiClient.Answer r = upload(clerk1, "比对结果2026年11月.csv", file);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat((Integer) r.read("$.rows")).isEqualTo(18);
        assertThat((List<Integer>) r.read("$.items[*].row")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                16, 17, 18, 19);
        assertThat((List<String>) r.read("$.items[*].code")).containsExactly(null, null, null, "DUPLICATE_ROW",
                "STEP_OUT_OF_ORDER", "NO_OPEN_CASE", "COMPARISON_INCOMPLETE", "HOUSEHOLD_ROW_INVALID",
                "DIBAO_COMPARISON_TOO_OLD", "OUTSIDE_SCOPE", "HOUSEHOLD_ROW_INVALID", "DATE_FORMAT", "NAME_MISMATCH",
                "ID_CHECKSUM", "ID_UNKNOWN", "ID_REQUIRED", "NO_RESULTS", "YES_NO_VALUE");
        assertThat((List<String>) r.read("$.items[*].result")).containsExactly("APPLIED", "APPLIED", "APPLIED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat((Integer) r.read("$.applied")).isEqualTo(3);
        assertThat((Integer) r.read("$.refused")).isEqualTo(15);
        assertThat((String) r.read("$.items[0].idNumberMasked")).doesNotContain(aHead.substring(6, 14)).hasSize(18);
        assertThat((Number) r.read("$.items[0].caseId")).isEqualTo((int) caseA);
        assertThat((String) r.read("$.items[6].message")).contains("车辆、房产、工商注册和财政供养人员");
        assertThat((String) r.read("$.items[10].message")).contains("第 13 行");

        Map<String, Object> step = comparison(caseA);
        assertThat(step.get("actor")).isEqualTo("t-clerk1");
        assertThat(step.get("comment").toString()).contains("比对结果2026年11月.csv").contains("2、3、4 行").contains(D3);
        assertThat(step.get("details").toString()).contains("\"vehicles\": \"名下无机动车\"")
                .contains("\"housing\": \"仅宅基地住房一处\"").contains("\"businessRegistration\": \"无\"")
                .contains("drop table member");
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isPositive();
        for (long untouched : new long[] {caseB, caseD, caseE, caseF, caseG, caseH, caseI}) {
            assertThat(comparisons(untouched)).as("case " + untouched).isZero();
        }

        // the same file again changes nothing; the rows already compared say so without being refused
        int before = allComparisons();
        ApiClient.Answer again = upload(clerk1, "比对结果2026年11月.csv", file);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat((Integer) again.read("$.applied")).isZero();
        assertThat((Integer) again.read("$.unchanged")).isEqualTo(3);
        assertThat((List<String>) again.read("$.items[0:3].result")).containsOnly("UNCHANGED");
        assertThat((Integer) again.read("$.refused")).isEqualTo(15);
        assertThat(allComparisons()).isEqualTo(before);

        // different results for a case already compared are refused, not applied over the first
        ApiClient.Answer changed = upload(clerk1, "更正.csv", csv(StandardCharsets.UTF_8, HEADER,
                aHead + ",比对甲,有一辆货车,无,无,无,," + D5 + ",否"));
        assertThat((String) changed.read("$.items[0].code")).isEqualTo("STEP_ALREADY_DONE");
        assertThat((String) changed.read("$.items[0].result")).isEqualTo("REFUSED");
        assertThat(comparisons(caseA)).isEqualTo(1);

        // the error report: original cells, row number, code and message; only for the uploader
        String reportId = r.read("$.reportId");
        ApiClient.Answer report = clerk1.get(URL + "/" + reportId + "/errors.xlsx");
        assertThat(report.status()).isEqualTo(200);
        List<List<String>> rows = FeedSamples.report(report.bytes());
        assertThat(rows.get(0)).containsExactly("身份证号", "姓名", "车辆", "房产", "工商注册", "财政供养人员", "其他", "比对日期",
                "低保户半年内已比对", "原文件行号", "错误代码", "错误说明");
        assertThat(rows).hasSize(16);
        assertThat(rows.get(1).get(9)).isEqualTo("5");
        assertThat(rows.get(1).get(10)).isEqualTo("DUPLICATE_ROW");
        assertThat(rows.get(9).get(7)).isEqualTo("2026-13-45");
        ApiClient clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        assertThat(clerk2.get(URL + "/" + reportId + "/errors.xlsx").status()).isEqualTo(404);
        assertThat(clerk1.get(URL + "/not-a-report/errors.xlsx").status()).isEqualTo(404);

        // the 低保 exemption within half a year and a fixed household go through on the corrected file
        ApiClient.Answer fixed = upload(clerk1, "改正后.csv", csv(StandardCharsets.UTF_8, HEADER,
                eHead + ",比对戊,,,,,," + recent + ",是",
                hHead + ",比对辛,无,无,,,," + D1 + ",否",
                hSpouse + ",李梅,,,无,无,," + D2 + ",否"));
        assertThat((List<String>) fixed.read("$.items[*].result")).containsOnly("APPLIED");
        assertThat(comparison(caseE).get("details").toString()).contains("\"dibaoExempt\": true").contains(recent);
        assertThat(comparisons(caseH)).isEqualTo(1);
        assertThat((Object) fixed.read("$.reportId")).isNull();
    }

    @Test
    void aGbkCsvAndAnXlsxAreReadButFormulaCellsAreRefused() {
        String gbk = id("1962-03-03", true);
        long caseGbk = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对癸", gbk, id("1963-03-03", false)), true);
        ApiClient.Answer r = upload(clerk1, "gbk.csv", csv(Charset.forName("GBK"), HEADER,
                gbk + ",比对癸,名下无车辆,无房产登记,无,无,," + D1 + ",否"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat((String) r.read("$.items[0].result")).isEqualTo("APPLIED");
        assertThat(comparison(caseGbk).get("details").toString()).contains("名下无车辆");

        String x = id("1964-04-04", true);
        long caseX = openCase(admin, household(TestCounty.VILLAGE_2, "比对子", x, id("1965-04-04", false)), true);
        byte[] xlsx = FeedSamples.xlsx(List.of(HEADER.split(",")), List.of(
                List.<Object>of(x, "比对子", "=HYPERLINK(\"http://evil\",\"无\")", "无", "无", "无", "", D1, "否")));
        ApiClient.Answer f = upload(admin, "公式.xlsx", xlsx);
        assertThat(f.status()).as(f.body()).isEqualTo(200);
        assertThat((String) f.read("$.items[0].code")).isEqualTo("FORMULA_CELL");
        assertThat(comparisons(caseX)).isZero();
        ApiClient.Answer ok = upload(admin, "值.xlsx", FeedSamples.xlsx(List.of(HEADER.split(",")), List.of(
                List.<Object>of(x, "比对子", "无", "无", "无", "无", "", D1, "否"))));
        assertThat((String) ok.read("$.items[0].result")).as(ok.body()).isEqualTo("APPLIED");
    }

    @Test
    void aTownshipReviewerComparesHouseholdsOfItsOwnTownshipOnly() {
        String own = id("1966-06-16", true);
        long ownCase = openCase(clerk1, household(TestCounty.VILLAGE_1, "比对丑", own, id("1967-06-16", false)), true);
        String other = id("1968-08-18", true);
        long otherCase = openCase(admin, household(TestCounty.VILLAGE_2, "比对寅", other, id("1969-08-18", false)), true);
        ApiClient township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        ApiClient.Answer r = upload(township, "乡镇.csv", csv(StandardCharsets.UTF_8, HEADER,
                own + ",比对丑,无,无,无,无,," + D1 + ",否", other + ",比对寅,无,无,无,无,," + D1 + ",否"));
        assertThat((List<String>) r.read("$.items[*].result")).as(r.body()).containsExactly("APPLIED", "REFUSED");
        assertThat((String) r.read("$.items[1].code")).isEqualTo("OUTSIDE_SCOPE");
        assertThat(comparison(ownCase).get("actor")).isEqualTo("t-township");
        assertThat(comparisons(otherCase)).isZero();
    }

    @Test
    void hostileFilesAndWrongRolesAreRefusedWithAClear4xxAndNothingStored() {
        int before = allComparisons();
        byte[] broken = new byte[4096];
        new Random(7).nextBytes(broken);
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 3;
        broken[3] = 4;
        expect(upload(clerk1, "坏.xlsx", broken), 400, null);
        byte[] noise = new byte[200_000];
        new Random(8).nextBytes(noise);
        expect(upload(clerk1, "噪声.csv", noise), 400, "NOT_TEXT");
        byte[] huge = new byte[50 * 1024 * 1024];
        new Random(9).nextBytes(huge);
        expect(upload(clerk1, "50MB.csv", huge), 413, "FILE_TOO_LARGE");
        expect(upload(clerk1, "空.csv", new byte[0]), 400, "FILE_REQUIRED");
        expect(upload(clerk1, "表头.csv", csv(StandardCharsets.UTF_8, HEADER)), 400, "NO_ROWS");
        expect(upload(clerk1, "别的表.csv", csv(StandardCharsets.UTF_8, "户编号,村,地址", "1,2,3")), 400, "WRONG_HEADERS");
        expect(upload(clerk1, "旧版.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4}), 400,
                "XLS_NOT_SUPPORTED");
        List<String> many = new ArrayList<>();
        many.add(HEADER);
        String someone = id("1950-01-01", true);
        for (int i = 0; i < 5001; i++) {
            many.add(someone + ",某人,无,无,无,无,," + D1 + ",否");
        }
        expect(upload(clerk1, "太多.csv", csv(StandardCharsets.UTF_8, many.toArray(String[]::new))), 413, "TOO_MANY_ROWS");
        byte[] one = csv(StandardCharsets.UTF_8, HEADER, someone + ",某人,无,无,无,无,," + D1 + ",否");
        expect(upload(ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD), "网格.csv", one), 403, "ROLE_NOT_ALLOWED");
        expect(upload(ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD), "督查.csv", one), 403, "ROLE_NOT_ALLOWED");
        assertThat(new ApiClient(port).upload(URL, "", "匿名.csv", one).status()).isIn(401, 403);
        assertThat(allComparisons()).isEqualTo(before);
    }

    @Test
    void theTemplatesCarryTheDeclaredHeaders() {
        ApiClient.Answer x = clerk1.get(URL + "/template.xlsx");
        assertThat(x.status()).isEqualTo(200);
        assertThat(FeedSamples.report(x.bytes()).get(0)).containsExactly(HEADER.split(","));
        ApiClient.Answer c = clerk1.get(URL + "/template.csv");
        assertThat(c.status()).isEqualTo(200);
        assertThat(new String(c.bytes(), StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADER + "\r\n");
        assertThat(clerk1.get(URL + "/template.pdf").status()).isEqualTo(404);
        // the template's example rows come back as unknown members, never applied to anyone
        ApiClient.Answer examples = upload(clerk1, "模板.xlsx", x.bytes());
        assertThat((List<String>) examples.read("$.items[*].code")).containsOnly("ID_UNKNOWN");
    }

    private static void expect(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        if (code != null) {
            assertThat((String) a.read("$.code")).isEqualTo(code);
        }
    }
}
