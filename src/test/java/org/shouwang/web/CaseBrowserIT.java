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
 * Identification cases in the real UI (issue 4, points 1–2): a village clerk records the home check and the democratic
 * review (first tripping the server's rule that the grid worker attends), sees a late case in red, and the township
 * finds the case in its list; on a phone the list is cards and a stale form says so.
 */
@IntegrationTest
class CaseBrowserIT {

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

    /** A 东村 household with a case opened by hand and its application recorded; answers the case id. */
    private long appliedCase(String head) {
        ApiClient clerk = clerk();
        long household = Households.create(clerk, TestCounty.VILLAGE_1, head);
        ApiClient.Answer opened = clerk.post("/api/cases", Map.of("householdId", household, "comment", "农户申请"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = ((Number) opened.read("$.id")).longValue();
        ApiClient.Answer applied = clerk.post("/api/cases/" + id + "/steps/APPLICATION", Map.of("version", opened.read("$.version"),
                "commitmentSigned", true, "authorisationSigned", true, "evidence", "承诺授权书.jpg"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        return id;
    }

    /** Moves a case's opening (and its steps) a month back, so its overall 15-day clock has run out. */
    private void monthOld(long id) {
        jdbc.update("update identification_case set opened_at = opened_at - interval '30 days' where id = ?", id);
        jdbc.update("update identification_step set at = at - interval '30 days' where case_id = ?", id);
    }

    private static Locator row(Page page, String head) {
        return page.getByTestId("case-row").filter(new Locator.FilterOptions().setHasText(head));
    }

    @Test
    void aClerkRecordsTheHomeCheckAndTheReviewAndTheTownshipSeesTheCase() {
        appliedCase("冯识别");
        monthOld(appliedCase("卫逾期"));
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("nav-cases").click();
            assertThat(page).hasURL(Pattern.compile("#/cases$"));
            assertThat(row(page, "卫逾期")).hasClass(Pattern.compile("row-overdue"));
            assertThat(row(page, "卫逾期")).containsText("已超总时限");
            assertThat(row(page, "冯识别")).not().hasClass(Pattern.compile("row-overdue"));
            assertThat(row(page, "冯识别")).containsText("待入户核查");
            assertThat(row(page, "冯识别")).containsText("东村");
            assertThat(page.getByTestId("case-count").filter(new Locator.FilterOptions().setHasText("一号镇"))).hasCount(1);
            Ui.shot(page, "desktop-cases");

            page.waitForResponse(r -> r.url().contains("overdue=true"), () -> page.getByTestId("case-filter-overdue").click());
            assertThat(row(page, "卫逾期")).hasCount(1);
            assertThat(row(page, "冯识别")).hasCount(0);
            page.getByTestId("case-filter-overdue").click();
            assertThat(row(page, "冯识别")).hasCount(1);

            row(page, "冯识别").click();
            assertThat(page).hasURL(Pattern.compile("#/cases/\\d+$"));
            assertThat(page.getByTestId("case-state")).hasText("待入户核查");
            assertThat(page.getByTestId("case-household-link")).containsText("冯识别");
            page.getByTestId("case-step-save").click();
            assertThat(page.getByTestId("case-step-refusal")).containsText("请填写入户核查情况");
            page.getByTestId("case-findings").fill("户主住院，医疗自付 2.3 万元，家中无其他劳动力。");
            page.getByTestId("case-step-save").click();
            assertThat(page.getByTestId("case-state")).hasText("待民主评议");

            Ui.choose(page, "case-meeting-type", "村两委扩大会议");
            page.getByTestId("case-attendee-name-0").fill("张组长");
            page.getByTestId("case-votes-for").locator("input").fill("1");
            page.getByTestId("case-minutes").fill("一致同意纳入监测");
            page.getByTestId("case-step-save").click();
            assertThat(page.getByTestId("case-step-refusal")).containsText("申请户所在网格的网格员须参加民主评议");
            assertThat(page.getByTestId("case-state")).hasText("待民主评议");
            Ui.shot(page, "desktop-case-refused");

            page.getByTestId("case-attendee-name-1").fill("李网格");
            page.getByTestId("case-votes-for").locator("input").fill("2");
            page.getByTestId("case-step-save").click();
            assertThat(page.getByTestId("case-state")).hasText("公示中");
            assertThat(page.getByTestId("case-step-refusal")).hasCount(0);
            Locator review = page.locator("[data-step=DEMOCRATIC_REVIEW]");
            assertThat(review).containsText("t-clerk1");
            assertThat(review).containsText("李网格（网格员）");
            assertThat(review).containsText("村两委扩大会议");
            assertThat(page.locator("[data-step=HOME_CHECK]")).containsText("医疗自付 2.3 万元");
            assertThat(page.locator("[data-step=PUBLICITY]")).containsText("前完成");
            Ui.shot(page, "desktop-case-reviewed");
        } finally {
            page.context().close();
        }

        Page township = browser.desktop();
        try {
            Ui.login(township, port, "t-township", false, null);
            township.getByTestId("nav-cases").click();
            assertThat(row(township, "冯识别")).containsText("公示中");
            assertThat(row(township, "卫逾期")).hasClass(Pattern.compile("row-overdue"));
            assertThat(township.getByTestId("case-count")).containsText("一号镇");
            Ui.shot(township, "desktop-cases-township");
        } finally {
            township.context().close();
        }
    }

    @Test
    void onAPhoneCasesAreCardsAndAStaleFormSaysSo() {
        long id = appliedCase("韩手机案");
        monthOld(appliedCase("褚手机迟"));
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-cases").click();
            assertThat(row(page, "褚手机迟")).hasClass(Pattern.compile("overdue"));
            assertThat(row(page, "韩手机案")).containsText("待入户核查");
            Ui.assertNoHorizontalOverflow(page, "phone case list");
            Ui.shot(page, "phone-cases");

            row(page, "韩手机案").click();
            assertThat(page.getByTestId("case-state")).hasText("待入户核查");
            // Someone else records the home check while the form is open.
            ApiClient other = clerk();
            int version = other.get("/api/cases/" + id).read("$.version");
            assertThat(other.post("/api/cases/" + id + "/steps/HOME_CHECK", Map.of("version", version, "findings", "他人已核查"))
                    .status()).isEqualTo(200);
            page.getByTestId("case-findings").fill("入户核查：房屋完好");
            page.getByTestId("case-step-save").click();
            assertThat(page.getByTestId("case-step-refusal")).containsText("已被他人修改，请刷新");
            Ui.assertNoHorizontalOverflow(page, "phone case detail");
            Ui.shot(page, "phone-case-stale");
            page.getByTestId("case-reload").click();
            assertThat(page.getByTestId("case-state")).hasText("待民主评议");
            assertThat(page.locator("[data-step=HOME_CHECK]")).containsText("他人已核查");
            Ui.assertNoHorizontalOverflow(page, "phone case review form");
            Ui.shot(page, "phone-case");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aClueDecidedToStartIdentificationLinksToItsCase() {
        ApiClient clerk = clerk();
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "周线索案");
        String ref = "declaration:" + UUID.randomUUID().toString().substring(0, 8);
        long clue = clues.raise(new ClueSignal(TestCounty.VILLAGE_1, household, null, null, Channel.SELF_DECLARATION,
                "农户自主申报", ref, null, "户主因病住院，家庭收入骤减", Map.of(), LocalDate.now(clock), ref)).clueId();
        int version = clerk.get("/api/clues/" + clue).read("$.version");
        ApiClient.Answer decided = clerk.post("/api/clues/" + clue + "/decision",
                Map.of("outcome", "START_IDENTIFICATION", "version", version));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.navigate(Ui.base(port) + "#/clues/" + clue);
            assertThat(page.getByTestId("clue-case-link")).containsText("待受理申请");
            Ui.shot(page, "desktop-clue-case-link");
            page.getByTestId("clue-case-link").click();
            assertThat(page).hasURL(Pattern.compile("#/cases/\\d+$"));
            assertThat(page.getByTestId("case-household-link")).containsText("周线索案");
            assertThat(page.getByTestId("case-state")).hasText("待受理申请");
            assertThat(page.getByTestId("case-commitment")).isVisible();
        } finally {
            page.context().close();
        }
    }
}
