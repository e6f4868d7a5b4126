package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 问题台账 in the real UI (issue 5, point 6): the inspector records a problem of 东村 on a desktop, the village clerk
 * reports its rectification on a 390 px phone, and the township reviews and closes it; an overdue problem shows red.
 */
@IntegrationTest
class ProblemBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static Locator row(Page page, String text) {
        return page.getByTestId("problem-row").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void inspectorRecordsTheVillageRectifiesAndTheTownshipCloses() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String description = "暗访发现东村脱贫户走访记录缺失 " + tag;
        // an older problem past its deadline, to be shown in red
        ApiClient inspectorApi = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        ApiClient.Answer late = inspectorApi.post("/api/problems", Map.of("source", "CROSS_CHECK", "category",
                "DATA_INACCURATE", "description", "交叉检查发现家庭人口信息不准确 " + tag, "regionCode", TestCounty.VILLAGE_1,
                "responsibleUnit", "东村村委会", "deadline", LocalDate.now().plusDays(1).toString()));
        jdbc.sql("update problem set deadline = ? where id = ?").params(LocalDate.now().minusDays(5),
                ((Number) late.read("$.id")).longValue()).update();

        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-inspector", false, null);
            page.getByTestId("nav-problems").click();
            assertThat(page).hasURL(Pattern.compile("#/problems$"));
            page.getByTestId("problem-new").click();
            Ui.choose(page, "problem-source", "暗访");
            Ui.choose(page, "problem-category", "走访不到位");
            page.getByTestId("problem-region").click();
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("一号镇 / 东村")).click();
            page.getByTestId("problem-description").fill(description);
            page.getByTestId("problem-unit").fill("东村村委会");
            page.getByTestId("problem-person").fill("张支书");
            Locator deadline = page.locator("[data-testid=problem-deadline] input");
            deadline.fill(LocalDate.now().plusDays(15).toString());
            deadline.press("Enter");
            Ui.viewportShot(page, "desktop-problem-create");
            page.getByTestId("problem-save").click();
            assertThat(page.getByTestId("problem-drawer").getByTestId("problem-status")).hasText("待整改");
            assertThat(page.getByTestId("problem-timeline")).containsText("登记问题");
            page.keyboard().press("Escape");
            assertThat(row(page, description)).hasCount(1);
            assertThat(row(page, "交叉检查发现家庭人口信息不准确 " + tag)).hasClass(Pattern.compile("row-overdue"));
            assertThat(row(page, "交叉检查发现家庭人口信息不准确 " + tag)).containsText("已逾期");
            Ui.shot(page, "desktop-problem-ledger");
            page.getByTestId("problem-filter-overdue").click();
            assertThat(row(page, description)).hasCount(0);
            assertThat(row(page, "交叉检查发现家庭人口信息不准确 " + tag)).hasCount(1);
        } finally {
            page.context().close();
        }

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "t-clerk1", false, null);
            phone.navigate(Ui.base(port) + "#/problems");
            assertThat(row(phone, description)).hasCount(1);
            assertThat(row(phone, "交叉检查发现家庭人口信息不准确 " + tag)).hasClass(Pattern.compile("overdue"));
            Ui.assertNoHorizontalOverflow(phone, "phone problem list");
            Ui.shot(phone, "phone-problem-ledger");
            row(phone, description).click();
            Locator drawer = phone.getByTestId("problem-drawer");
            assertThat(drawer.getByTestId("problem-status")).hasText("待整改");
            drawer.getByTestId("problem-report").click();
            assertThat(drawer.locator(".el-form-item__error").first()).containsText("请填写整改措施");
            drawer.getByTestId("rect-measures").fill("逐户补走访，建立月度走访台账");
            drawer.getByTestId("rect-evidence").fill("补充走访记录 23 份，经户主签字");
            drawer.getByTestId("rect-attachments").fill("走访记录汇总.pdf\n现场照片.zip");
            Ui.viewportShot(phone, "phone-problem-report");
            drawer.getByTestId("problem-report").click();
            assertThat(drawer.getByTestId("problem-status")).hasText("已报整改");
            assertThat(drawer.getByTestId("problem-actions")).hasCount(0);
            assertThat(drawer).containsText("走访记录汇总.pdf");
            Ui.assertNoHorizontalOverflow(phone, "phone problem drawer");
            Ui.viewportShot(phone, "phone-problem-reported");
        } finally {
            phone.context().close();
        }

        Page township = browser.desktop();
        try {
            Ui.login(township, port, "t-township", false, null);
            township.navigate(Ui.base(port) + "#/problems");
            assertThat(township.getByTestId("problem-counts")).containsText("一号镇");
            row(township, description).click();
            Locator drawer = township.getByTestId("problem-drawer");
            assertThat(drawer.getByTestId("problem-status")).hasText("已报整改");
            drawer.getByTestId("problem-return").click();
            assertThat(township.locator(".el-message").first()).containsText("退回时请写明不予销号的理由");
            drawer.getByTestId("problem-comment").fill("整改到位，同意销号");
            drawer.getByTestId("problem-close").click();
            assertThat(drawer.getByTestId("problem-status")).hasText("已销号");
            assertThat(drawer.getByTestId("problem-timeline")).containsText("审核销号");
            assertThat(drawer.getByTestId("problem-timeline")).containsText("t-clerk1");
            Ui.viewportShot(township, "desktop-problem-closed");
            township.keyboard().press("Escape");
            assertThat(row(township, description)).containsText("已销号");
        } finally {
            township.context().close();
        }
    }
}
