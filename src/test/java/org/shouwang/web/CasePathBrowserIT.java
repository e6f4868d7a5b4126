package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole identification path in the real UI (issue 4, points 1–4 and 13): a clue decided 启动识别认定 opens the
 * case, the clerk opens 绿色通道 and records application, home check, review, comparison and publicity, prints the
 * publicity notice, the township and the county decide and announce, and the announcement prints; a second case ends
 * 不予纳入 and the clerk records informing the applicant. Publicity needs days to pass, so the case's record is moved
 * back a week in the database, as the calendar would.
 */
@IntegrationTest
class CasePathBrowserIT {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clues clues;

    @Autowired
    Clock clock;

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private void weekAgo(long id) {
        jdbc.update("update identification_case set opened_at = opened_at - interval '7 days' where id = ?", id);
        jdbc.update("update identification_step set at = at - interval '7 days' where case_id = ?", id);
    }

    private static void save(Page page, String expectedState) {
        page.getByTestId("case-step-save").click();
        assertThat(page.getByTestId("case-state")).hasText(expectedState);
    }

    private static void chooseStep(Page page, String label) {
        page.getByTestId("case-step-choice").getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
    }

    private static void date(Page page, String testId, LocalDate day) {
        // Element Plus gives a date picker's attributes to its pop-up, so the form wraps each picker in a box
        Locator input = page.getByTestId(testId).locator("input");
        input.fill(day.toString());
        input.press("Enter");
    }

    @Test
    void aClueBecomesAMonitoredHouseholdThroughEveryStepWithGreenChannelAndPrints() {
        ApiClient clerk = clerk();
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "蒋全程");
        String ref = "declaration:" + UUID.randomUUID().toString().substring(0, 8);
        long clue = clues.raise(new ClueSignal(TestCounty.VILLAGE_1, household, null, null, Channel.SELF_DECLARATION,
                "农户自主申报", ref, null, "户主因病住院，家庭收入骤减", Map.of(), LocalDate.now(clock), ref)).clueId();
        LocalDate today = LocalDate.now(clock);
        long id;
        Page first = browser.desktop();
        try {
            Page page = first;
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/clues/" + clue);
            page.getByTestId("clue-outcome-START_IDENTIFICATION").click();
            page.getByTestId("clue-decide").click();
            assertThat(page.getByTestId("clue-case-link")).containsText("待受理申请");
            page.getByTestId("clue-case-link").click();
            assertThat(page).hasURL(Pattern.compile("#/cases/\\d+$"));
            id = Long.parseLong(page.url().replaceAll(".*/cases/(\\d+)$", "$1"));

            page.getByTestId("case-commitment").click();
            page.getByTestId("case-authorisation").click();
            page.getByTestId("case-evidence").fill("承诺书与授权书.jpg");
            save(page, "待入户核查");

            // 绿色通道: refused without facts, then opened for the illness
            page.getByTestId("case-green-open").click();
            page.getByTestId("case-green-risk-ILLNESS").click();
            page.getByTestId("case-green-save").click();
            assertThat(page.getByTestId("case-green-refusal")).containsText("请写明开启绿色通道的事实依据");
            page.getByTestId("case-green-reason").fill("户主胃癌住院手术，自付医疗费用 4.2 万元，事实清楚");
            Ui.viewportShot(page, "desktop-case-green-dialog");
            page.getByTestId("case-green-save").click();
            assertThat(page.getByTestId("case-green-tag")).hasText("绿色通道");
            assertThat(page.getByTestId("case-green-channel")).containsText("自付医疗费用 4.2 万元");
            assertThat(page.locator("[data-step=GREEN_CHANNEL]")).containsText("因病");
            assertThat(page.getByTestId("case-state")).hasText("待入户核查");

            page.getByTestId("case-findings").fill("户主住院，家中无其他劳动力，年人均纯收入约 5,200 元。");
            save(page, "待民主评议");
            Ui.choose(page, "case-meeting-type", "村民代表会议");
            page.getByTestId("case-attendee-name-0").fill("张组长");
            page.getByTestId("case-attendee-name-1").fill("李网格");
            page.getByTestId("case-votes-for").locator("input").fill("2");
            page.getByTestId("case-minutes").fill("与会人员一致同意纳入<script>alert(1)</script>");
            save(page, "公示中");
            chooseStep(page, "信息比对");
            page.getByTestId("case-vehicles").fill("无车辆");
            page.getByTestId("case-housing").fill("无商品房");
            page.getByTestId("case-business").fill("无工商注册");
            page.getByTestId("case-public-employee").fill("无财政供养人员");
            save(page, "公示中");
            assertThat(page.locator("[data-step=DATA_COMPARISON]")).containsText("无商品房");

            // the publicity notice prints without the health details of the findings or the minutes
            assertThat(page.getByTestId("case-print-TOWNSHIP_REVIEW_FORM")).hasCount(0);
            Page notice = page.waitForPopup(() -> page.getByTestId("case-print-PUBLICITY_NOTICE").click());
            notice.waitForLoadState();
            assertThat(notice.locator("h1")).containsText("东村拟纳入");
            assertThat(notice.locator("body")).containsText("蒋全程");
            assertThat(notice.locator("body")).not().containsText("胃癌");
            assertThat(notice.locator("body")).not().containsText("住院");
            Ui.shot(notice, "desktop-case-publicity-notice");
            notice.close();
            Page minutes = page.waitForPopup(() -> page.getByTestId("case-print-REVIEW_RECORD").click());
            assertThat(minutes.locator("body")).containsText("<script>alert(1)</script>");
            assertThat(minutes.locator("script")).hasCount(0);
            minutes.close();
        } finally {
            first.context().close();
        }

        // a week passes: the publicity has run its five days
        weekAgo(id);
        Page later = browser.desktop();
        try {
            Page page = later;
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/cases/" + id);
            assertThat(page.getByTestId("case-state")).hasText("公示中");
            date(page, "case-publicity-start", today.minusDays(7));
            date(page, "case-publicity-end", today.minusDays(1));
            page.getByTestId("case-objections").fill("公示期间无异议");
            save(page, "待乡镇审核");
            Ui.shot(page, "desktop-case-publicized");
        } finally {
            later.context().close();
        }

        Page township = browser.desktop();
        try {
            Page page = township;
            Ui.login(page, port, "t-township", false, null);
            page.navigate(Ui.base(port) + "#/cases/" + id);
            page.getByTestId("case-opinion").fill("经审核，程序完整，同意上报县级审定");
            save(page, "待县级审定");
            assertThat(page.getByTestId("case-print-TOWNSHIP_REVIEW_FORM")).isVisible();
        } finally {
            township.context().close();
        }

        Page county = browser.desktop();
        try {
            Page page = county;
            Ui.login(page, port, "t-admin", false, null);
            page.navigate(Ui.base(port) + "#/cases/" + id);
            page.getByTestId("case-opinion").fill("同意纳入");
            page.getByTestId("case-risk-types").getByText("因病", new Locator.GetByTextOptions().setExact(true)).click();
            save(page, "待公告");
            page.getByTestId("case-comment").fill("已在村务公开栏公告");
            save(page, "已公告纳入");
            assertThat(page.getByTestId("case-green-tag")).isVisible();
            Ui.shot(page, "desktop-case-announced");
            Page announcement = page.waitForPopup(() -> page.getByTestId("case-print-ANNOUNCEMENT").click());
            assertThat(announcement.locator("h1")).containsText("认定结果的公告");
            assertThat(announcement.locator("body")).containsText("蒋全程");
            assertThat(announcement.locator("body")).containsText("一号镇人民政府");
            Ui.shot(announcement, "desktop-case-announcement");
            announcement.close();
            Page form = page.waitForPopup(() -> page.getByTestId("case-print-COUNTY_REVIEW_FORM").click());
            assertThat(form.locator("body")).containsText("同意纳入");
            Ui.shot(form, "desktop-case-county-form");
            form.close();

            page.getByTestId("nav-cases").click();
            page.waitForResponse(r -> r.url().contains("greenChannel=true"), () -> page.getByTestId("case-filter-green").click());
            Locator row = page.getByTestId("case-row").filter(new Locator.FilterOptions().setHasText("蒋全程"));
            assertThat(row).hasCount(1);
            assertThat(row.getByTestId("case-row-green")).isVisible();
            Ui.shot(page, "desktop-cases-green");
        } finally {
            county.context().close();
        }
        assertThat((String) clerk.get("/api/households/" + household).read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "t-clerk1", false, null);
            phone.navigate(Ui.base(port) + "#/cases/" + id);
            assertThat(phone.getByTestId("case-state")).hasText("已公告纳入");
            assertThat(phone.getByTestId("case-print-ANNOUNCEMENT")).isVisible();
            Ui.assertNoHorizontalOverflow(phone, "phone announced case");
            Ui.shot(phone, "phone-case-announced");
        } finally {
            phone.context().close();
        }
    }

    @Test
    void aCaseNotIncludedIsInformedOnTheClerksPhone() {
        ApiClient clerk = clerk();
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "韦不纳");
        ApiClient.Answer opened = clerk.post("/api/cases", Map.of("householdId", household));
        long id = ((Number) opened.read("$.id")).longValue();
        int v = opened.read("$.version");
        assertThat(clerk.post("/api/cases/" + id + "/steps/APPLICATION", Map.of("version", v, "commitmentSigned", true,
                "authorisationSigned", true)).status()).isEqualTo(200);
        assertThat(clerk.post("/api/cases/" + id + "/steps/HOME_CHECK", Map.of("version", v + 1,
                "findings", "家有小轿车一辆，两人务工")).status()).isEqualTo(200);
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/cases/" + id);
            Ui.choose(page, "case-meeting-type", "村民会议");
            page.getByTestId("case-attendee-name-0").fill("张组长");
            page.getByTestId("case-attendee-name-1").fill("李网格");
            page.getByTestId("case-votes-against").locator("input").fill("2");
            page.getByTestId("case-minutes").fill("家有车辆，收入稳定，不同意纳入");
            save(page, "不予纳入");
            assertThat(page.getByTestId("case-inform-pending")).hasText("待告知");
            assertThat(page.getByTestId("case-print-PUBLICITY_NOTICE")).hasCount(0);
            assertThat(page.getByTestId("case-print-REVIEW_RECORD")).isVisible();
            page.getByTestId("case-inform-save").click();
            assertThat(page.getByTestId("case-inform-refusal")).containsText("请填写告知日期");
            date(page, "case-informed-on", LocalDate.now(clock));
            page.getByTestId("case-inform-PHONE").click();
            page.getByTestId("case-informed-by").fill("王书记");
            Ui.assertNoHorizontalOverflow(page, "phone inform form");
            Ui.shot(page, "phone-case-inform");
            page.getByTestId("case-inform-save").click();
            assertThat(page.getByTestId("case-informed")).hasText("已告知");
            assertThat(page.getByTestId("case-inform")).containsText("王书记");
            assertThat(page.getByTestId("case-inform")).containsText("电话");
            assertThat(page.locator("[data-step=INFORM]")).containsText("告知申请人");
            Ui.assertNoHorizontalOverflow(page, "phone informed case");
            Ui.shot(page, "phone-case-informed");
        } finally {
            page.context().close();
        }
        Page desktop = browser.desktop();
        try {
            Ui.login(desktop, port, "t-clerk1", false, null);
            desktop.navigate(Ui.base(port) + "#/cases/" + id);
            assertThat(desktop.getByTestId("case-informed")).isVisible();
            Ui.shot(desktop, "desktop-case-informed");
        } finally {
            desktop.context().close();
        }
    }
}
