package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.LieshanDistrict;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 问题台账 through the API: the whole path, scope, roles, stale versions, hostile input, counts and the export. */
@IntegrationTest
class ProblemApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    ApiClient inspector;
    ApiClient clerk1;
    ApiClient clerk2;
    ApiClient township;
    ApiClient admin;
    ApiClient grid;
    String tag;

    @BeforeEach
    void login() {
        LieshanDistrict.ensure(regions, users);
        inspector = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    Map<String, Object> draft(String region, String description) {
        Map<String, Object> m = new HashMap<>();
        m.put("source", "UNANNOUNCED_INSPECTION");
        m.put("category", "VISITS_INADEQUATE");
        m.put("description", description + " " + tag);
        m.put("regionCode", region);
        m.put("responsibleUnit", "东村村委会");
        m.put("responsiblePerson", "张三");
        m.put("deadline", today().plusDays(10).toString());
        return m;
    }

    static ApiClient.Answer expect(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        if (code != null) {
            assertThat((String) a.read("$.code")).as(a.body()).isEqualTo(code);
        }
        return a;
    }

    long record(ApiClient by, Map<String, Object> draft) {
        return ((Number) expect(by.post("/api/problems", draft), 201, null).read("$.id")).longValue();
    }

    ApiClient.Answer act(ApiClient by, long id, String action, int version, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        body.put("version", version);
        return by.post("/api/problems/" + id + "/transitions", body);
    }

    static Map<String, Object> report() {
        return Map.of("measures", "补齐走访记录，建立月度走访台账", "evidence", "走访记录表 12 份", "attachments",
                List.of("走访记录.pdf", "现场照片.jpg"));
    }

    @Test
    void inspectorRecordsAHouseholdProblemTheVillageRectifiesAndTheTownshipClosesIt() {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, "王守田");
        Map<String, Object> d = draft(null, "该户未落实帮扶措施");
        d.put("householdId", household);
        d.put("category", "ASSISTANCE_INADEQUATE");
        long id = record(inspector, d);
        ApiClient.Answer detail = expect(clerk1.get("/api/problems/" + id), 200, null);
        assertThat((String) detail.read("$.regionCode")).isEqualTo(TestCounty.VILLAGE_1);
        assertThat((String) detail.read("$.status")).isEqualTo("OPEN");
        assertThat((String) detail.read("$.headName")).isEqualTo("王守田");
        assertThat((List<String>) detail.read("$.actions")).containsExactly("START", "REPORT");

        expect(act(clerk1, id, "START", 0, Map.of("comment", "已安排专人整改")), 200, null);
        ApiClient.Answer reported = expect(act(clerk1, id, "REPORT", 1, report()), 200, null);
        assertThat((String) reported.read("$.status")).isEqualTo("SUBMITTED");
        assertThat((List<String>) reported.read("$.attachments")).containsExactly("走访记录.pdf", "现场照片.jpg");
        assertThat((List<String>) expect(township.get("/api/problems/" + id), 200, null).read("$.actions"))
                .containsExactly("CLOSE", "RETURN");

        expect(act(township, id, "RETURN", 2, Map.of("comment", "缺少户主签字")), 200, null);
        expect(act(clerk1, id, "REPORT", 3, report()), 200, null);
        ApiClient.Answer closed = expect(act(township, id, "CLOSE", 4, Map.of("comment", "整改到位")), 200, null);
        assertThat((String) closed.read("$.status")).isEqualTo("CLOSED");
        assertThat((String) closed.read("$.closedOn")).isEqualTo(today().toString());
        assertThat((List<String>) closed.read("$.events[*].action"))
                .containsExactly("RECORD", "START", "REPORT", "RETURN", "REPORT", "CLOSE");
        assertThat((List<String>) closed.read("$.events[*].actor"))
                .containsExactly("t-inspector", "t-clerk1", "t-clerk1", "t-township", "t-clerk1", "t-township");
        assertThat((String) closed.read("$.events[3].comment")).isEqualTo("缺少户主签字");
        assertThat((String) closed.read("$.events[2].before")).isEqualTo("RECTIFYING");
        assertThat((String) closed.read("$.events[2].changes.after.measures")).isEqualTo("补齐走访记录，建立月度走访台账");
        assertThat(jdbc.sql("select count(*) from problem_event where problem_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(6);
    }

    @Test
    void wrongRolesAreRefusedWith403() {
        expect(clerk1.post("/api/problems", draft(TestCounty.VILLAGE_1, "村里自己登记")), 403, "ROLE_NOT_ALLOWED");
        expect(grid.post("/api/problems", draft(TestCounty.VILLAGE_1, "网格员登记")), 403, "ROLE_NOT_ALLOWED");
        long id = record(inspector, draft(TestCounty.VILLAGE_1, "走访不到位"));
        expect(act(township, id, "REPORT", 0, report()), 403, "NOT_RESPONSIBLE");
        expect(act(inspector, id, "START", 0, Map.of()), 403, "NOT_RESPONSIBLE");
        expect(act(clerk1, id, "REPORT", 0, report()), 200, null);
        expect(act(clerk1, id, "CLOSE", 1, Map.of()), 403, "NOT_REVIEWER");
        expect(act(admin, id, "CLOSE", 1, Map.of()), 403, "NOT_REVIEWER");
        expect(act(inspector, id, "CLOSE", 1, Map.of()), 403, "NOT_REVIEWER");
        assertThat((String) inspector.get("/api/problems/" + id).read("$.status")).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherVillageOrCountySeesNothingAndGets404() {
        long id = record(inspector, draft(TestCounty.VILLAGE_1, "东村的问题"));
        ApiClient other = ApiClient.loggedIn(port, LieshanDistrict.ADMIN, TestCounty.PASSWORD);
        expect(other.get("/api/problems/" + id), 404, "NOT_FOUND");
        expect(act(other, id, "REPORT", 0, report()), 404, "NOT_FOUND");
        expect(clerk2.get("/api/problems/" + id), 404, "NOT_FOUND");
        expect(act(clerk2, id, "REPORT", 0, report()), 404, "NOT_FOUND");
        assertThat((List<?>) other.get("/api/problems?size=200").read("$.items[?(@.id == " + id + ")]")).isEmpty();
        assertThat((List<?>) clerk2.get("/api/problems?size=200&region=" + TestCounty.VILLAGE_1).read("$.items")).isEmpty();
        expect(admin.post("/api/problems", draft(LieshanDistrict.VILLAGE, "外县的村")), 404, "NOT_FOUND");
        expect(township.post("/api/problems", draft(TestCounty.VILLAGE_2, "别的乡镇")), 404, "NOT_FOUND");
        long household = Households.create(clerk2, TestCounty.VILLAGE_2, "南村户");
        Map<String, Object> d = draft(null, "别的乡镇的户");
        d.put("householdId", household);
        expect(township.post("/api/problems", d), 404, "NOT_FOUND");
        expect(inspector.get("/api/problems/999999999"), 404, "NOT_FOUND");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long id = record(inspector, draft(TestCounty.VILLAGE_1, "版本冲突"));
        expect(act(clerk1, id, "START", 0, Map.of()), 200, null);
        expect(act(clerk1, id, "REPORT", 0, report()), 409, "VERSION_CONFLICT");
        Map<String, Object> noVersion = new HashMap<>(report());
        noVersion.put("action", "REPORT");
        expect(clerk1.post("/api/problems/" + id + "/transitions", noVersion), 422, "VERSION_REQUIRED");
        ApiClient.Answer now = clerk1.get("/api/problems/" + id);
        assertThat((String) now.read("$.status")).isEqualTo("RECTIFYING");
        assertThat((Integer) now.read("$.version")).isEqualTo(1);
        expect(act(clerk1, id, "START", 1, Map.of()), 409, "STATUS_NOT_ALLOWED");
    }

    @Test
    void hostileInputGetsClearRefusalsNever500() {
        Map<String, Object> d = draft(TestCounty.VILLAGE_1, "x".repeat(2001));
        ApiClient.Answer tooLong = expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");
        assertThat((List<String>) tooLong.read("$.errors[*].field")).contains("description");
        d = draft(TestCounty.VILLAGE_1, "y".repeat(200_000));
        expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");

        d = draft(TestCounty.VILLAGE_1, "过期");
        d.put("deadline", today().minusDays(1).toString());
        ApiClient.Answer past = expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");
        assertThat((List<String>) past.read("$.errors[*].code")).containsExactly("DEADLINE_PAST");
        d.put("deadline", "2026-02-30");
        expect(inspector.post("/api/problems", d), 400, "MALFORMED_REQUEST");
        d.put("deadline", "明天");
        expect(inspector.post("/api/problems", d), 400, "MALFORMED_REQUEST");
        d.remove("deadline");
        expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");

        d = draft("34999900100A", "坏区划");
        expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");
        d = draft(TestCounty.VILLAGE_1, "坏类别");
        d.put("category", "'; drop table problem; --");
        d.put("source", "CAMPAIGN");
        d.put("responsibleUsername", "nobody-" + tag);
        d.put("description", "控制字符\u0007");
        ApiClient.Answer many = expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");
        assertThat((List<String>) many.read("$.errors[*].code")).contains("CATEGORY_INVALID", "CAMPAIGN_REQUIRED",
                "CONTROL_CHARACTERS", "RESPONSIBLE_USER_INVALID");
        d = draft(TestCounty.VILLAGE_1, "外县的活动");
        d.put("campaignId", campaign(LieshanDistrict.DISTRICT));
        expect(inspector.post("/api/problems", d), 422, "VALIDATION_FAILED");

        String injection = "=HYPERLINK(\"http://evil\")'; drop table problem; -- <script>alert(1)</script>";
        d = draft(TestCounty.VILLAGE_1, injection);
        long id = record(inspector, d);
        assertThat((String) inspector.get("/api/problems/" + id).read("$.description")).startsWith(injection);

        expect(inspector.postRaw("/api/problems", "application/json", "{\"source\":".getBytes(StandardCharsets.UTF_8)),
                400, "MALFORMED_REQUEST");
        expect(inspector.postRaw("/api/problems", "application/json", new byte[] {(byte) 0xC3, (byte) 0x28}), 400,
                "MALFORMED_REQUEST");
        expect(inspector.postRaw("/api/problems", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        expect(inspector.get("/api/problems/abc"), 400, "MALFORMED_REQUEST");
        expect(inspector.get("/api/problems?status=FOO"), 400, "BAD_FILTER");
        expect(inspector.get("/api/problems?region=1'%20or%20'1'='1"), 400, "BAD_FILTER");
        expect(inspector.get("/api/problems?size=100000"), 400, "BAD_PAGE");
        expect(inspector.get("/api/problems?overdue=maybe"), 400, "MALFORMED_REQUEST");
        expect(act(clerk1, id, "DESTROY", 0, Map.of()), 422, "ACTION_UNKNOWN");
        Map<String, Object> big = new HashMap<>(report());
        big.put("attachments", java.util.Collections.nCopies(21, "a.pdf"));
        expect(act(clerk1, id, "REPORT", 0, big), 422, "VALIDATION_FAILED");
        expect(act(clerk1, id, "REPORT", 0, Map.of("comment", "c".repeat(501))), 422, "VALIDATION_FAILED");
        assertThat((String) inspector.get("/api/problems/" + id).read("$.status")).isEqualTo("OPEN");
    }

    @Test
    void listsFilterAndHighlightOverdueAndCountPerTownship() {
        long late = record(inspector, draft(TestCounty.VILLAGE_1, "逾期问题"));
        long onTime = record(inspector, draft(TestCounty.VILLAGE_1B, "未逾期问题"));
        long south = record(inspector, draft(TestCounty.VILLAGE_2, "南村问题"));
        long camp = campaign(TestCounty.COUNTY);
        Map<String, Object> fromCampaign = draft(TestCounty.TOWNSHIP_1, "乡镇层面问题");
        fromCampaign.put("source", "CAMPAIGN");
        fromCampaign.put("campaignId", camp);
        fromCampaign.put("category", "POLICY_NOT_IMPLEMENTED");
        long townshipLevel = record(admin, fromCampaign);
        jdbc.sql("update problem set deadline = ? where id = ?").params(today().minusDays(3), late).update();

        ApiClient.Answer overdue = expect(inspector.get("/api/problems?overdue=true&size=200"), 200, null);
        assertThat((List<Integer>) overdue.read("$.items[*].id")).contains((int) late).doesNotContain((int) onTime);
        assertThat((List<Boolean>) overdue.read("$.items[?(@.id == " + late + ")].overdue")).containsExactly(true);
        assertThat((List<Integer>) inspector.get("/api/problems?campaign=" + camp).read("$.items[*].id"))
                .containsExactly((int) townshipLevel);
        assertThat((List<Integer>) inspector.get("/api/problems?size=200&category=POLICY_NOT_IMPLEMENTED&source=CAMPAIGN")
                .read("$.items[*].id")).contains((int) townshipLevel).doesNotContain((int) late);
        assertThat((List<Integer>) township.get("/api/problems?size=200").read("$.items[*].id"))
                .contains((int) late, (int) onTime, (int) townshipLevel).doesNotContain((int) south);
        assertThat((List<Integer>) clerk1.get("/api/problems?size=200").read("$.items[*].id"))
                .contains((int) late).doesNotContain((int) onTime, (int) townshipLevel);
        assertThat((List<Integer>) inspector.get("/api/problems?size=200&region=" + TestCounty.TOWNSHIP_2)
                .read("$.items[*].id")).contains((int) south).doesNotContain((int) late);

        ApiClient.Answer counts = expect(inspector.get("/api/problems/counts?campaign=" + camp), 200, null);
        assertThat((List<String>) counts.read("$[*].regionCode")).containsExactly(TestCounty.TOWNSHIP_1);
        assertThat((String) counts.read("$[0].name")).isEqualTo("一号镇");
        assertThat((Integer) counts.read("$[0].total")).isEqualTo(1);
        ApiClient.Answer all = expect(township.get("/api/problems/counts"), 200, null);
        assertThat((List<String>) all.read("$[*].regionCode")).containsExactly(TestCounty.TOWNSHIP_1);
        assertThat((Integer) all.read("$[0].overdue")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theLedgerExportsAsXlsxWithinScopeAndWithoutFormulas() throws Exception {
        String injection = "=1+2 导出检查";
        long id = record(inspector, draft(TestCounty.VILLAGE_1, injection));
        long south = record(inspector, draft(TestCounty.VILLAGE_2, "南村导出"));
        ApiClient.Answer x = expect(clerk1.get("/api/problems/export.xlsx"), 200, null);
        assertThat(x.contentType()).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            Sheet sheet = wb.getSheet("问题台账");
            DataFormatter f = new DataFormatter();
            Row head = sheet.getRow(0);
            assertThat(f.formatCellValue(head.getCell(1))).isEqualTo("问题编号");
            assertThat(f.formatCellValue(head.getCell(9))).isEqualTo("问题描述");
            assertThat(f.formatCellValue(head.getCell(15))).isEqualTo("是否逾期");
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0) {
                    assertThat(f.formatCellValue(r.getCell(6))).isEqualTo("东村");
                    if ((long) r.getCell(1).getNumericCellValue() == id) {
                        found = r;
                    }
                    assertThat((long) r.getCell(1).getNumericCellValue()).isNotEqualTo(south);
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.getCell(9).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(found.getCell(9).getStringCellValue()).startsWith("'=1+2");
            assertThat(f.formatCellValue(found.getCell(2))).isEqualTo("暗访");
            assertThat(f.formatCellValue(found.getCell(5))).isEqualTo("一号镇");
            assertThat(f.formatCellValue(found.getCell(14))).isEqualTo("待整改");
            assertThat(f.formatCellValue(found.getCell(15))).isEqualTo("否");
        }
        expect(clerk1.get("/api/problems/export.xlsx?status=NOPE"), 400, "BAD_FILTER");
    }

    long campaign(String region) {
        return jdbc.sql("""
                insert into campaign (name, year, region_code, profile_date, created_by)
                values (?, 2026, ?, current_date, 't-admin') returning id""").params("排查 " + tag, region)
                .query(Long.class).single();
    }
}
