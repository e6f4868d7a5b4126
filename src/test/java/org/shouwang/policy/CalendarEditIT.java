package org.shouwang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county administrator's own calendar days (issue 3, point 4). The days are in 2099, a year no notice covers and
 * no other test reads, on a random weekday, and removed after each test so a reused database stays clean.
 */
@IntegrationTest
class CalendarEditIT {

    private static final int YEAR = 2099;

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    LocalDate weekday;

    @BeforeEach
    void pickADay() {
        cleanUp();
        LocalDate d = LocalDate.of(YEAR, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        weekday = d;
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from calendar_day where region_code = ? and extract(year from day) = ?")
                .params(TestCounty.COUNTY, YEAR).update();
        workingDays.invalidate(TestCounty.COUNTY);
    }

    private ApiClient admin() {
        return ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    private ApiClient clerk() {
        return ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private static Map<String, String> body(String kind, String name, String source) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        m.put("kind", kind);
        m.put("name", name);
        m.put("source", source);
        return m;
    }

    private static final String NOTICE = "测试县人民政府办公室关于调整放假安排的通知（测政办〔2099〕1号）";

    @Test
    void aCountyHolidayOnAWeekdayIsARestDayForTheCountyOnly() {
        assertThat(workingDays.forRegion(TestCounty.VILLAGE_1).isWorkingDay(weekday)).isTrue();

        ApiClient.Answer put = admin().put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "县庆", NOTICE));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat((String) put.read("$.scope")).isEqualTo("COUNTY");
        assertThat((String) put.read("$.kindLabel")).isEqualTo("放假");

        // The clerk of a village in the county sees the county's day in the merged view.
        ApiClient.Answer view = clerk().get("/api/policy/calendar?year=" + YEAR);
        assertThat(view.status()).isEqualTo(200);
        String at = "$.days[?(@.day == '" + weekday + "')]";
        assertThat((List<String>) view.read(at + ".kind")).containsExactly("HOLIDAY");
        assertThat((List<String>) view.read(at + ".scope")).containsExactly("COUNTY");
        assertThat((List<String>) view.read(at + ".name")).containsExactly("县庆");
        assertThat((List<String>) view.read(at + ".source")).containsExactly(NOTICE);
        assertThat((Boolean) view.read("$.covered")).as("a county day does not make the year covered").isFalse();
        assertThat((Boolean) view.read("$.editable")).isFalse();
        assertThat((Boolean) admin().get("/api/policy/calendar?year=" + YEAR).read("$.editable")).isTrue();

        // Working-day arithmetic: the county skips the day, the national calendar does not.
        assertThat(workingDays.forRegion(TestCounty.VILLAGE_1).isWorkingDay(weekday)).isFalse();
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isFalse();
        assertThat(workingDays.forRegion(WorkingDays.NATIONAL).isWorkingDay(weekday)).isTrue();
        assertThat(workingDays.forRegion("349998000000").isWorkingDay(weekday)).as("another county").isTrue();
        assertThat(workingDays.isWorkingDay(weekday)).isTrue();

        // National days still show in the county's view, marked as such.
        ApiClient.Answer y2026 = clerk().get("/api/policy/calendar?year=2026");
        assertThat((List<String>) y2026.read("$.days[?(@.day == '2026-02-16')].scope")).containsExactly("NATIONAL");
    }

    @Test
    void aCountyAdjustedWorkingSaturdayAndAChangeOfKindAreStoredAndAudited() {
        LocalDate saturday = weekday.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
        if (saturday.getYear() != YEAR) {
            saturday = LocalDate.of(YEAR, 1, 3); // 2099-01-03 is a Saturday.
        }
        long before = changes(saturday);
        assertThat(admin().put("/api/policy/calendar/days/" + saturday, body("HOLIDAY", "县庆", NOTICE)).status()).isEqualTo(200);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(saturday)).isFalse();
        assertThat(admin().put("/api/policy/calendar/days/" + saturday, body("WORKDAY", "县庆调休上班", NOTICE)).status())
                .isEqualTo(200);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(saturday)).isTrue();
        assertThat(workingDays.forRegion(WorkingDays.NATIONAL).isWorkingDay(saturday)).isFalse();

        List<Map<String, Object>> audit = jdbc.sql("""
                select before_kind, after_kind, actor from calendar_change where region_code = ? and day = ? order by id
                """).params(TestCounty.COUNTY, saturday).query().listOfRows();
        assertThat(audit).hasSize((int) before + 2);
        Map<String, Object> last = audit.get(audit.size() - 1);
        assertThat(last.get("before_kind")).isEqualTo("HOLIDAY");
        assertThat(last.get("after_kind")).isEqualTo("WORKDAY");
        assertThat(last.get("actor")).isEqualTo("t-admin");
        assertThat(audit.get(audit.size() - 2).get("before_kind")).isNull();
    }

    @Test
    void deletingACountyDayRestoresTheNationalCalendarAndIsAudited() {
        ApiClient admin = admin();
        assertThat(admin.put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "县庆", NOTICE)).status()).isEqualTo(200);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isFalse();
        long before = changes(weekday);

        assertThat(admin.delete("/api/policy/calendar/days/" + weekday).status()).isEqualTo(204);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isTrue();
        ApiClient.Answer view = clerk().get("/api/policy/calendar?year=" + YEAR);
        assertThat((List<?>) view.read("$.days[?(@.day == '" + weekday + "')]")).isEmpty();

        Map<String, Object> last = jdbc.sql("""
                select before_kind, after_kind, actor from calendar_change where region_code = ? and day = ? order by id desc limit 1
                """).params(TestCounty.COUNTY, weekday).query().singleRow();
        assertThat(changes(weekday)).isEqualTo(before + 1);
        assertThat(last.get("before_kind")).isEqualTo("HOLIDAY");
        assertThat(last.get("after_kind")).isNull();
        assertThat(last.get("actor")).isEqualTo("t-admin");

        // Nothing left to delete.
        ApiClient.Answer again = admin.delete("/api/policy/calendar/days/" + weekday);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void aVillageClerkCannotEdit() {
        ApiClient clerk = clerk();
        ApiClient.Answer put = clerk.put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "县庆", NOTICE));
        assertThat(put.status()).isEqualTo(403);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isTrue();

        assertThat(admin().put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "县庆", NOTICE)).status()).isEqualTo(200);
        assertThat(clerk.delete("/api/policy/calendar/days/" + weekday).status()).isEqualTo(403);
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isFalse();
    }

    @Test
    void nationalDaysCannotBeChangedOrDeleted() {
        ApiClient admin = admin();
        ApiClient.Answer put = admin.put("/api/policy/calendar/days/2026-02-16", body("WORKDAY", "春节", NOTICE));
        assertThat(put.status()).isEqualTo(409);
        assertThat((String) put.read("$.code")).isEqualTo("NATIONAL_DAY");
        assertThat((String) put.read("$.detail")).isEqualTo("全国统一的节假日安排不能修改，可添加本县的调整");

        ApiClient.Answer delete = admin.delete("/api/policy/calendar/days/2026-02-16");
        assertThat(delete.status()).isEqualTo(409);
        assertThat((String) delete.read("$.code")).isEqualTo("NATIONAL_DAY");
        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        ApiClient admin = admin();
        long before = changes(weekday);
        ApiClient.Answer script = admin.put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "<script>alert(1)</script>", NOTICE));
        assertThat(script.status()).isEqualTo(422);
        assertThat((List<String>) script.read("$.errors[?(@.field == 'name')].code")).containsExactly("NAME_CHARS");

        ApiClient.Answer noSource = admin.put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "县庆", null));
        assertThat(noSource.status()).isEqualTo(422);
        assertThat((List<String>) noSource.read("$.errors[*].code")).containsExactly("SOURCE_REQUIRED");

        ApiClient.Answer badKind = admin.put("/api/policy/calendar/days/" + weekday, body("X", "", "x".repeat(301)));
        assertThat(badKind.status()).isEqualTo(422);
        assertThat((List<String>) badKind.read("$.errors[*].code"))
                .containsExactlyInAnyOrder("KIND_INVALID", "NAME_REQUIRED", "SOURCE_TOO_LONG");

        ApiClient.Answer longName = admin.put("/api/policy/calendar/days/" + weekday, body("HOLIDAY", "节".repeat(51), NOTICE));
        assertThat((List<String>) longName.read("$.errors[*].code")).containsExactly("NAME_TOO_LONG");

        ApiClient.Answer badDate = admin.put("/api/policy/calendar/days/2099-02-30", body("HOLIDAY", "县庆", NOTICE));
        assertThat(badDate.status()).isEqualTo(422);
        assertThat((List<String>) badDate.read("$.errors[*].code")).containsExactly("DAY_FORMAT");

        assertThat(workingDays.forRegion(TestCounty.COUNTY).isWorkingDay(weekday)).isTrue();
        assertThat(changes(weekday)).isEqualTo(before);
    }

    private long changes(LocalDate day) {
        return jdbc.sql("select count(*) from calendar_change where region_code = ? and day = ?")
                .params(TestCounty.COUNTY, day).query(Long.class).single();
    }
}
