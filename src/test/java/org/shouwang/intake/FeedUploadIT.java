package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.FeedSamples.MEDICAL_HEADER;
import static org.shouwang.intake.FeedSamples.csv;
import static org.shouwang.intake.FeedSamples.householdWith;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A department liaison uploads feed files (CSV in UTF-8 and GBK, xlsx): rows are matched to members by ID number
 * within the liaison's scope, stored as facts once, and every unmatched or invalid row comes back in the report.
 */
@IntegrationTest
class FeedUploadIT {

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    ApiClient liaison;

    @BeforeEach
    void liaisons() {
        liaison("t-liaison", TestCounty.COUNTY);
        liaison("t-liaison-town1", TestCounty.TOWNSHIP_1);
        liaison("t-liaison-town2", TestCounty.TOWNSHIP_2);
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        liaison = ApiClient.loggedIn(port, "t-liaison", TestCounty.PASSWORD);
    }

    private void liaison(String name, String region) {
        if (users.byUsername(name).isEmpty()) {
            users.create(name, name, Role.DEPARTMENT_LIAISON, region, TestCounty.PASSWORD);
        }
    }

    private ApiClient.Answer upload(ApiClient client, String department, String fileName, byte[] content) {
        return client.upload("/api/feeds/" + department + "/file", "", fileName, content);
    }

    @Test
    void aMedicalInsuranceCsvIsMatchedRecordedOnceAndItsBadRowsComeBackInTheReport() {
        String plain = Ids.unique("1970-03-15", true);
        String legacy = Ids.unique("1961-08-02", false);
        String withX = FeedSamples.idEndingInX();
        householdWith(admin, TestCounty.VILLAGE_1, "欧阳医甲", plain);
        householdWith(admin, TestCounty.VILLAGE_1B, "欧阳医乙", legacy);
        long hX = householdWith(admin, TestCounty.VILLAGE_2, "欧阳医丙", withX);
        String notInLedger = Ids.unique("1980-01-01", true);
        byte[] file = csv(StandardCharsets.UTF_8, MEDICAL_HEADER,
                "欧阳医甲," + plain + ",住院,2025-03-01,50000,25000.50",
                "欧阳医乙," + FeedSamples.fifteenDigitsOf(legacy) + ",门诊慢特病,2025/4/2,\"30,000\",21000",
                "欧阳医丙," + withX.toLowerCase() + ",门诊统筹,2025年5月3日,,8000元",
                "不在台账," + notInLedger + ",住院,2025-03-01,50000,25000",
                "错号," + FeedSamples.wrongChecksum(plain) + ",住院,2025-03-01,50000,25000",
                "错日期," + plain + ",住院,2025-13-45,50000,25000",
                "错类型," + plain + ",急诊,2025-03-01,50000,25000",
                "负数," + plain + ",住院,2025-03-01,50000,-5",
                "\"=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\"," + Ids.unique("1982-02-02", true) + ",住院,2025-03-01,1,1",
                "三位小数," + plain + ",住院,2025-03-01,50000,1.005",
                "缺金额," + plain + ",住院,2025-03-01,50000,");
        ApiClient.Answer a = upload(liaison, "MEDICAL_INSURANCE", "医保2025一季度.csv", file);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.rows")).isEqualTo(11);
        assertThat((Integer) a.read("$.matched")).isEqualTo(3);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(2);
        assertThat((Integer) a.read("$.invalid")).isEqualTo(6);
        assertThat((Integer) a.read("$.newFacts")).isEqualTo(3);
        assertThat((Integer) a.read("$.duplicates")).isEqualTo(0);
        assertThat((Integer) a.read("$.newClues")).isNotNull();
        assertThat((List<String>) a.read("$.errors[*].errors[0].code")).containsExactly("NOT_FOUND", "ID_CHECKSUM", "DATE_FORMAT",
                "ENUM_VALUE", "AMOUNT_FORMAT", "NOT_FOUND", "AMOUNT_FORMAT", "REQUIRED");
        assertThat((List<Integer>) a.read("$.errors[*].row")).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
        int feedId = a.read("$.id");

        Map<String, Object> fact = jdbc.queryForMap("select * from risk_fact where household_id = ?", hX);
        assertThat(fact.get("department")).isEqualTo("MEDICAL_INSURANCE");
        assertThat(fact.get("kind")).isEqualTo("SELF_PAID_MEDICAL");
        assertThat((BigDecimal) fact.get("amount")).isEqualByComparingTo("8000");
        assertThat(fact.get("fact_date").toString()).isEqualTo("2025-05-03");
        assertThat(fact.get("source_ref")).isEqualTo("feed-row:" + feedId + ":4");
        assertThat(fact.get("fields").toString()).contains("\"visitType\": \"门诊统筹\"").doesNotContain("totalCost");
        assertThat(jdbc.queryForObject("select fields->>'totalCost' from risk_fact f join member m on m.id = f.member_id "
                + "where m.id_number = ?", String.class, legacy)).isEqualTo("30000.00");
        assertThat(jdbc.queryForObject("select count(*) from risk_fact where source_ref like ?", Integer.class,
                "feed-row:" + feedId + ":%")).isEqualTo(3);

        ApiClient.Answer again = upload(liaison, "MEDICAL_INSURANCE", "医保2025一季度（重发）.csv", file);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat((Integer) again.read("$.matched")).isEqualTo(3);
        assertThat((Integer) again.read("$.newFacts")).isZero();
        assertThat((Integer) again.read("$.duplicates")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from risk_fact where household_id = ?", Integer.class, hX)).isEqualTo(1);

        ApiClient.Answer report = liaison.get("/api/feeds/" + feedId + "/report.xlsx");
        assertThat(report.status()).isEqualTo(200);
        List<List<String>> rows = FeedSamples.report(report.bytes());
        assertThat(rows.get(0)).containsExactly("姓名", "身份证号", "就诊类型", "结算日期", "医疗总费用", "报销后个人自付金额", "原文件行号",
                "错误代码", "错误说明");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(1)).containsExactly("不在台账", notInLedger, "住院", "2025-03-01", "50000", "25000", "5", "NOT_FOUND",
                rows.get(1).get(8));
        assertThat(rows.get(1).get(8)).contains("未在本辖区");
        assertThat(rows.get(3).get(3)).isEqualTo("2025-13-45");
        assertThat(rows.get(3).get(8)).contains("结算日期");
        assertThat(rows.get(4).get(8)).contains("住院、门诊慢特病、门诊统筹");
        // the formula-like name is kept as text and escaped, so Excel never runs it
        assertThat(rows.get(6).get(0)).startsWith("'=HYPERLINK");

        assertThat(liaison.get("/api/feeds?department=MEDICAL_INSURANCE").json().read("$[*].id", List.class))
                .contains(feedId, (Integer) again.read("$.id"));
    }

    @Test
    void aGbkCsvFromExcelIsReadAndItsEnumValuesChecked() {
        String id = Ids.unique("1975-07-07", true);
        long household = householdWith(admin, TestCounty.VILLAGE_1, "欧阳农", id);
        byte[] file = csv(Charset.forName("GBK"), "姓名,身份证号,损失原因,损失日期,损失金额",
                "欧阳农," + id + ",自然灾害,2025-06-30,12000",
                "欧阳农," + id + ",洪涝,2025-06-30,12000");
        ApiClient.Answer a = upload(liaison, "agriculture", "农业农村灾损.csv", file);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.invalid")).isEqualTo(1);
        assertThat((String) a.read("$.errors[0].errors[0].message")).contains("洪涝").contains("自然灾害、产业风险、疫情");
        assertThat(jdbc.queryForObject("select fields->>'cause' from risk_fact where household_id = ? and kind = 'FARM_LOSS'",
                String.class, household)).isEqualTo("自然灾害");
    }

    @Test
    void aUtf8CsvWithBomKeepsFormulaLikeTextAsPlainTextAndEscapesItInTheReport() {
        String id = Ids.unique("1971-01-21", false);
        long household = householdWith(admin, TestCounty.VILLAGE_1, "欧阳访", id);
        byte[] file = FeedSamples.utf8Bom("姓名,身份证号,信访日期,诉求摘要,困难情形",
                "欧阳访," + id + ",2025-05-20,\"=cmd|' /C calc'!A0\",<script>alert(1)</script>",
                "查无," + Ids.unique("1972-02-22", true) + ",2025-05-20,正常诉求,@SUM(1+1)");
        ApiClient.Answer a = upload(liaison, "PETITION", "信访.csv", file);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(1);
        Map<String, Object> fact = jdbc.queryForMap("select fields->>'summary' as summary, fields->>'hardship' as hardship "
                + "from risk_fact where household_id = ? and kind = 'PETITION'", household);
        assertThat(fact).containsEntry("summary", "=cmd|' /C calc'!A0").containsEntry("hardship", "<script>alert(1)</script>");
        List<List<String>> report = FeedSamples.report(liaison.get("/api/feeds/" + a.read("$.id") + "/report.xlsx").bytes());
        assertThat(report).hasSize(2);
        assertThat(report.get(1).get(4)).isEqualTo("'@SUM(1+1)");
    }

    @Test
    void anXlsxWithNumberAndDateCellsIsReadAndFormulaCellsAreRefused() {
        String id = Ids.unique("1979-09-09", false);
        long household = householdWith(admin, TestCounty.VILLAGE_1, "欧阳表", id);
        List<String> headers = List.of("姓名", "身份证号", "就诊类型", "结算日期", "医疗总费用", "报销后个人自付金额");
        byte[] file = FeedSamples.xlsx(headers, List.of(
                List.of("欧阳表", id, "住院", 45717, 60000, 30000.25),
                List.of("欧阳表", id, "住院", "2025-02-01", 60000, "=1+1"),
                List.of("欧阳表", id, "住院", "2025-02-01", "@SUM(A1)", 100)));
        ApiClient.Answer a = upload(liaison, "MEDICAL_INSURANCE", "医保.xlsx", file);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.invalid")).isEqualTo(2);
        assertThat((List<String>) a.read("$.errors[*].errors[0].code")).containsExactly("FORMULA_CELL", "AMOUNT_FORMAT");
        Map<String, Object> fact = jdbc.queryForMap("select * from risk_fact where household_id = ?", household);
        assertThat(fact.get("fact_date").toString()).isEqualTo("2025-03-01");
        assertThat((BigDecimal) fact.get("amount")).isEqualByComparingTo("30000.25");
    }

    @Test
    void aLiaisonOfOneTownshipMatchesOnlyHouseholdsOfThatTownship() {
        String inside = Ids.unique("1966-06-06", true);
        String outside = Ids.unique("1967-07-07", true);
        householdWith(admin, TestCounty.VILLAGE_1B, "欧阳内", inside);
        long far = householdWith(admin, TestCounty.VILLAGE_2, "欧阳外", outside);
        ApiClient town = ApiClient.loggedIn(port, "t-liaison-town1", TestCounty.PASSWORD);
        ApiClient.Answer a = upload(town, "HOUSING", "住建鉴定.csv", csv(StandardCharsets.UTF_8, "姓名,身份证号,鉴定等级,鉴定日期",
                "欧阳内," + inside + ",c,2025-01-10", "欧阳外," + outside + ",D,2025-01-10"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(1);
        assertThat((String) a.read("$.errors[0].errors[0].code")).isEqualTo("NOT_FOUND");
        assertThat(jdbc.queryForObject("select count(*) from risk_fact where household_id = ?", Integer.class, far)).isZero();
        // the feed is seen within the township's scope (and the county's), not from another township; village staff
        // import their registers elsewhere and do not handle department data at all
        int id = a.read("$.id");
        assertThat(town.get("/api/feeds/" + id).status()).isEqualTo(200);
        assertThat(liaison.get("/api/feeds/" + id + "/report.xlsx").status()).isEqualTo(200);
        assertThat(ApiClient.loggedIn(port, "t-liaison-town2", TestCounty.PASSWORD).get("/api/feeds/" + id).status()).isEqualTo(404);
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        assertThat(clerk.get("/api/feeds/" + id).status()).isEqualTo(403);
        assertThat(upload(clerk, "HOUSING", "x.csv", csv(StandardCharsets.UTF_8, "姓名,身份证号,鉴定等级,鉴定日期",
                "欧阳内," + inside + ",C,2025-01-10")).status()).isEqualTo(403);
    }

    @Test
    void hostileFilesAreRefusedWithAClearCodeAndRecordNothing() {
        int before = jdbc.queryForObject("select count(*) from feed", Integer.class);
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        byte[] brokenZip = new byte[noise.length + 4];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, brokenZip, 0, 4);
        System.arraycopy(noise, 0, brokenZip, 4, noise.length);
        noise[0] = 'x';
        noise[1] = 0;
        refused(upload(liaison, "MEDICAL_INSURANCE", "broken.xlsx", brokenZip), 400, "XLSX_BROKEN");
        refused(upload(liaison, "MEDICAL_INSURANCE", "noise.csv", noise), 400, "NOT_TEXT");
        refused(upload(liaison, "MEDICAL_INSURANCE", "empty.csv", new byte[0]), 400, "FILE_REQUIRED");
        refused(upload(liaison, "MEDICAL_INSURANCE", "blank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 400, "FILE_EMPTY");
        refused(upload(liaison, "MEDICAL_INSURANCE", "header-only.csv", csv(StandardCharsets.UTF_8, MEDICAL_HEADER)), 400, "NO_ROWS");
        refused(upload(liaison, "MEDICAL_INSURANCE", "households.csv",
                csv(StandardCharsets.UTF_8, "户编号,村级区划代码", "1,2")), 400, "WRONG_HEADERS");
        refused(upload(liaison, "MEDICAL_INSURANCE", "missing.csv",
                csv(StandardCharsets.UTF_8, "姓名,身份证号,就诊类型", "a,b,住院")), 400, "MISSING_COLUMNS");
        refused(upload(liaison, "NO_SUCH_DEPT", "x.csv", csv(StandardCharsets.UTF_8, MEDICAL_HEADER, "a,b,c,d,e,f")), 404,
                "DEPARTMENT_UNKNOWN");
        ApiClient inspector = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        refused(upload(inspector, "MEDICAL_INSURANCE", "x.csv", csv(StandardCharsets.UTF_8, MEDICAL_HEADER, "a,b,c,d,e,f")), 403,
                "FORBIDDEN");
        StringBuilder big = new StringBuilder(MEDICAL_HEADER);
        for (int i = 0; i < 10_001; i++) {
            big.append("\r\n甲,1,住院,2025-01-01,1,1");
        }
        refused(upload(liaison, "MEDICAL_INSURANCE", "big.csv", big.toString().getBytes(StandardCharsets.UTF_8)), 413,
                "TOO_MANY_ROWS");
        assertThat(jdbc.queryForObject("select count(*) from feed", Integer.class)).isEqualTo(before);
    }

    @Test
    void templatesCarryTheDeclaredHeadersAndTheLayoutsListTheAllowedValues() {
        ApiClient.Answer csvTemplate = liaison.get("/api/feeds/templates/CIVIL_AFFAIRS.csv");
        assertThat(csvTemplate.status()).isEqualTo(200);
        assertThat(csvTemplate.body()).startsWith("\uFEFF姓名,身份证号,救助类型,起始日期,金额");
        ApiClient.Answer xlsx = liaison.get("/api/feeds/templates/DISABLED_FEDERATION.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(FeedSamples.report(xlsx.bytes()).get(0)).containsExactly("姓名", "身份证号", "残疾类别", "残疾等级", "发证日期");
        ApiClient.Answer layouts = liaison.get("/api/feeds/layouts");
        assertThat((List<String>) layouts.read("$[*].department")).hasSize(10).contains("OTHER", "PETITION");
        assertThat((List<String>) layouts.read("$[?(@.department == 'WATER')].columns[2].values[*]"))
                .containsExactly("水量不达标", "水质不达标", "取水不方便", "供水保障率不达标");
        assertThat((List<String>) layouts.read("$[?(@.department == 'WATER')].columns[*].typeLabel"))
                .containsExactly("文本", "文本", "可选值", "日期");
        // a template sent back unchanged: its example row is valid and simply not found
        ApiClient.Answer back = upload(liaison, "MEDICAL_INSURANCE", "模板.xlsx", liaison.get("/api/feeds/templates/MEDICAL_INSURANCE.xlsx").bytes());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat((Integer) back.read("$.unmatched")).isEqualTo(1);
    }

    private static void refused(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat((String) a.read("$.code")).as(a.body()).isEqualTo(code);
        assertThat((String) a.read("$.detail")).as(a.body()).isNotBlank();
    }
}
