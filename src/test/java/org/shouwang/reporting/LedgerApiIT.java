package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The standard ledgers' JSON preview over 台账县 ({@link LedgerCounty}): each ledger's rows and columns from the seeded
 * data, masking and the audited reveal, region scope, and hostile parameters answered with a 4xx.
 */
@IntegrationTest
@Import(LedgerCounty.class)
class LedgerApiIT {

    @LocalServerPort
    int port;

    @Autowired
    LedgerCounty county;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, LedgerCounty.PASSWORD);
    }

    ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    /** The rows of a page as maps from column title to cell. */
    List<Map<String, Object>> rows(ApiClient.Answer a) {
        List<String> columns = a.read("$.columns");
        List<List<Object>> rows = a.read("$.rows");
        return rows.stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r.get(i));
            }
            return m;
        }).toList();
    }

    List<Map<String, Object>> ledger(String user, String kind, String query) {
        return rows(ok(as(user).get("/api/ledgers/" + kind + "?region=" + LedgerCounty.COUNTY + query)));
    }

    @Test
    void theMonitoredLedgerListsEachMonitoredHouseholdWithItsInclusionEliminationAndContacts() {
        ApiClient.Answer a = ok(as("l-admin").get("/api/ledgers/monitored?region=" + LedgerCounty.COUNTY));
        assertThat((String) a.read("$.title")).isEqualTo("监测对象台账");
        assertThat((String) a.read("$.regionName")).isEqualTo("台账县");
        assertThat((Integer) a.read("$.total")).isEqualTo(3);
        assertThat((Boolean) a.read("$.revealed")).isFalse();
        List<Map<String, Object>> rows = rows(a);
        assertThat(rows).extracting(r -> r.get("户主")).containsExactly("张监测", "李消除", "赵西村");
        Map<String, Object> zhang = rows.get(0);
        assertThat(zhang).containsEntry("户主身份证号", "349993********1234").containsEntry("联系电话", "139****5678")
                .containsEntry("乡镇", "丙镇").containsEntry("村", "丙一村").containsEntry("户类型", "脱贫户")
                .containsEntry("监测对象类别", "脱贫不稳定户").containsEntry("风险类型", "因病、因灾")
                .containsEntry("纳入时间", "2026-03-10").containsEntry("监测状态", "风险未消除")
                .containsEntry("风险是否消除", "否").containsEntry("消除方式", null)
                .containsEntry("帮扶联系人", "王帮扶（镇政府）、钱旧人（县农业农村局）")
                .containsEntry("联系人电话", "137****1111");
        assertThat(((Number) zhang.get("人均纯收入（元）")).doubleValue()).isEqualTo(5600.5);
        assertThat(rows.get(1)).containsEntry("风险是否消除", "是").containsEntry("消除方式", "帮扶消除")
                .containsEntry("消除时间", "2026-05-20").containsEntry("监测对象类别", "边缘易致贫户");
        assertThat(rows.get(2)).containsEntry("联系电话", null).containsEntry("风险类型", null);
    }

    @Test
    void thePeriodFiltersTheDayTheLedgerIsAbout() {
        assertThat(ledger("l-admin", "monitored", "&from=2026-03-01&to=2026-12-31")).extracting(r -> r.get("户主"))
                .containsExactly("张监测");
        assertThat(ledger("l-admin", "monitored", "&to=2025-12-31")).extracting(r -> r.get("户主"))
                .containsExactly("李消除");
        assertThat(ledger("l-admin", "visits", "&from=2026-04-01")).extracting(r -> r.get("户主"))
                .containsExactly("张监测");
        // a current list: the period does not narrow it
        assertThat(ledger("l-admin", "alleviated", "&from=2030-01-01")).hasSize(2);
    }

    @Test
    void theOtherLedgersCarryTheirOwnRows() {
        assertThat(ledger("l-admin", "alleviated", "")).extracting(r -> r.get("户主") + " " + r.get("脱贫年份") + " "
                + r.get("监测状态")).containsExactly("张监测 2018 风险未消除", "孙脱贫 2016 未纳入监测");
        List<Map<String, Object>> measures = ledger("l-admin", "measures", "");
        assertThat(measures).singleElement().satisfies(m -> assertThat(m).containsEntry("户主", "张监测")
                .containsEntry("帮扶对象", "全户").containsEntry("措施类别", "就业帮扶").containsEntry("帮扶项目", "公益岗位")
                .containsEntry("针对风险类型", "因病").containsEntry("开始日期", "2026-03-15")
                .containsEntry("落实状态", "正在实施").containsEntry("责任单位", "县人社局").containsEntry("备注", "=1+1"));
        assertThat(((Number) measures.get(0).get("金额（元）")).intValue()).isEqualTo(6000);
        List<Map<String, Object>> visits = ledger("l-admin", "visits", "");
        assertThat(visits).extracting(v -> v.get("户主") + " " + v.get("走访日期") + " " + v.get("走访方式") + " "
                + v.get("走访人角色") + " " + v.get("见到本人或联系上") + " " + v.get("三保障和饮水安全问题"))
                .containsExactly("张监测 2026-04-02 入户走访 网格员 是 住房安全问题、饮水安全问题",
                        "赵西村 2026-02-05 电话 村级经办员 否 null");
        assertThat(ledger("l-admin", "eliminations", "")).extracting(e -> e.get("事项") + " " + e.get("消除方式或申请原因")
                + " " + e.get("办理状态") + " " + e.get("发起日期") + " " + e.get("消除或审批日期") + " " + e.get("书面申请"))
                .containsExactly("风险消除 帮扶消除 已公告消除 2026-04-01 2026-05-20 null",
                        "风险消除回退 收入不稳定或刚性支出不可控 待县级审批 2026-06-10 null 丙一村〔2026〕3号");
    }

    @Test
    void aVillageClerkGetsOnlyHisVillageAndNothingOutsideHisScope() {
        ApiClient clerk = as("l-clerk1");
        assertThat(rows(ok(clerk.get("/api/ledgers/monitored")))).extracting(r -> r.get("户主"))
                .containsExactly("张监测", "李消除");
        assertThat(rows(ok(clerk.get("/api/ledgers/visits")))).extracting(r -> r.get("户主")).containsExactly("张监测");
        assertThat(clerk.get("/api/ledgers/monitored?region=" + LedgerCounty.V2).status()).isEqualTo(404);
        assertThat(clerk.get("/api/ledgers/monitored.xlsx?region=" + LedgerCounty.COUNTY).status()).isEqualTo(404);
        assertThat(as("l-township").get("/api/ledgers/monitored?region=" + LedgerCounty.V3).status()).isEqualTo(404);
        // another county altogether
        assertThat(as("l-admin").get("/api/ledgers/monitored?region=349999001001").status()).isEqualTo(404);
        assertThat(as("l-admin").get("/api/ledgers/monitored.xlsx?region=349999000000").status()).isEqualTo(404);
    }

    @Test
    void revealShowsFullNumbersOnlyToThoseAllowedAndRecordsEachHousehold() {
        int before = reads(county.hA);
        ApiClient.Answer a = ok(as("l-clerk1").get("/api/ledgers/monitored?reveal=true"));
        assertThat((Boolean) a.read("$.revealed")).isTrue();
        assertThat(rows(a).get(0)).containsEntry("户主身份证号", LedgerCounty.ID_A).containsEntry("联系电话", "13912345678");
        assertThat(reads(county.hA)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from sensitive_read where username = 'l-clerk1' and household_id = ? and field = ?""",
                Integer.class, county.hB, "ledger:monitored")).isEqualTo(1);
        // masked again without reveal, and nothing recorded
        assertThat(rows(ok(as("l-clerk1").get("/api/ledgers/monitored"))).get(0))
                .containsEntry("户主身份证号", "349993********1234");
        assertThat(reads(county.hA)).isEqualTo(before + 1);
        for (String user : List.of("l-inspector", "l-grid1")) {
            ApiClient.Answer refused = as(user).get("/api/ledgers/monitored?reveal=true");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat((String) refused.read("$.code")).isEqualTo("FORBIDDEN");
            assertThat(as(user).get("/api/ledgers/monitored.xlsx?reveal=true").status()).as(user).isEqualTo(403);
        }
        assertThat(reads(county.hA)).isEqualTo(before + 1);
    }

    @Test
    void theCatalogueNamesEachLedgerItsPeriodBasisAndWhetherItMasks() {
        ApiClient.Answer a = ok(as("l-clerk1").get("/api/ledgers"));
        List<String> kinds = a.read("$[*].kind");
        assertThat(kinds).containsExactly("monitored", "alleviated", "measures", "visits", "eliminations", "problems");
        assertThat((List<String>) a.read("$[*].title")).containsExactly("监测对象台账", "脱贫户台账", "帮扶措施台账",
                "走访记录台账", "风险消除台账", "问题台账");
        assertThat((List<Boolean>) a.read("$[*].masked")).containsExactly(true, true, true, false, true, false);
        assertThat((List<String>) a.read("$[0].columns")).contains("户主身份证号", "纳入时间", "风险是否消除");
        assertThat((Object) a.read("$[1].periodBasis")).isNull();
    }

    @Test
    void aDepartmentLiaisonReadsNoLedger() {
        ApiClient liaison = as("l-liaison");
        for (String path : List.of("/api/ledgers", "/api/ledgers/monitored", "/api/ledgers/visits.xlsx")) {
            ApiClient.Answer a = liaison.get(path);
            assertThat(a.status()).as(path).isEqualTo(403);
            assertThat((String) a.read("$.code")).isEqualTo("FORBIDDEN");
        }
    }

    int reads(long household) {
        return jdbc.queryForObject("select count(*) from sensitive_read where household_id = ?", Integer.class, household);
    }

    @Test
    void hostileParametersGetAClearClientError() {
        ApiClient admin = as("l-admin");
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("/api/ledgers/nope", "404");
        bad.put("/api/ledgers/nope.xlsx", "404");
        // the firewall refuses an encoded semicolon in the path before any controller runs
        bad.put("/api/ledgers/" + enc("monitored'; drop table household;--"), "400");
        bad.put("/api/ledgers/" + enc("monitored' or '1'='1"), "404");
        bad.put("/api/ledgers/MONITORED", "404");
        bad.put("/api/ledgers/monitored?from=2026-06-01&to=2026-01-01", "400 BAD_PERIOD");
        bad.put("/api/ledgers/monitored.xlsx?from=2026-06-01&to=2026-01-01", "400 BAD_PERIOD");
        bad.put("/api/ledgers/monitored?from=2026-13-01", "400 BAD_DATE");
        bad.put("/api/ledgers/monitored?from=" + enc("2026-01-01'; select pg_sleep(5);--"), "400 BAD_DATE");
        bad.put("/api/ledgers/monitored?to=1899-01-01", "400 BAD_DATE");
        bad.put("/api/ledgers/monitored?size=100000", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?size=0", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?page=0", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?page=-1", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?page=abc", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?page=99999999999999999999", "400 BAD_PAGE");
        bad.put("/api/ledgers/monitored?page=999999", "400 PAGE_TOO_DEEP");
        bad.put("/api/ledgers/monitored?region=" + enc("349993001001' or '1'='1"), "400 BAD_REGION");
        bad.put("/api/ledgers/monitored?region=abc", "400 BAD_REGION");
        bad.put("/api/ledgers/monitored?reveal=yes", "400 BAD_REVEAL");
        bad.put("/api/ledgers/monitored.xlsx?reveal=1", "400 BAD_REVEAL");
        bad.forEach((path, expected) -> {
            ApiClient.Answer a = admin.get(path);
            String code = expected.length() > 3 ? " " + a.read("$.code") : "";
            assertThat(a.status() + code).as(path + " → " + a.body()).isEqualTo(expected);
        });
        assertThat(jdbc.queryForObject("select count(*) from household where region_code like '349993%'", Integer.class))
                .isEqualTo(4);
    }

    @Test
    void pagesSplitTheLedgerInOrder() {
        ApiClient.Answer p2 = ok(as("l-admin").get("/api/ledgers/monitored?region=" + LedgerCounty.COUNTY
                + "&page=2&size=2"));
        assertThat((Integer) p2.read("$.total")).isEqualTo(3);
        assertThat(rows(p2)).extracting(r -> r.get("户主")).containsExactly("赵西村");
        assertThat(rows(ok(as("l-admin").get("/api/ledgers/monitored?page=9&size=200")))).isEmpty();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
