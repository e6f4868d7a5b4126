package org.shouwang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Test
    void a2026CalendarShowsTheSpringFestivalHolidayAndItsAdjustedSaturday() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        ApiClient.Answer a = clerk.get("/api/policy/calendar?year=2026");
        assertThat(a.status()).isEqualTo(200);
        assertThat((Integer) a.read("$.year")).isEqualTo(2026);
        assertThat((Boolean) a.read("$.covered")).isTrue();
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-14')].kind")).containsExactly("WORKDAY");
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-14')].kindLabel")).containsExactly("调休上班");
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-16')].kind")).containsExactly("HOLIDAY");
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-16')].name")).containsExactly("春节");
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-16')].kindLabel")).containsExactly("放假");
        assertThat((List<String>) a.read("$.days[?(@.day == '2026-02-16')].source")).singleElement().asString()
                .contains("国务院办公厅关于2026年部分节假日安排的通知");
    }

    @Test
    void aYearWithoutANoticeIsAnsweredAsNotCovered() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        ApiClient.Answer a = clerk.get("/api/policy/calendar?year=2030");
        assertThat(a.status()).isEqualTo(200);
        assertThat((Boolean) a.read("$.covered")).isFalse();
        assertThat((List<?>) a.read("$.days")).isEmpty();
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        ApiClient.Answer a = clerk.get("/api/policy/calendar?year=99999");
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.code")).isEqualTo("YEAR_RANGE");
    }

    @Test
    void theCalendarNeedsALogin() {
        assertThat(new ApiClient(port).get("/api/policy/calendar?year=2026").status()).isEqualTo(401);
    }

    @Test
    void theShippedYearsAreCoveredAndEveryAdjustedWorkingDayIsAWeekendDay() {
        for (int year = 2022; year <= 2026; year++) {
            assertThat(workingDays.covers(year)).as("covers %d", year).isTrue();
            assertThat(workingDays.days(year)).filteredOn(d -> d.kind() == DayKind.WORKDAY)
                    .allSatisfy(d -> assertThat(d.day().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        assertThat(workingDays.covers(2021)).isFalse();
        // 2023's 元旦 begins on Saturday 2022-12-31 (国办发明电〔2022〕16号).
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2023-01-02"))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.parse("2025-09-30"), 3)).isEqualTo(LocalDate.parse("2025-10-11"));
        assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"))).isEqualTo(248);
    }
}
