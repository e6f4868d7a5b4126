package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 收入登记 (issue 4 point 7) through the HTTP API, and the stability read elimination will use. */
@IntegrationTest
class IncomeRegistrationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Schedules schedules;
    @Autowired
    IncomeRegistrations registrations;
    @Autowired
    Users users;
    @Autowired
    Regions regions;

    private FollowFixture fx;
    private final LocalDate today = LocalDate.now();
    private final LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);

    @BeforeEach
    void fixture() {
        fx = new FollowFixture(jdbc, users, regions);
    }

    private ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, TestCounty.PASSWORD);
    }

    private static Map<String, Object> income(String period, Object net) {
        Map<String, Object> m = new HashMap<>();
        m.put("period", period);
        m.put("netIncome", net);
        return m;
    }

    private static String month(LocalDate d) {
        return d.toString().substring(0, 7);
    }

    @Test
    void aGridWorkerRegistersLastMonthsIncomeAndTheIncomeScheduleMovesOn() {
        long h = fx.household(TestCounty.VILLAGE_1, "ORDINARY", "RISK_ACTIVE", null, 3, null, null);
        schedules.refresh(h);
        fx.due(h, "INCOME", today.minusDays(3));
        Map<String, Object> body = income(month(lastMonth), 1500);
        body.put("note", "务工收入为主");
        ApiClient.Answer a = as("t-grid1").post("/api/households/" + h + "/income-registrations", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat((Integer) a.read("$.memberCountUsed")).isEqualTo(3);
        assertThat(new BigDecimal(a.read("$.perCapitaYearly").toString())).isEqualByComparingTo("6000.00");
        assertThat((String) a.read("$.periodLabel")).isEqualTo(lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月");
        assertThat((String) a.read("$.registeredBy")).isEqualTo("t-grid1");

        Map<String, Object> row = jdbc.sql("select * from follow_schedule where household_id = ? and kind = 'INCOME'")
                .param(h).query().singleRow();
        LocalDate lastEnd = lastMonth.plusMonths(1).minusDays(1);
        assertThat(row).containsEntry("last_done", java.sql.Date.valueOf(lastEnd))
                .containsEntry("next_due", java.sql.Date.valueOf(lastEnd.plusMonths(1).withDayOfMonth(1)
                        .plusMonths(1).minusDays(1).plusDays(10)));

        List<String> listed = as("t-inspector").get("/api/households/" + h + "/income-registrations").read("$[*].period");
        assertThat(listed).containsExactly(month(lastMonth));
    }

    @Test
    void aPeriodIsRegisteredOnceAndAnOverlappingQuarterIsRefusedToo() {
        long h = fx.monitored(TestCounty.VILLAGE_1);
        ApiClient clerk = as("t-clerk1");
        String path = "/api/households/" + h + "/income-registrations";
        assertThat(clerk.post(path, income(month(lastMonth), 900)).status()).isEqualTo(201);
        ApiClient.Answer again = clerk.post(path, income(month(lastMonth), 950));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("INCOME_PERIOD_TAKEN");
        assertThat((String) again.read("$.detail")).contains("900.00").contains("t-clerk1");
        int q = (lastMonth.getMonthValue() - 1) / 3 + 1;
        LocalDate quarterEnd = FollowRules.period(lastMonth, 3)[1];
        if (!quarterEnd.isAfter(today)) {
            ApiClient.Answer quarter = clerk.post(path, income(lastMonth.getYear() + "-Q" + q, 3000));
            assertThat(quarter.status()).isEqualTo(409);
        }
        assertThat(jdbc.sql("select count(*) from income_registration where household_id = ?").param(h)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badFiguresPeriodsAndNotesAreRefusedWithReasonsAndNothingIsStored() {
        long h = fx.monitored(TestCounty.VILLAGE_1);
        String path = "/api/households/" + h + "/income-registrations";
        ApiClient clerk = as("t-clerk1");
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("NET_INCOME_NEGATIVE", income(month(lastMonth), -100));
        cases.put("NET_INCOME_TOO_LARGE", income(month(lastMonth), new BigDecimal("99999999999")));
        cases.put("NET_INCOME_SCALE", income(month(lastMonth), new BigDecimal("10.123")));
        cases.put("NET_INCOME_REQUIRED", income(month(lastMonth), null));
        cases.put("PERIOD_NOT_ENDED", income(month(today), 100));
        cases.put("PERIOD_NOT_ENDED ", income(month(today.plusYears(1)), 100));
        cases.put("PERIOD_FORMAT", income("2026-13", 100));
        cases.put("PERIOD_FORMAT ", income("'; drop table income_registration; --", 100));
        cases.put("PERIOD_TOO_OLD", income("1999-05", 100));
        cases.put("PERIOD_REQUIRED", income(null, 100));
        Map<String, Object> longNote = income(month(lastMonth), 100);
        longNote.put("note", "长".repeat(501));
        cases.put("NOTE_TOO_LONG", longNote);
        Map<String, Object> markup = income(month(lastMonth), 100);
        markup.put("note", "<script>alert(1)</script>");
        cases.put("NOTE_CHARS", markup);
        Map<String, Object> members = income(month(lastMonth), 100);
        members.put("memberCount", 0);
        cases.put("MEMBER_COUNT_RANGE", members);
        for (var c : cases.entrySet()) {
            ApiClient.Answer a = clerk.post(path, c.getValue());
            assertThat(a.status()).as(c.getKey() + " " + a.body()).isEqualTo(400);
            List<String> codes = a.read("$.errors[*].code");
            assertThat(codes).as(a.body()).contains(c.getKey().strip());
        }
        ApiClient.Answer wrongType = clerk.postRaw(path, "application/json", "{\"period\":\"2026-01\",\"netIncome\":\"很多\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isBetween(400, 499);
        ApiClient.Answer notJson = clerk.postRaw(path, "application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        assertThat(notJson.status()).isBetween(400, 499);
        assertThat(jdbc.sql("select count(*) from income_registration where household_id = ?").param(h)
                .query(Long.class).single()).isZero();
    }

    @Test
    void injectionStringsInTheNoteAreStoredAsText() {
        long h = fx.monitored(TestCounty.VILLAGE_1);
        Map<String, Object> body = income(month(lastMonth), 100);
        String nasty = "'); delete from household; -- 王' OR '1'='1";
        body.put("note", nasty);
        ApiClient.Answer a = as("t-clerk1").post("/api/households/" + h + "/income-registrations", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat((String) a.read("$.note")).isEqualTo(nasty);
        assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isPositive();
    }

    @Test
    void rolesAndScopesAreCheckedOnTheServer() {
        long east = fx.monitored(TestCounty.VILLAGE_1);
        long elsewhere = fx.monitored(FollowFixture.OTHER_VILLAGE);
        String path = "/api/households/" + east + "/income-registrations";
        assertThat(as("t-inspector").post(path, income(month(lastMonth), 100)).status()).isEqualTo(403);
        assertThat(as("t-liaison").post(path, income(month(lastMonth), 100)).status()).isEqualTo(403);
        assertThat(as("t-liaison").get(path).status()).isEqualTo(403);
        assertThat(as("t-clerk2").post(path, income(month(lastMonth), 100)).status()).isEqualTo(404);
        assertThat(as("t-clerk2").get(path).status()).isEqualTo(404);
        assertThat(as("t-admin").post("/api/households/" + elsewhere + "/income-registrations",
                income(month(lastMonth), 100)).status()).isEqualTo(404);
        assertThat(as("t-admin").get("/api/households/99999999/income-registrations").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from income_registration where household_id in (?, ?)").params(east, elsewhere)
                .query(Long.class).single()).isZero();
    }

    @Test
    void incomeIsStableOnlyWhenEveryMonthIsRegisteredAndNotBelowTheThreshold() {
        long h = fx.household(TestCounty.VILLAGE_1, "ORDINARY", "RISK_ACTIVE", null, 2, null, null);
        ApiClient clerk = as("t-clerk1");
        LocalDate first = today.withDayOfMonth(1).minusMonths(6);
        for (int i = 0; i < 6; i++) {
            // 1,200 a month for two people is 7,200 a year per person; the fourth month is short
            int net = i == 3 ? 1000 : 1200;
            assertThat(clerk.post("/api/households/" + h + "/income-registrations", income(month(first.plusMonths(i)), net))
                    .status()).isEqualTo(201);
        }
        IncomeStability at7000 = registrations.stableAbove(h, new BigDecimal("7000"), 6, today);
        assertThat(at7000.stable()).isFalse();
        assertThat(at7000.periods()).hasSize(6);
        assertThat(at7000.reasons().get(3)).contains("6000.00").contains("低于监测范围 7000 元");
        IncomeStability at6000 = registrations.stableAbove(h, new BigDecimal("6000"), 6, today);
        assertThat(at6000.stable()).isTrue();
        assertThat(at6000.reasons()).allMatch(r -> r.contains("不低于"));
        IncomeStability longer = registrations.stableAbove(h, new BigDecimal("6000"), 7, today);
        assertThat(longer.stable()).isFalse();
        assertThat(longer.reasons().get(0)).endsWith("未登记收入");
    }
}
