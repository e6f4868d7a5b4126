package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.identification.HouseholdIdentified;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A village clerk opens a newly identified household, sees what its assistance lacks and why, names the monitoring
 * contact person and adds a delivered public-welfare job; the checks turn to 符合 and 已实施开发式帮扶 appears. Then
 * the same card on a 390 px phone.
 */
@IntegrationTest
class AssistanceBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    long identifiedHousehold(String head) {
        long h = Households.create(ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD), TestCounty.VILLAGE_1, head);
        jdbc.sql("update household set monitoring_status = 'RISK_ACTIVE', monitoring_category = 'UNSTABLE' where id = ?")
                .param(h).update();
        long caseId = jdbc.sql("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, risk_types, category)
                values (?, ?, 'ANNOUNCED', 'NOT_MONITORED', now(), '["UNSTABLE_EMPLOYMENT"]'::jsonb, 'UNSTABLE') returning id""")
                .params(h, TestCounty.VILLAGE_1).query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new HouseholdIdentified(caseId, h, TestCounty.VILLAGE_1,
                MonitoringCategory.UNSTABLE, List.of("UNSTABLE_EMPLOYMENT"), LocalDate.now().minusDays(12), false)));
        return h;
    }

    @Test
    void aClerkNamesTheContactPersonAndAddsADeliveredJobAndTheChecksTurnGreen() {
        long h = identifiedHousehold("帮扶浏览");
        Page page = browser.desktop();
        Ui.login(page, port, "t-clerk1", false, null);
        page.navigate(Ui.base(port) + "#/households/" + h);
        Locator card = page.getByTestId("assistance-card");
        assertThat(card).containsText("帮扶（联系人、计划与措施）");
        Locator checks = page.getByTestId("check-item");
        assertThat(checks.filter(new Locator.FilterOptions().setHasText("监测联系人"))).containsText("已逾期");
        assertThat(checks.filter(new Locator.FilterOptions().setHasText("因务工就业不稳"))).containsText("尚无对应措施");
        assertThat(checks.filter(new Locator.FilterOptions().setHasText("措施时限"))).containsText("已逾期 2 天");
        Ui.shot(page, "assistance-before");

        page.getByTestId("contact-add").click();
        Ui.choose(page, "contact-kind", "监测联系人");
        page.getByTestId("contact-name").fill("王强");
        page.getByTestId("contact-unit").fill("一号镇农业服务中心");
        page.getByTestId("contact-phone").fill("13912345678");
        page.getByTestId("contact-save").click();
        assertThat(page.getByTestId("contact-item").filter(new Locator.FilterOptions().setHasText("王强"))).containsText("139****5678");

        page.getByTestId("measure-add").click();
        Ui.choose(page, "measure-category", "公益岗位帮扶（开发式）");
        page.getByTestId("measure-item").fill("村保洁公益岗");
        page.getByTestId("measure-amount").fill("-1");
        page.getByTestId("measure-unit").fill("县人社局");
        page.getByTestId("measure-save").click();
        assertThat(page.getByTestId("measure-dialog")).containsText("金额不能为负数");
        Ui.viewportShot(page, "assistance-measure-error");
        page.getByTestId("measure-amount").fill("600");
        Ui.choose(page, "measure-status", "已落实");
        page.getByTestId("measure-save").click();

        assertThat(page.getByTestId("development-flag")).hasText("已实施开发式帮扶");
        assertThat(page.getByTestId("measure-card")).containsText("村保洁公益岗");
        assertThat(checks.filter(new Locator.FilterOptions().setHasText("因务工就业不稳"))).containsText("由「村保洁公益岗」");
        assertThat(jdbc.sql("select count(*) from assistance_measure where household_id = ?").param(h).query(Long.class).single())
                .isEqualTo(1);
        Ui.shot(page, "assistance-after");
    }

    @Test
    void onAPhoneTheCardFitsAndTheMeasureFormIsFullScreen() {
        long h = identifiedHousehold("帮扶手机");
        Page page = browser.phone();
        Ui.login(page, port, "t-clerk1", false, null);
        page.navigate(Ui.base(port) + "#/households/" + h);
        assertThat(page.getByTestId("check-item").first()).isVisible();
        Ui.assertNoHorizontalOverflow(page, "phone assistance card");
        Ui.shot(page, "phone-assistance");
        page.getByTestId("measure-add").click();
        assertThat(page.getByTestId("measure-dialog")).isVisible();
        Ui.assertNoHorizontalOverflow(page, "phone measure form");
        Ui.viewportShot(page, "phone-assistance-measure-form");
    }
}
