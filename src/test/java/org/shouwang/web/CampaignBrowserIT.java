package org.shouwang.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.BrowserExtension;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 集中排查 in the real UI (issue 5, points 1, 2 and 4): the county admin creates a campaign from the 千山 2024 preset,
 * starts it, gives a village to a cadre and watches progress move; the village clerk reads it on a 390 px phone.
 */
@IntegrationTest
class CampaignBrowserIT {

    static final String COUNTY = "349995000000";
    static final String TOWN = "349995001000";
    static final String VILLAGE = "349995001001";
    static final String TOWN_2 = "349995002000";
    static final String VILLAGE_2 = "349995002001";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    private void county() {
        TestRegions.county(COUNTY, "集排县")
                .township(TOWN, "戊镇").village(VILLAGE, "戊一村")
                .township(TOWN_2, "己乡").village(VILLAGE_2, "己一村")
                .user("k-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("k-cadre", Role.COUNTY_REVIEWER, COUNTY)
                .user("k-clerk", Role.VILLAGE_CLERK, VILLAGE)
                .create(regions, users);
        String[][] households = {{"KAMP-1", VILLAGE, "POVERTY_ALLEVIATED", "孙一"}, {"KAMP-2", VILLAGE, "ORDINARY", "孙二"},
                {"KAMP-3", VILLAGE, "ORDINARY", "孙三"}, {"KAMP-4", VILLAGE_2, "ORDINARY", "周四"}};
        for (String[] h : households) {
            jdbc.update("insert into household (household_no, region_code, household_type, head_name) values (?, ?, ?, ?)"
                    + " on conflict (household_no) do nothing", h[0], h[1], h[2], h[3]);
        }
    }

    @Test
    void theCountyCreatesStartsAndAssignsACampaignAndTheVillageWatchesProgress() {
        county();
        Page page = browser.desktop();
        String campaignUrl;
        try {
            Ui.login(page, port, "k-admin", false, null);
            page.getByTestId("nav-campaigns").click();
            assertThat(page).hasURL(Pattern.compile("#/campaigns$"));
            page.getByTestId("campaign-new").click();
            page.getByTestId("preset-qianshan").click();
            assertThat(page.getByTestId("campaign-phase")).hasCount(3);
            page.getByTestId("preset-jinzhai").click();
            assertThat(page.getByTestId("campaign-phase")).hasCount(5);
            page.getByTestId("campaign-name").fill("集排县集中排查");
            Ui.viewportShot(page, "desktop-campaign-create");
            page.getByTestId("campaign-save").click();
            assertThat(page).hasURL(Pattern.compile("#/campaigns/\\d+$"));
            campaignUrl = page.url();
            assertThat(page.getByTestId("campaign-title")).hasText("集排县集中排查");
            assertThat(page.getByTestId("campaign-state")).hasText("筹备中");
            page.getByTestId("campaign-start").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("启动").setExact(true)).click();
            assertThat(page.getByTestId("campaign-state")).hasText("进行中");
            Locator rows = page.locator("[data-testid=progress-rows] .el-table__body-wrapper tbody tr");
            assertThat(rows).hasCount(2);
            assertThat(page.getByTestId("progress-total")).containsText("4");

            // 包片: 戊一村 to the cadre
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("包片")).click();
            Ui.choose(page, "assign-select-" + VILLAGE, "k-cadre（县级审核员）");
            page.getByTestId("assign-" + VILLAGE).click();
            assertThat(page.getByTestId("assignment-current")).hasText("k-cadre");
            Ui.shot(page, "desktop-campaign-assign");

            // the form part marks two households of 戊一村 screened; progress moves and 己乡 (nothing screened) leads
            jdbc.update("update campaign_household set status = 'SCREENED', screened_on = current_date, flagged = true"
                    + " where household_id in (select id from household where household_no in ('KAMP-1', 'KAMP-2'))");
            page.reload();
            assertThat(rows).hasCount(2);
            assertThat(rows.first()).containsText("己乡");
            assertThat(rows.first()).containsText("100.0%");
            assertThat(rows.nth(1)).containsText("戊镇");
            assertThat(rows.nth(1)).containsText("33.3%");
            Ui.shot(page, "desktop-campaign-progress");
            rows.nth(1).click();
            assertThat(rows).hasCount(1);
            assertThat(rows.first()).containsText("戊一村");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("未排查")).click();
            assertThat(page.getByTestId("unscreened-count")).hasText("未排查 2 户");
            Ui.shot(page, "desktop-campaign-unscreened");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("总结")).click();
            assertThat(page.locator("[data-testid=summary-rows] tbody tr")).hasCount(3);
            Ui.shot(page, "desktop-campaign-summary");
        } finally {
            page.context().close();
        }

        Page phone = browser.phone();
        try {
            Ui.login(phone, port, "k-clerk", false, null);
            phone.navigate(campaignUrl);
            assertThat(phone.getByTestId("campaign-state")).hasText("进行中");
            Locator rows = phone.locator("[data-testid=progress-rows] .el-table__body-wrapper tbody tr");
            assertThat(rows).hasCount(1);
            assertThat(rows.first()).containsText("戊一村");
            assertThat(phone.getByTestId("campaign-start")).hasCount(0);
            assertThat(phone.getByTestId("campaign-progress").locator(".trail")).containsText("戊一村");
            Ui.assertNoHorizontalOverflow(phone, "phone campaign progress");
            Ui.shot(phone, "phone-campaign-progress");
            phone.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("未排查")).click();
            assertThat(phone.getByTestId("unscreened-count")).hasText("未排查 1 户");
            Ui.assertNoHorizontalOverflow(phone, "phone unscreened");
            Ui.shot(phone, "phone-campaign-unscreened");
        } finally {
            phone.context().close();
        }

        Page adminPhone = browser.phone();
        try {
            Ui.login(adminPhone, port, "k-admin", false, null);
            adminPhone.navigate(Ui.base(port) + "#/campaigns");
            adminPhone.getByTestId("campaign-new").click();
            adminPhone.getByTestId("preset-qianshan").click();
            assertThat(adminPhone.getByTestId("campaign-phase")).hasCount(3);
            Ui.assertNoHorizontalOverflow(adminPhone, "phone create dialog");
            Ui.viewportShot(adminPhone, "phone-campaign-create");
        } finally {
            adminPhone.context().close();
        }
    }
}
