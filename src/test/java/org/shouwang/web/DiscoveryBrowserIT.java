package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.intake.FeedSamples;
import org.shouwang.intake.internal.RateLimits;
import org.shouwang.support.ApiClient;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Discovery end to end (issue 3, point 12), with the clues coming from the real channels: a 医保 liaison uploads the
 * bureau's file (a matched, an unmatched and an invalid row) and the county's department rule turns the matched row
 * into a clue; a household self-declares on a 390 px phone from its QR code; the village clerk opens both clues,
 * reads why each was raised and decides; the household then finds the outcome under its tracking code.
 */
@IntegrationTest
class DiscoveryBrowserIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "身份证号", "就诊类型", "结算日期", "医疗总费用", "报销后个人自付金额");
    private static final String LIAISON = "t-liaison-yb";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RateLimits limits;

    /** Household A: matched by the 医保 file. */
    String headA;
    String idA;
    /** Household B: declares itself. */
    String headB;
    String idB;
    long householdB;

    @BeforeEach
    void setUp() {
        TestProfiles.ensureCounty(port, jdbc);
        limits.forget("");
        // Against a reused database the inbox would hold older open 东村 clues, due earlier and so listed before ours.
        jdbc.sql("""
                update risk_clue set status = 'DECIDED', outcome = 'NOT_INCLUDED', outcome_reason = 'DUPLICATE',
                       decided_by = 'test-cleanup', decided_at = now(), version = version + 1
                where region_code = ? and status = 'OPEN'""").param(TestCounty.VILLAGE_1).update();
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        List<String> liaisons = admin.get("/api/users").read("$[?(@.username == '" + LIAISON + "')].username");
        if (liaisons.isEmpty()) {
            ApiClient.Answer created = admin.post("/api/users", Map.of("username", LIAISON, "displayName", LIAISON,
                    "role", "DEPARTMENT_LIAISON", "regionCode", TestCounty.COUNTY, "password", TestCounty.PASSWORD));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        // fresh households (and so fresh clues) on every run: nothing here depends on what earlier runs left
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        headA = "钱医保";
        idA = Ids.unique("1966-02-14", true);
        household(clerk, headA, idA);
        headB = "孙申报";
        idB = Ids.unique("1971-09-03", true);
        householdB = household(clerk, headB, idB);
    }

    private static long household(ApiClient clerk, String head, String id) {
        ApiClient.Answer a = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1,
                List.of(Households.member(head, id, "HEAD"), Households.member("周兰", Ids.unique("1973-05-05", false), "SPOUSE"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return ((Number) a.read("$.id")).longValue();
    }

    @Test
    void aFeedRowAndASelfDeclarationBecomeCluesTheClerkDecides() {
        String fileName = "医保结算-" + System.nanoTime() + ".xlsx";
        liaisonUploads(fileName);
        String tracking = householdDeclares();
        clerkDecides(fileName);
        householdSeesTheOutcome(tracking);
    }

    /** Row 2 matched (自付 25,000 &gt; 20,000 fires T_MEDICAL), row 3 a valid number of nobody, row 4 a wrong check digit. */
    private void liaisonUploads(String fileName) {
        byte[] file = FeedSamples.xlsx(HEADERS, List.of(
                List.of(headA, idA, "住院", "2025-04-01", 61000, 25000.00),
                List.of("台账外", Ids.unique("1985-05-05", false), "住院", "2025-04-01", 5000, 2000),
                List.of("错校验位", FeedSamples.wrongChecksum(Ids.unique("1970-01-01", true)), "住院", "2025-04-01", 5000, 2000)));
        Page page = browser.desktop();
        try {
            Ui.login(page, port, LIAISON, false, null);
            page.getByTestId("nav-feeds").click();
            assertThat(page).hasURL(Pattern.compile("#/feeds"));
            Ui.choose(page, "feed-department", "医保");
            page.getByTestId("feed-file").setInputFiles(new FilePayload(fileName, XLSX, file));
            assertThat(page.getByTestId("feed-file-name")).hasText(fileName);
            page.waitForResponse(r -> r.url().endsWith("/file") && "POST".equals(r.request().method()),
                    () -> page.getByTestId("feed-submit").click());
            assertThat(page.getByTestId("feed-result")).containsText(fileName);
            assertThat(page.getByTestId("feed-rows")).hasText("3");
            assertThat(page.getByTestId("feed-matched")).hasText("1");
            assertThat(page.getByTestId("feed-unmatched")).hasText("1");
            assertThat(page.getByTestId("feed-invalid")).hasText("1");
            assertThat(page.getByTestId("feed-new-facts")).hasText("1");
            assertThat(page.getByTestId("feed-new-clues")).hasText("1");
            assertThat(page.getByTestId("feed-errors")).containsText("第 3 行");
            assertThat(page.getByTestId("feed-errors")).containsText("NOT_FOUND");
            assertThat(page.getByTestId("feed-errors")).containsText("第 4 行");
            assertThat(page.getByTestId("feed-errors")).containsText("ID_CHECKSUM");
            Ui.assertNoHorizontalOverflow(page, "desktop feed result");
            Ui.shot(page, "discovery-1-desktop-feed-result");
        } finally {
            page.context().close();
        }
        Map<String, Object> signal = jdbc.sql("""
                select s.channel, s.rule_code, s.source from clue_signal s join risk_clue c on c.id = s.clue_id
                 join member m on m.household_id = c.household_id where m.id_number = ?""").param(idA).query().singleRow();
        assertThat(signal).containsEntry("channel", "DEPARTMENT").containsEntry("rule_code", TestProfiles.MEDICAL_RULE)
                .containsEntry("source", "医保 · " + fileName + " · 第2行");
    }

    /** Household B scans its own code on a phone; returns the tracking code without the space. */
    private String householdDeclares() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        String householdNo = clerk.get("/api/households/" + householdB).read("$.householdNo");
        List<String> codes = clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1)
                .read("$.households[?(@.householdNo == '" + householdNo + "')].code");
        assertThat(codes).hasSize(1);
        Page page = browser.phone();
        try {
            page.navigate(Ui.base(port) + "#/declare/" + codes.get(0));
            assertThat(page.getByTestId("declare-place")).containsText("一号镇 东村");
            assertThat(page.getByTestId("declare-place")).containsText("户主 孙**");
            page.getByTestId("declare-name").fill(headB);
            page.getByTestId("declare-id").fill(idB);
            page.getByTestId("declare-phone").fill("13912345678");
            page.getByTestId("declare-types").getByText("因病", new Locator.GetByTextOptions().setExact(true)).click();
            page.getByTestId("declare-description").fill("妻子今年查出尿毒症，每周透析三次，家里没了收入，孩子还在读高中。");
            page.getByTestId("declare-consent").click();
            Ui.assertNoHorizontalOverflow(page, "declaration form");
            Ui.shot(page, "discovery-2-phone-declare-form");
            page.getByTestId("declare-submit").click();
            assertThat(page.getByTestId("declare-tracking-code")).hasText(Pattern.compile("[2-9A-HJ-NP-Z]{5} [2-9A-HJ-NP-Z]{5}"));
            Ui.assertNoHorizontalOverflow(page, "declaration receipt");
            Ui.shot(page, "discovery-3-phone-declare-receipt");
            return page.getByTestId("declare-tracking-code").textContent().replace(" ", "");
        } finally {
            page.context().close();
        }
    }

    private static Locator row(Page page, String head) {
        return page.getByTestId("clue-row").filter(new Locator.FilterOptions().setHasText(head));
    }

    private void clerkDecides(String fileName) {
        Page page = browser.desktop();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("nav-clues").click();
            assertThat(page).hasURL(Pattern.compile("#/clues$"));
            assertThat(row(page, headA)).hasCount(1);
            assertThat(row(page, headA)).containsText("部门筛查预警");
            assertThat(row(page, headA)).containsText("剩 5 个工作日");
            assertThat(row(page, headB)).containsText("农户自主申报");
            Ui.assertNoHorizontalOverflow(page, "desktop clue list");
            Ui.shot(page, "discovery-4-desktop-clues");

            row(page, headA).click();
            assertThat(page).hasURL(Pattern.compile("#/clues/\\d+$"));
            Locator signal = page.getByTestId("clue-signal");
            assertThat(signal).hasCount(1);
            assertThat(signal).containsText("部门筛查预警");
            assertThat(signal).containsText("规则 " + TestProfiles.MEDICAL_RULE);
            assertThat(page.getByTestId("clue-signal-reason")).hasText(TestProfiles.MEDICAL_RULE_NAME + "（个人自付（元）：25000）");
            assertThat(page.getByTestId("clue-signal-values")).containsText("个人自付（元）");
            assertThat(page.getByTestId("clue-signal-values")).containsText("25,000");
            assertThat(signal).containsText("来源：医保 · " + fileName + " · 第2行");
            assertThat(page.getByTestId("clue-household-link")).containsText(headA);
            page.getByTestId("clue-outcome-START_IDENTIFICATION").click();
            Ui.shot(page, "discovery-5-desktop-clue-department");
            page.getByTestId("clue-decide").click();
            assertThat(page.getByTestId("clue-status")).hasText("已处理");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("启动识别认定");
            Ui.shot(page, "discovery-6-desktop-clue-department-decided");

            page.getByTestId("nav-clues").click();
            assertThat(row(page, headA)).hasCount(0);
            row(page, headB).click();
            assertThat(page.getByTestId("clue-signal")).containsText("农户自主申报");
            assertThat(page.getByTestId("clue-signal-reason")).containsText("因病");
            assertThat(page.getByTestId("clue-signal-values")).containsText("困难类型");
            assertThat(page.getByTestId("clue-signal-values")).containsText("尿毒症");
            phoneDetail(headB);
            page.getByTestId("clue-outcome-NOT_INCLUDED").click();
            Ui.choose(page, "clue-reason", "有能力自行解决");
            page.getByTestId("clue-note").fill("入户核实：透析费用经基本医保、大病保险和医疗救助报销后自付约 3000 元，长子在县城务工月收入 5000 元。");
            page.getByTestId("clue-decide").click();
            assertThat(page.getByTestId("clue-status")).hasText("已处理");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("不予纳入");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("有能力自行解决");
            assertThat(page.getByTestId("clue-outcome-info")).containsText("长子在县城务工");
            Ui.shot(page, "discovery-8-desktop-clue-declaration-decided");
        } finally {
            page.context().close();
        }
    }

    /** The same undecided clue on the clerk's phone, with the 不予纳入 form open. */
    private void phoneDetail(String head) {
        Page page = browser.phone();
        try {
            Ui.login(page, port, "t-clerk1", false, null);
            page.getByTestId("menu-toggle").click();
            page.getByTestId("nav-clues").click();
            assertThat(row(page, head)).containsText("农户自主申报");
            Ui.assertNoHorizontalOverflow(page, "phone clue list");
            Ui.shot(page, "discovery-7a-phone-clues");
            row(page, head).click();
            assertThat(page.getByTestId("clue-signal")).containsText("农户自主申报");
            page.getByTestId("clue-outcome-NOT_INCLUDED").click();
            assertThat(page.getByTestId("clue-reason")).isVisible();
            Ui.assertNoHorizontalOverflow(page, "phone clue detail");
            // choosing scrolled the page; a full-page picture would show the fixed header half-way down
            page.evaluate("window.scrollTo(0, 0)");
            Ui.shot(page, "discovery-7b-phone-clue-declaration");
        } finally {
            page.context().close();
        }
    }

    private void householdSeesTheOutcome(String tracking) {
        Page page = browser.phone();
        try {
            page.navigate(Ui.base(port) + "#/declare-status");
            page.getByTestId("status-code").fill(tracking);
            page.getByTestId("status-submit").click();
            assertThat(page.getByTestId("status-result")).containsText("已办结");
            assertThat(page.getByTestId("status-outcome")).hasText("不予纳入");
            assertThat(page.getByTestId("status-result")).not().containsText(headB.substring(0, 1));
            Ui.assertNoHorizontalOverflow(page, "status page");
            Ui.shot(page, "discovery-9-phone-declare-status");
        } finally {
            page.context().close();
        }
    }
}
