package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Users;
import org.shouwang.identification.HouseholdIdentified;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.Regions;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Follow-up schedules (issue 4 point 7): who gets which, how visits move them, the lists, the plan and the sweep. */
@IntegrationTest
class ScheduleApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Schedules schedules;
    @Autowired
    ScheduleSweep sweep;
    @Autowired
    Users users;
    @Autowired
    Regions regions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private FollowFixture fx;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void fixture() {
        fx = new FollowFixture(jdbc, users, regions);
    }

    private ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, TestCounty.PASSWORD);
    }

    private Map<String, Object> row(long household, String kind) {
        return jdbc.sql("select * from follow_schedule where household_id = ? and kind = ?").params(household, kind)
                .query().singleRow();
    }

    private List<String> rowsOf(List<Long> households) {
        return jdbc.sql("""
                select household_id || ' ' || kind || ' ' || every_months || ' ' || mode || ' ' || coalesce(last_done::text, '-')
                       || ' ' || next_due || ' ' || due_state || ' ' || active
                  from follow_schedule where household_id = any (?) order by household_id, kind""")
                .param(households.toArray(Long[]::new)).query(String.class).list();
    }

    @Test
    void aMonitoredHouseholdIsFollowedMonthlyAPovertyAlleviatedOneQuarterlyAndALongAbsentOneByPhone() {
        long monitored = fx.monitored(TestCounty.VILLAGE_1);
        long alleviated = fx.household(TestCounty.VILLAGE_1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, 2, null, null);
        long away = fx.household(TestCounty.VILLAGE_1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, 2, "浙江宁波", 10);
        long nearby = fx.household(TestCounty.VILLAGE_1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, 2, "测试县开发区", 12);
        long ordinary = fx.household(TestCounty.VILLAGE_1, "ORDINARY", "NOT_MONITORED", null, 2, null, null);
        for (long h : List.of(monitored, alleviated, away, nearby, ordinary)) {
            schedules.refresh(h);
        }
        assertThat(row(monitored, "VISIT")).containsEntry("every_months", 1).containsEntry("mode", "IN_PERSON")
                .containsEntry("next_due", java.sql.Date.valueOf(today.plusMonths(1)));
        assertThat(row(monitored, "INCOME")).containsEntry("every_months", 1)
                .containsEntry("next_due", java.sql.Date.valueOf(FollowRules.period(today, 1)[1].plusDays(10)));
        assertThat(row(alleviated, "VISIT")).containsEntry("every_months", 3).containsEntry("mode", "IN_PERSON");
        assertThat(row(alleviated, "INCOME")).containsEntry("every_months", 3);
        assertThat(row(away, "VISIT")).containsEntry("every_months", 3).containsEntry("mode", "PHONE");
        assertThat(row(nearby, "VISIT")).containsEntry("mode", "IN_PERSON");
        assertThat(rowsOf(List.of(ordinary))).isEmpty();

        // Removal stops the schedules but keeps them.
        jdbc.sql("update household set monitoring_status = 'REMOVED' where id = ?").param(alleviated).update();
        schedules.refresh(alleviated);
        assertThat(row(alleviated, "VISIT")).containsEntry("active", false);
    }

    @Test
    void theSetBasedRebuildGivesTheSameRowsAsRefreshingOneByOne() {
        long monitored = fx.monitored(TestCounty.VILLAGE_2);
        long alleviated = fx.household(TestCounty.VILLAGE_2, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, 3, null, null);
        long away = fx.household(TestCounty.VILLAGE_2, "ORDINARY", "RISK_ELIMINATED", null, 1, "广东东莞", 12);
        long visited = fx.monitored(TestCounty.VILLAGE_2);
        jdbc.sql("""
                insert into visit (household_id, region_code, visitor_username, visitor_name, visitor_role, mode, visit_date,
                                   household_reached, findings)
                values (?, ?, 't-admin', 't-admin', 'COUNTY_ADMIN', 'IN_PERSON', ?, true, '正常')""")
                .params(visited, TestCounty.VILLAGE_2, today.minusDays(40)).update();
        List<Long> ids = List.of(monitored, alleviated, away, visited);
        ids.forEach(schedules::refresh);
        List<String> oneByOne = rowsOf(ids);
        assertThat(oneByOne).hasSize(8);
        assertThat(oneByOne).anyMatch(r -> r.startsWith(visited + " VISIT 1 IN_PERSON " + today.minusDays(40))
                && r.endsWith("OVERDUE true"));

        jdbc.sql("delete from follow_schedule where household_id = any (?)").param(ids.toArray(Long[]::new)).update();
        assertThat(schedules.rebuildAll()).isGreaterThanOrEqualTo(8);
        assertThat(rowsOf(ids)).isEqualTo(oneByOne);
        // a second rebuild changes nothing it need not: due dates stay
        schedules.rebuildAll();
        assertThat(rowsOf(ids)).isEqualTo(oneByOne);
    }

    @Test
    void anAnnouncedIdentificationStartsMonthlyFollowUpFromTheAnnouncementDay() {
        long h = fx.household(TestCounty.VILLAGE_1, "POVERTY_ALLEVIATED", "NOT_MONITORED", null, 2, null, null);
        schedules.refresh(h);
        assertThat(row(h, "VISIT")).containsEntry("every_months", 3);
        LocalDate announced = today.minusDays(2);
        tx.executeWithoutResult(s -> {
            jdbc.sql("update household set monitoring_status = 'RISK_ACTIVE' where id = ?").param(h).update();
            events.publishEvent(new HouseholdIdentified(1L, h, TestCounty.VILLAGE_1, MonitoringCategory.values()[0],
                    List.of("ILLNESS"), announced, false));
        });
        assertThat(row(h, "VISIT")).containsEntry("every_months", 1)
                .containsEntry("next_due", java.sql.Date.valueOf(announced.plusMonths(1)));
        assertThat(row(h, "INCOME")).containsEntry("every_months", 1);
    }

    @Test
    void aVisitThatReachedTheHouseholdMovesItsNextDueAndOneThatDidNotLeavesIt() {
        long h = fx.monitored(TestCounty.VILLAGE_1);
        schedules.refresh(h);
        fx.due(h, "VISIT", today.minusDays(5));
        ApiClient grid = as("t-grid1");
        var unreached = VisitApiIT.visit(today.minusDays(1));
        unreached.put("householdReached", false);
        assertThat(grid.post("/api/households/" + h + "/visits", unreached).status()).isEqualTo(201);
        assertThat(row(h, "VISIT")).containsEntry("next_due", java.sql.Date.valueOf(today.minusDays(5)));

        assertThat(grid.post("/api/households/" + h + "/visits", VisitApiIT.visit(today)).status()).isEqualTo(201);
        assertThat(row(h, "VISIT")).containsEntry("last_done", java.sql.Date.valueOf(today))
                .containsEntry("next_due", java.sql.Date.valueOf(today.plusMonths(1))).containsEntry("due_state", "OK");
        // a visit entered late never moves the schedule back
        assertThat(grid.post("/api/households/" + h + "/visits", VisitApiIT.visit(today.minusDays(3))).status()).isEqualTo(201);
        assertThat(row(h, "VISIT")).containsEntry("last_done", java.sql.Date.valueOf(today));
    }

    @Test
    void theSweepSetsDueStateAndSweptOnAndAgainChangesNothing() {
        long late = fx.monitored(TestCounty.VILLAGE_1B);
        long soon = fx.monitored(TestCounty.VILLAGE_1B);
        long fine = fx.monitored(TestCounty.VILLAGE_1B);
        List.of(late, soon, fine).forEach(schedules::refresh);
        fx.due(late, "VISIT", today.minusDays(1));
        fx.due(soon, "VISIT", today.plusDays(3));
        fx.due(fine, "VISIT", today.plusDays(4));
        jdbc.sql("update follow_schedule set due_state = 'OK', swept_on = null where household_id = any (?)")
                .param(new Long[] {late, soon, fine}).update();
        ScheduleSweep.Result r = sweep.run();
        assertThat(r.swept()).isGreaterThanOrEqualTo(6);
        assertThat(r.overdue()).isGreaterThanOrEqualTo(1);
        assertThat(row(late, "VISIT")).containsEntry("due_state", "OVERDUE").containsEntry("swept_on", java.sql.Date.valueOf(today));
        assertThat(row(soon, "VISIT")).containsEntry("due_state", "DUE_SOON");
        assertThat(row(fine, "VISIT")).containsEntry("due_state", "OK");
        List<String> before = rowsOf(List.of(late, soon, fine));
        sweep.run();
        assertThat(rowsOf(List.of(late, soon, fine))).isEqualTo(before);
    }

    @Test
    void aContactPersonSeesOnlyTheirOwnHouseholdsDueAndOverdue() {
        long mine = fx.monitored(TestCounty.VILLAGE_1);
        long theirs = fx.monitored(TestCounty.VILLAGE_1);
        List.of(mine, theirs).forEach(schedules::refresh);
        fx.contactPerson(mine, "t-contact1");
        fx.contactPerson(theirs, "t-contact2");
        fx.due(mine, "VISIT", today.minusDays(2));
        fx.due(theirs, "VISIT", today.minusDays(2));

        ApiClient.Answer a = as("t-contact1").get("/api/follow-ups/mine?kind=VISIT");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Number> ids = a.read("$.items[*].householdId");
        assertThat(ids).extracting(Number::longValue).contains(mine).doesNotContain(theirs);
        assertThat((String) a.read("$.items[0].dueState")).isEqualTo("OVERDUE");
        assertThat((String) a.read("$.items[0].dueStateLabel")).isEqualTo("已逾期");
        assertThat(((Number) a.read("$.items[0].daysLeft")).intValue()).isEqualTo(-2);
        assertThat((String) a.read("$.items[0].contactPersons")).isEqualTo("联系人t-contact1");

        // the OK filter does not show an overdue one; ALL does
        List<Number> ok = as("t-contact1").get("/api/follow-ups/mine?kind=VISIT&state=OK").read("$.items[*].householdId");
        assertThat(ok).extracting(Number::longValue).doesNotContain(mine);
        List<Number> all = as("t-contact1").get("/api/follow-ups/mine?state=ALL&size=100").read("$.items[*].householdId");
        assertThat(all).extracting(Number::longValue).contains(mine);
    }

    @Test
    void aVillageListIsScopedAndPagedAndBadFiltersAreRefusedClearly() {
        long east = fx.monitored(TestCounty.VILLAGE_1);
        long south = fx.monitored(TestCounty.VILLAGE_2);
        List.of(east, south).forEach(schedules::refresh);
        fx.due(east, "INCOME", today.minusDays(1));
        fx.due(south, "INCOME", today.minusDays(1));

        ApiClient clerk = as("t-clerk1");
        List<Number> seen = clerk.get("/api/follow-ups?kind=INCOME&state=OVERDUE&size=100").read("$.items[*].householdId");
        assertThat(seen).extracting(Number::longValue).contains(east).doesNotContain(south);
        ApiClient.Answer page = clerk.get("/api/follow-ups?state=ALL&size=1&page=0");
        assertThat((List<?>) page.read("$.items")).hasSize(1);
        assertThat(((Number) page.read("$.total")).longValue()).isGreaterThanOrEqualTo(2);

        List<Number> county = as("t-admin").get("/api/follow-ups?region=" + TestCounty.VILLAGE_2 + "&kind=INCOME&state=OVERDUE&size=100")
                .read("$.items[*].householdId");
        assertThat(county).extracting(Number::longValue).contains(south).doesNotContain(east);

        assertThat(clerk.get("/api/follow-ups?region=" + TestCounty.VILLAGE_2).status()).isEqualTo(404);
        assertThat(as("t-admin").get("/api/follow-ups?region=" + FollowFixture.OTHER_VILLAGE).status()).isEqualTo(404);
        for (String bad : List.of("region=34999900100%27%20or%201=1--", "kind=VISITS", "state=LATE", "page=-1", "size=1000",
                "page=abc", "kind=%3Cscript%3E")) {
            ApiClient.Answer a = clerk.get("/api/follow-ups?" + bad);
            assertThat(a.status()).as(bad + " " + a.body()).isEqualTo(400);
            assertThat((String) a.read("$.detail")).as(bad).isNotBlank();
        }
        assertThat(as("t-liaison").get("/api/follow-ups").status()).isEqualTo(403);
        assertThat(as("t-liaison").get("/api/follow-ups/mine").status()).isEqualTo(403);
        assertThat(as("t-inspector").get("/api/follow-ups").status()).isEqualTo(200);
    }

    @Test
    void theDailyPlanPutsOverdueFirstAndStopsAtTwentyOrdinaryHouseholds() {
        for (int i = 0; i < 23; i++) {
            long h = fx.monitored(TestCounty.VILLAGE_1);
            schedules.refresh(h);
            fx.due(h, "VISIT", today.minusDays(30 - i));
        }
        ApiClient.Answer plan = as("t-grid1").get("/api/follow-ups/plan");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat((List<?>) plan.read("$.items")).hasSize(20);
        assertThat(((Number) plan.read("$.dueTotal")).intValue()).isGreaterThanOrEqualTo(23);
        List<String> dues = plan.read("$.items[*].nextDue");
        assertThat(dues).isSorted();
        // other tests share the database: the most overdue one listed is at least as late as ours
        assertThat(LocalDate.parse(dues.get(0))).isBeforeOrEqualTo(today.minusDays(30));
        assertThat((String) plan.read("$.note")).contains("每人每天最多走访 20 户");

        assertThat(as("t-grid1").get("/api/follow-ups/plan?date=" + today.minusDays(1)).status()).isEqualTo(400);
        assertThat(as("t-grid1").get("/api/follow-ups/plan?date=" + today.plusDays(8)).status()).isEqualTo(400);
        assertThat(as("t-grid1").get("/api/follow-ups/plan?date=2026-13-45").status()).isEqualTo(400);
        assertThat(as("t-inspector").get("/api/follow-ups/plan").status()).isEqualTo(403);
        assertThat(as("t-liaison").get("/api/follow-ups/plan").status()).isEqualTo(403);
    }

    @Test
    void atALargeRelocationSiteADayHoldsThirtyFiveHouseholds() {
        jdbc.sql("""
                insert into household (household_no, region_code, household_type, monitoring_status, relocated,
                                       relocation_site, head_name, member_count)
                select 'SITE-' || g, ?, 'POVERTY_ALLEVIATED', 'RISK_ACTIVE', true, '幸福家园安置点', '搬迁户' || g, 0
                  from generate_series(1, 210) g on conflict (household_no) do nothing""")
                .param(TestCounty.VILLAGE_1B).update();
        List<Long> site = jdbc.sql("select id from household where household_no like 'SITE-%' order by id").query(Long.class).list();
        site.forEach(schedules::refresh);
        jdbc.sql("update follow_schedule set next_due = ? where household_id = any (?) and kind = 'VISIT'")
                .params(today.minusDays(1), site.toArray(Long[]::new)).update();
        ApiClient.Answer plan = as("t-grid1b").get("/api/follow-ups/plan");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat((List<?>) plan.read("$.items")).hasSize(35);
        assertThat((Boolean) plan.read("$.items[0].largeSite")).isTrue();
        assertThat(((Number) plan.read("$.dueTotal")).intValue()).isGreaterThanOrEqualTo(210);
    }
}
