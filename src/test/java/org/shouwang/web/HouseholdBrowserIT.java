package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A village clerk in the real UI, at desktop width and on a 390 px phone: logs in, finds a household by name prefix and
 * by full ID number, opens it and corrects a member, first tripping the server's validation, then successfully.
 */
@IntegrationTest
class HouseholdBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    /** A household of 东村 with a distinctive head; returns {householdNo, head's ID number}. */
    private String[] household(String headName) {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        String no = Ids.householdNo();
        String headId = Ids.unique("1968-04-12", true);
        ApiClient.Answer a = clerk.post("/api/households", Households.household(no, TestCounty.VILLAGE_1, List.of(
                Households.member(headName, headId, "HEAD"), Households.member("欧阳小梅", Ids.unique("1970-09-01", false), "SPOUSE"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return new String[] {no, headId};
    }

    /** Clicks 查询 and waits for the list's answer, so no assertion can pass on the rows shown before. */
    private static void search(Page page) {
        page.waitForResponse(r -> r.url().contains("/api/households?"), () -> page.getByTestId("search-button").click());
    }

    @Test
    void onADesktopAClerkFindsAHouseholdAndCorrectsAMember() {
        String[] h = household("欧阳浏览");
        String no = h[0];
        String headId = h[1];
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", true, "desktop-login");
            assertThat(page.getByTestId("household-row").first()).isVisible();
            assertThat(page.getByTestId("nav-households")).isVisible();
            assertThat(page.getByTestId("region-tree")).containsText("东村");
            assertThat(page.getByTestId("menu-toggle")).hasCount(0);
            Ui.shot(page, "desktop-list");

            // By name prefix: our household is among the hits.
            page.getByTestId("filter-name").fill("欧阳浏");
            search(page);
            assertThat(page.getByTestId("household-row").filter(new Locator.FilterOptions().setHasText(no))).hasCount(1);
            assertThat(page.getByTestId("household-row").filter(new Locator.FilterOptions().setHasNotText("欧阳浏"))).hasCount(0);

            // By the full ID number: exactly one hit, shown masked.
            page.getByTestId("filter-name").fill("");
            page.getByTestId("filter-id").fill(headId);
            search(page);
            assertThat(page.getByTestId("result-total")).hasText("1");
            assertThat(page.getByTestId("household-row")).hasCount(1);
            assertThat(page.getByTestId("household-row")).containsText(headId.substring(0, 6) + "********" + headId.substring(14));
            Ui.shot(page, "desktop-search");
            page.getByTestId("household-row").click();

            assertThat(page).hasURL(Pattern.compile("#/households/\\d+$"));
            assertThat(page.locator(".page-title")).containsText("欧阳浏览");
            assertThat(page.getByTestId("household-info")).containsText(no);
            assertThat(page.getByTestId("household-info")).containsText("测试县/一号镇/东村");
            assertThat(page.getByTestId("member-row")).hasCount(2);
            Locator head = page.getByTestId("member-row").filter(new Locator.FilterOptions().setHasText("欧阳浏览"));
            head.getByTestId("reveal").first().click();
            assertThat(head.getByTestId("id-number")).hasText(headId);
            Ui.assertNoHorizontalOverflow(page, "desktop household");
            Ui.shot(page, "desktop-household");

            // A place of work without months, then 20 months: the server's messages appear beside the field.
            head.getByTestId("member-edit").click();
            Locator dialog = page.getByTestId("member-dialog");
            assertThat(dialog).isVisible();
            assertThat(page.getByTestId("member-name")).hasValue("欧阳浏览");
            page.getByTestId("member-work-place").fill("江苏省苏州市");
            page.getByTestId("member-save").click();
            assertThat(dialog.getByTestId("field-error")).containsText("务工所在地与务工时间（月）须同时填写或同时为空");
            page.getByTestId("member-work-months").fill("20");
            page.getByTestId("member-save").click();
            assertThat(dialog.getByTestId("field-error")).hasText("务工时间应为1到12个月");
            assertThat(dialog).isVisible();
            Ui.viewportShot(page, "desktop-member-error");

            // Fixed: 8 months, and 初中 → 高中 chosen from the select.
            page.getByTestId("member-work-months").fill("8");
            Ui.choose(page, "member-education", "高中");
            page.getByTestId("member-save").click();
            assertThat(dialog).isHidden();
            assertThat(head).containsText("江苏省苏州市（8 个月）");
            assertThat(head).containsText("高中");
            Locator months = page.getByTestId("history-item").filter(new Locator.FilterOptions().setHasText("务工时间（月）"));
            assertThat(months).hasCount(1);
            assertThat(months).containsText("成员 欧阳浏览");
            assertThat(months).containsText("8");
            assertThat(page.getByTestId("history-item").filter(new Locator.FilterOptions().setHasText("文化程度")))
                    .containsText("高中");
            Ui.shot(page, "desktop-member-saved");
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheMenuIsADrawerAndTheMemberDialogFillsTheScreen() {
        String[] h = household("欧阳手机");
        String no = h[0];
        String headId = h[1];
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, "phone-login");
            Ui.assertNoHorizontalOverflow(page, "phone login");
            assertThat(page.getByTestId("household-row").first()).isVisible();
            assertThat(page.getByTestId("region-tree")).isHidden();
            Ui.assertNoHorizontalOverflow(page, "phone list");
            Ui.shot(page, "phone-list");

            // The menu lives in a drawer: to the imports and back.
            page.getByTestId("menu-toggle").click();
            assertThat(page.getByTestId("region-tree")).isVisible();
            assertThat(page.getByTestId("region-tree")).containsText("东村");
            Ui.shot(page, "phone-drawer");
            page.getByTestId("nav-imports").click();
            assertThat(page).hasURL(Pattern.compile("#/imports"));
            assertThat(page.getByTestId("region-tree")).isHidden();
            assertThat(page.getByTestId("import-submit")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone imports");
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-households").click();
            assertThat(page).hasURL(Pattern.compile("#/households$"));

            page.getByTestId("filter-name").fill("欧阳手");
            search(page);
            assertThat(page.getByTestId("household-row").filter(new Locator.FilterOptions().setHasText(no))).hasCount(1);
            page.getByTestId("filter-name").fill("");
            page.getByTestId("filter-id").fill(headId);
            search(page);
            assertThat(page.getByTestId("result-total")).hasText("1");
            assertThat(page.getByTestId("household-row")).hasCount(1);
            Ui.assertNoHorizontalOverflow(page, "phone search");
            Ui.shot(page, "phone-search");
            page.getByTestId("household-row").click();

            assertThat(page).hasURL(Pattern.compile("#/households/\\d+$"));
            assertThat(page.getByTestId("member-row")).hasCount(2);
            Ui.assertNoHorizontalOverflow(page, "phone household");
            Ui.shot(page, "phone-household");

            Locator head = page.getByTestId("member-row").filter(new Locator.FilterOptions().setHasText("欧阳手机"));
            head.getByTestId("member-edit").click();
            Locator dialog = page.getByTestId("member-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog).hasClass(Pattern.compile("is-fullscreen"));
            assertThat(dialog.boundingBox().width).isBetween(389.0, 391.0);
            var save = page.getByTestId("member-save").boundingBox();
            assertThat(save.y + save.height).as("保存 stays on screen below the scrolling form").isLessThanOrEqualTo(844.0);
            Ui.assertNoHorizontalOverflow(page, "phone member dialog");
            Ui.viewportShot(page, "phone-member-dialog");

            page.getByTestId("member-work-place").fill("浙江省杭州市");
            page.getByTestId("member-work-months").fill("20");
            page.getByTestId("member-save").click();
            assertThat(dialog.getByTestId("field-error")).hasText("务工时间应为1到12个月");
            assertThat(dialog.getByTestId("field-error")).isInViewport();
            Ui.assertNoHorizontalOverflow(page, "phone member error");
            Ui.viewportShot(page, "phone-member-error");
            page.getByTestId("member-work-months").fill("6");
            page.getByTestId("member-save").click();
            assertThat(dialog).isHidden();
            assertThat(head).containsText("浙江省杭州市（6 个月）");
            assertThat(page.getByTestId("history-item").filter(new Locator.FilterOptions().setHasText("务工时间（月）")))
                    .containsText("6");
            Ui.assertNoHorizontalOverflow(page, "phone household after save");
            Ui.shot(page, "phone-member-saved");
        } finally {
            page.context().close();
        }
    }
    /** Opens the household page of the household holding this ID number. */
    private void openHousehold(Page page, String headId) {
        long id = ((Number) ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD).get("/api/households?idNumber=" + headId)
                .read("$.items[0].id")).longValue();
        page.navigate(Ui.base(port) + "#/households/" + id);
        assertThat(page.getByTestId("household-info")).isVisible();
    }

    @Test
    void onADesktopAClerkRecordsTheExitYearOfAPovertyHouseholdAndTheServerRefusesALateYear() {
        String[] h = household("欧阳脱贫");
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            openHousehold(page, h[1]);
            assertThat(page.getByTestId("household-exit-year-shown")).hasText("未登记");

            page.getByTestId("household-edit").click();
            Locator dialog = page.getByTestId("household-dialog");
            assertThat(dialog).isVisible();
            assertThat(page.getByTestId("household-address")).hasValue("测试地址1号");
            page.getByTestId("household-exit-year").fill("2021");
            page.getByTestId("household-save").click();
            // the range is the server's rule: its message appears beside the field
            assertThat(dialog.getByTestId("field-error")).hasText(Pattern.compile("脱贫年份应在2013至2020年之间.*2021"));
            assertThat(dialog).isVisible();
            Ui.viewportShot(page, "desktop-exit-year-error");

            page.getByTestId("household-exit-year").fill("2019");
            page.getByTestId("household-save").click();
            assertThat(dialog).isHidden();
            assertThat(page.getByTestId("household-exit-year-shown")).hasText("2019 年");
            Locator line = page.getByTestId("history-item").filter(new Locator.FilterOptions().setHasText("脱贫年份"));
            assertThat(line).hasCount(1);
            assertThat(line).containsText("2019");
            Ui.shot(page, "desktop-exit-year-saved");

            // a 一般农户 has no 脱贫年份: the field goes away with the type, and so does the stored year
            page.getByTestId("household-edit").click();
            assertThat(page.getByTestId("household-exit-year")).hasValue("2019");
            Ui.choose(page, "household-type", "一般农户");
            assertThat(page.getByTestId("household-exit-year")).hasCount(0);
            page.getByTestId("household-save").click();
            assertThat(dialog).isHidden();
            assertThat(page.getByTestId("household-info")).containsText("一般农户");
            assertThat(page.getByTestId("household-exit-year-shown")).hasCount(0);
            assertThat(page.getByTestId("history-item").filter(new Locator.FilterOptions().setHasText("脱贫年份"))).hasCount(2);
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneTheHouseholdDialogFillsTheScreenAndRefusesAYearInWords() {
        String[] h = household("欧阳年份");
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            openHousehold(page, h[1]);
            page.getByTestId("household-edit").click();
            Locator dialog = page.getByTestId("household-dialog");
            assertThat(dialog).hasClass(Pattern.compile("is-fullscreen"));
            assertThat(dialog.boundingBox().width).isBetween(389.0, 391.0);
            page.getByTestId("household-exit-year").fill("二〇一六");
            page.getByTestId("household-save").click();
            assertThat(dialog.getByTestId("field-error")).hasText("请输入四位年份，如 2018");
            assertThat(dialog.getByTestId("field-error")).isInViewport();
            Ui.assertNoHorizontalOverflow(page, "phone household dialog");
            Ui.viewportShot(page, "phone-household-dialog");
            page.getByTestId("household-exit-year").fill("2016");
            page.getByTestId("household-save").click();
            assertThat(dialog).isHidden();
            assertThat(page.getByTestId("household-exit-year-shown")).hasText("2016 年");
            Ui.assertNoHorizontalOverflow(page, "phone household with exit year");
            Ui.shot(page, "phone-exit-year-saved");
        } finally {
            page.context().close();
        }
    }
}
