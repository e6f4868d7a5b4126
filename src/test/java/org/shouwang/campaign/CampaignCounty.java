package org.shouwang.campaign;

import java.time.LocalDate;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 排查县 (349996): 甲镇 with 甲一村 and 甲二村, 乙乡 with 乙一村, one user per role, and seven households, one per
 * branch of plan 003's assignment rule (the expected rule and screener of each in the test's comments).
 */
@TestComponent
class CampaignCounty implements InitializingBean {

    static final String COUNTY = "349996000000";
    static final String TOWN_A = "349996001000";
    static final String V1 = "349996001001";
    static final String V2 = "349996001002";
    static final String TOWN_B = "349996002000";
    static final String V3 = "349996002001";
    static final String PASSWORD = "campaign-password-1";

    private final Regions regions;
    private final Users users;
    private final JdbcTemplate jdbc;

    long h1;
    long h2;
    long h3;
    long h4;
    long h5;
    long h6;
    long h7;

    CampaignCounty(Regions regions, Users users, JdbcTemplate jdbc) {
        this.regions = regions;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        TestRegions.county(COUNTY, "排查县").password(PASSWORD)
                .township(TOWN_A, "甲镇").village(V1, "甲一村").village(V2, "甲二村")
                .township(TOWN_B, "乙乡").village(V3, "乙一村")
                .user("c-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("c-cadre", Role.COUNTY_REVIEWER, COUNTY)
                .user("c-cadre2", Role.COUNTY_REVIEWER, COUNTY)
                .user("c-inspector", Role.INSPECTOR, COUNTY)
                .user("c-township", Role.TOWNSHIP_REVIEWER, TOWN_A)
                .user("c-township-b", Role.TOWNSHIP_REVIEWER, TOWN_B)
                .user("c-clerk1", Role.VILLAGE_CLERK, V1)
                .user("c-grid1", Role.GRID_WORKER, V1)
                .user("c-contact", Role.CONTACT_PERSON, V1)
                .user("c-clerk3", Role.VILLAGE_CLERK, V3)
                .create(regions, users);
        if (jdbc.queryForObject("select count(*) from household where household_no like 'CAMP-%'", Long.class) > 0) {
            return;
        }
        h1 = household("CAMP-1", V1, "POVERTY_ALLEVIATED", "NOT_MONITORED", false, "张一");
        contact(h1, "c-contact", "EXISTING");
        h2 = household("CAMP-2", V1, "ORDINARY", "MONITORED_RISK_ACTIVE", false, "张二");
        contact(h2, null, "MONITORING");
        h3 = household("CAMP-3", V1, "ORDINARY", "NOT_MONITORED", false, "张三");
        clue(h3, V1, "SELF_DECLARATION");
        h4 = household("CAMP-4", V1, "ORDINARY", "NOT_MONITORED", false, "张四");
        clue(h4, V1, "CADRE_VISIT");
        h5 = household("CAMP-5", V2, "ORDINARY", "NOT_MONITORED", true, "张五");
        h6 = household("CAMP-6", V2, "ORDINARY", "NOT_MONITORED", false, "张六");
        h7 = household("CAMP-7", V3, "ORDINARY", "NOT_MONITORED", false, "<b>王七</b>");
        // an older run flagged h6 only, the latest flags h5 only: only the latest counts
        long older = run();
        result(older, h5, V2, false);
        result(older, h6, V2, true);
        long latest = run();
        result(latest, h5, V2, true);
        result(latest, h6, V2, false);
    }

    private long household(String no, String village, String type, String status, boolean relocated, String head) {
        return jdbc.queryForObject("""
                insert into household (household_no, region_code, household_type, monitoring_status, relocated, head_name,
                                       member_count)
                values (?, ?, ?, ?, ?, ?, 2) returning id""", Long.class, no, village, type, status, relocated, head);
    }

    private void contact(long household, String username, String kind) {
        jdbc.update("""
                insert into contact_person (household_id, name, username, unit, kind, start_on, assigned_by)
                values (?, '联系人', ?, '县农业农村局', ?, ?, 'c-admin')""", household, username, kind, LocalDate.now().minusMonths(3));
    }

    private void clue(long household, String village, String channel) {
        long clue = jdbc.queryForObject("""
                insert into risk_clue (region_code, household_id, status, opened_on) values (?, ?, 'OPEN', ?) returning id""",
                Long.class, village, household, LocalDate.now().minusDays(3));
        jdbc.update("""
                insert into clue_signal (clue_id, channel, reason, raised_on, dedup_key) values (?, ?, '测试', ?, ?)""",
                clue, channel, LocalDate.now().minusDays(3), "camp-" + household + "-" + channel);
    }

    private long run() {
        return jdbc.queryForObject("""
                insert into screening_run (region_code, as_of, kind, status, trigger, started_by)
                values (?, ?, 'RUN', 'DONE', 'MANUAL', 'c-admin') returning id""", Long.class, COUNTY, LocalDate.now());
    }

    private void result(long run, long household, String village, boolean flagged) {
        jdbc.update("insert into screening_result (run_id, household_id, region_code, flagged) values (?, ?, ?, ?)",
                run, household, village, flagged);
    }
}
