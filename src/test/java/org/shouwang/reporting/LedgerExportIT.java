package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledgers' .xlsx export opened with POI: the header block, the column titles, masked numbers by default, revealed
 * ones audited, formula-looking text kept as text; and 问题台账, unavailable until the problem table exists.
 */
@IntegrationTest
@Import(LedgerCounty.class)
class LedgerExportIT {

    static final int TITLES = 6;

    @LocalServerPort
    int port;

    @Autowired
    LedgerCounty county;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, LedgerCounty.PASSWORD);
    }

    Sheet sheet(ApiClient.Answer a) throws IOException {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(a.bytes())).getSheetAt(0);
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        if (row != null) {
            row.forEach(c -> out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                    : c.getStringCellValue()));
        }
        return out;
    }

    @Test
    void theExportStartsWithItsHeaderBlockAndMasksNumbers() throws IOException {
        ApiClient.Answer a = as("l-admin").get("/api/ledgers/monitored.xlsx?from=2025-01-01&to=2026-12-31");
        Sheet s = sheet(a);
        assertThat(s.getSheetName()).isEqualTo("监测对象台账");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("监测对象台账");
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("地区：台账县（349993000000）");
        assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("期间：2025-01-01 至 2026-12-31（按纳入时间）");
        assertThat(s.getRow(3).getCell(0).getStringCellValue()).startsWith("导出时间：").contains("导出人：l-admin（l-admin，县级管理员）");
        assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("身份证号和电话号码已脱敏");
        assertThat(texts(s.getRow(TITLES))).startsWith("户编号", "户主", "户主身份证号", "联系电话", "乡镇", "村");
        assertThat(s.getLastRowNum()).isEqualTo(TITLES + 3);
        assertThat(texts(s.getRow(TITLES + 1))).contains("张监测", "349993********1234", "139****5678", "因病、因灾",
                "137****1111", "5600.5");
        assertThat(new String(a.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(LedgerCounty.ID_A);
        assertThat(jdbc.queryForMap("""
                select revealed, row_count, region_code, period_from::text as f from ledger_export
                where username = 'l-admin' and kind = 'MONITORED' order by id desc limit 1"""))
                .containsEntry("revealed", false).containsEntry("row_count", 3L).containsEntry("region_code", LedgerCounty.COUNTY)
                .containsEntry("f", "2025-01-01");
    }

    @Test
    void aRevealedExportShowsFullNumbersAndIsRecordedForEveryHousehold() throws IOException {
        int before = jdbc.queryForObject("select count(*) from sensitive_read where field = 'ledger:alleviated'",
                Integer.class);
        Sheet s = sheet(as("l-admin").get("/api/ledgers/alleviated.xlsx?reveal=true"));
        assertThat(s.getRow(4).getCell(0).getStringCellValue()).contains("本次导出已留痕");
        assertThat(texts(s.getRow(TITLES + 1))).contains("张监测", LedgerCounty.ID_A, "13912345678");
        assertThat(texts(s.getRow(TITLES + 2))).contains("孙脱贫", "349993195501012222");
        assertThat(jdbc.queryForList("""
                select household_id from sensitive_read where field = 'ledger:alleviated' and username = 'l-admin'
                order by household_id""", Long.class)).contains(county.hA, county.hE);
        assertThat(jdbc.queryForObject("select count(*) from sensitive_read where field = 'ledger:alleviated'",
                Integer.class)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                select revealed from ledger_export where kind = 'ALLEVIATED' order by id desc limit 1""", Boolean.class))
                .isTrue();
    }

    @Test
    void formulaLookingTextIsWrittenAsTextNeverAsAFormula() throws IOException {
        Sheet visits = sheet(as("l-clerk1").get("/api/ledgers/visits.xlsx"));
        Sheet measures = sheet(as("l-clerk1").get("/api/ledgers/measures.xlsx"));
        for (Sheet s : List.of(visits, measures)) {
            boolean found = false;
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("=1+1")) {
                        assertThat(c.getStringCellValue()).isEqualTo("'=1+1");
                        found = true;
                    }
                }
            }
            assertThat(found).as(s.getSheetName()).isTrue();
        }
        assertThat(visits.getLastRowNum()).as("the clerk's village only").isEqualTo(TITLES + 1);
        // amounts stay numbers
        Row m = measures.getRow(TITLES + 1);
        List<String> titles = texts(measures.getRow(TITLES));
        assertThat(m.getCell(titles.indexOf("金额（元）")).getNumericCellValue()).isEqualTo(6000.0);
    }

    @Test
    void theProblemLedgerIsUnavailableUntilItsTableExistsAndThenListsProblems() throws IOException {
        boolean created = false;
        if (jdbc.queryForObject("select to_regclass('problem') is null", Boolean.class)) {
            ApiClient.Answer a = as("l-admin").get("/api/ledgers/problems");
            assertThat(a.status()).isEqualTo(409);
            assertThat((String) a.read("$.code")).isEqualTo("LEDGER_UNAVAILABLE");
            assertThat(as("l-admin").get("/api/ledgers/problems.xlsx").status()).isEqualTo(409);
            List<Map<String, Object>> catalogue = as("l-admin").get("/api/ledgers").read("$[?(@.kind == 'problems')]");
            assertThat(catalogue).singleElement().satisfies(p -> assertThat(p).containsEntry("available", false));
            // the campaign module's V30 table, as far as the ledger reads it
            jdbc.execute("""
                    create table problem (id bigserial primary key, source varchar(24) not null,
                        category varchar(32) not null, description varchar(2000) not null, region_code varchar(12) not null,
                        household_id bigint, responsible_unit varchar(100) not null, responsible_person varchar(50),
                        deadline date not null, status varchar(12) not null default 'OPEN', measures varchar(2000),
                        found_on date not null, recorded_by varchar(64) not null, closed_on date)""");
            created = true;
        }
        try {
            jdbc.update("""
                    insert into problem (source, category, description, region_code, household_id, responsible_unit,
                        responsible_person, deadline, status, found_on, recorded_by)
                    values ('CROSS_CHECK', 'VISITS_INADEQUATE', '=1+1 走访记录不全', ?, ?, '丙一村委会', '吴主任', '2026-01-31',
                        'OPEN', '2026-01-10', 'l-admin'),
                           ('EVALUATION', 'OTHER', '西村问题', ?, null, '丙镇政府', null, '2099-01-31', 'CLOSED', '2026-02-10',
                        'l-admin')""", LedgerCounty.V1, county.hA, LedgerCounty.V2);
            List<String> columns = as("l-clerk1").get("/api/ledgers/problems").read("$.columns");
            List<List<Object>> rows = as("l-clerk1").get("/api/ledgers/problems").read("$.rows");
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get(columns.indexOf("问题来源"))).isEqualTo("交叉检查");
                assertThat(r.get(columns.indexOf("问题类别"))).isEqualTo("走访不到位");
                assertThat(r.get(columns.indexOf("户主"))).isEqualTo("张监测");
                assertThat(r.get(columns.indexOf("整改状态"))).isEqualTo("待整改");
                assertThat(r.get(columns.indexOf("是否逾期"))).isEqualTo("是");
            });
            Sheet s = sheet(as("l-admin").get("/api/ledgers/problems.xlsx?from=2026-01-01&to=2026-12-31"));
            assertThat(s.getLastRowNum()).isEqualTo(TITLES + 2);
            assertThat(texts(s.getRow(TITLES + 1))).contains("'=1+1 走访记录不全", "交叉检查");
        } finally {
            if (created) {
                jdbc.execute("drop table problem");
            }
        }
    }
}
