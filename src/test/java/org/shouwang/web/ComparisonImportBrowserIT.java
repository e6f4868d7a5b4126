package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 导入比对结果 on the 识别认定 list (issue 4, point 1): a village clerk uploads the departments' results through the
 * dialog, sees which rows were applied and why the others were not, and gets the error report; on a phone too.
 */
@IntegrationTest
class ComparisonImportBrowserIT {

    /** Comparison days relative to today, so the tests never depend on the day they run. */
    static final String D1 = java.time.LocalDate.now().minusDays(22).toString();
    static final String D2 = java.time.LocalDate.now().minusDays(21).toString();
    static final String D3 = java.time.LocalDate.now().minusDays(20).toString();
    static final String D5 = java.time.LocalDate.now().minusDays(18).toString();
    static final String HEADER = "身份证号,姓名,车辆,房产,工商注册,财政供养人员,其他,比对日期,低保户半年内已比对";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A 东村 household whose case has its application recorded; answers the head's ID number. */
    private String appliedCase(ApiClient clerk, String head) {
        String id = Ids.unique("1970-03-15", true);
        ApiClient.Answer h = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1,
                List.of(Households.member(head, id, "HEAD"))));
        assertThat(h.status()).as(h.body()).isEqualTo(201);
        ApiClient.Answer opened = clerk.post("/api/cases", Map.of("householdId", h.read("$.id")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long caseId = ((Number) opened.read("$.id")).longValue();
        ApiClient.Answer applied = clerk.post("/api/cases/" + caseId + "/steps/APPLICATION", Map.of("version",
                (Object) opened.read("$.version"), "commitmentSigned", true, "authorisationSigned", true));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        return id;
    }

    private byte[] file(String okId, String okName, String incompleteId, String incompleteName) {
        return String.join("\r\n", HEADER,
                okId + "," + okName + ",名下无机动车,仅宅基地住房一处,无,无,," + D1 + ",否",
                incompleteId + "," + incompleteName + ",无,无,无,,," + D1 + ",否",
                Ids.unique("1990-01-01", true) + ",查无此人,无,无,无,无,," + D1 + ",否",
                "12345,号码太短,无,无,无,无,," + D1 + ",否").getBytes(StandardCharsets.UTF_8);
    }

    private void upload(Page page, String name, byte[] content, String screenshot, boolean phone) {
        Ui.login(page, port, "t-clerk1", false, null);
        if (phone) {
            page.getByTestId("menu-toggle").click();
        }
        page.getByTestId("nav-cases").click();
        page.getByTestId("comparison-open").click();
        assertThat(page.getByTestId("comparison-dialog")).isVisible();
        page.getByTestId("comparison-file").setInputFiles(new FilePayload(name, "text/csv", content));
        assertThat(page.getByTestId("comparison-file-name")).containsText(name);
        page.getByTestId("comparison-submit").click();
        assertThat(page.getByTestId("comparison-applied")).hasText("1");
        assertThat(page.getByTestId("comparison-refused")).hasText("3");
        assertThat(page.getByTestId("comparison-dialog")).containsText("请填写车辆、房产、工商注册和财政供养人员的比对结果");
        assertThat(page.getByTestId("comparison-dialog")).containsText("身份证号未在农户台账的现有成员中找到");
        assertThat(page.getByTestId("comparison-dialog")).containsText("证件号码应为18位");
        assertThat(page.getByTestId("comparison-item")).hasCount(3);
        assertThat(page.getByTestId("comparison-report")).isVisible();
        if (phone) {
            Ui.assertNoHorizontalOverflow(page, "comparison dialog");
        }
        Ui.viewportShot(page, screenshot);
        var download = page.waitForDownload(() -> page.getByTestId("comparison-report").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
    }

    @Test
    void aClerkUploadsTheDepartmentsResultsAndSeesWhatWasAppliedAndWhyTheRestWasNot() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        String ok = appliedCase(clerk, "褚比对");
        String incomplete = appliedCase(clerk, "卫缺项");
        Page page = browser.desktop();
        try {
            upload(page, "比对结果.csv", file(ok, "褚比对", incomplete, "卫缺项"), "desktop-comparison-import", false);
        } finally {
            page.context().close();
        }
        assertThat(jdbc.queryForObject("select count(*) from identification_step s join identification_case c on c.id = s.case_id "
                + "join member m on m.household_id = c.household_id where m.id_number = ? and s.step = 'DATA_COMPARISON'",
                Integer.class, ok)).isEqualTo(1);

        String ok2 = appliedCase(clerk, "蒋手机");
        String incomplete2 = appliedCase(clerk, "沈手机");
        Page phone = browser.phone();
        try {
            upload(phone, "手机上传.csv", file(ok2, "蒋手机", incomplete2, "沈手机"), "phone-comparison-import", true);
        } finally {
            phone.context().close();
        }
    }

    @Test
    void theButtonIsOnlyForRolesThatTakeTheComparisonStep() {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-grid1", false, null);
            page.navigate(Ui.base(port) + "#/cases");
            assertThat(page.getByTestId("case-total")).isVisible();
            assertThat(page.getByTestId("comparison-open")).hasCount(0);
        } finally {
            page.context().close();
        }
    }
}
