package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;

/** The period, the scope's breakdown and the counting of a clock, without a database. */
class ReportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.status().value() + " " + e.code();
        }
        return "accepted";
    }

    @Test
    void thePeriodDefaultsToTheYearSoFarAndRefusesNonsense() {
        CompliancePeriod p = CompliancePeriod.parse(null, " ", TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.to()).isEqualTo(TODAY);
        assertThat(CompliancePeriod.parse(null, "2025-06-30", TODAY).from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(code(() -> CompliancePeriod.parse("2026-02-30", null, TODAY))).isEqualTo("400 BAD_DATE");
        assertThat(code(() -> CompliancePeriod.parse("20260101", null, TODAY))).isEqualTo("400 BAD_DATE");
        assertThat(code(() -> CompliancePeriod.parse("1999-12-31", null, TODAY))).isEqualTo("400 BAD_DATE");
        assertThat(code(() -> CompliancePeriod.parse("2026-05-02", "2026-05-01", TODAY))).isEqualTo("400 BAD_PERIOD");
        assertThat(code(() -> CompliancePeriod.parse("2023-01-01", "2026-01-01", TODAY))).isEqualTo("accepted");
        assertThat(code(() -> CompliancePeriod.parse("2022-12-31", "2026-01-01", TODAY))).isEqualTo("400 PERIOD_TOO_LONG");
    }

    @Test
    void aCountyBreaksDownIntoTownshipsATownshipIntoVillagesAndAVillageStaysOneRow() {
        CurrentUser admin = new CurrentUser("a", "a", Role.COUNTY_ADMIN, new RegionCode("349998000000"));
        ReportScope county = ReportScope.of(null, admin);
        assertThat(county.rowLevel()).isEqualTo(4);
        assertThat(county.rowOf("349998002001")).isEqualTo("349998002000");
        ReportScope town = ReportScope.of(" 349998002000 ", admin);
        assertThat(town.rowOf("349998002001")).isEqualTo("349998002001");
        ReportScope village = ReportScope.of("349998002001", admin);
        assertThat(village.rowLevel()).isEqualTo(5);
        assertThat(village.rowOf("349998002001")).isEqualTo("349998002001");
        assertThat(code(() -> ReportScope.of("349997000000", admin))).isEqualTo("404 NOT_FOUND");
        assertThat(code(() -> ReportScope.of("３４９９９８００２００１", admin))).isEqualTo("400 BAD_REGION");
        assertThat(code(() -> ReportScope.of("34999800200", admin))).isEqualTo("400 BAD_REGION");
    }

    @Test
    void aClockIsOnTimeLateOrStillRunning() {
        ComplianceTally t = new ComplianceTally();
        LocalDate due = LocalDate.of(2026, 11, 10);
        t.judge(ComplianceTally.MEASURES, due, due, TODAY);
        t.judge(ComplianceTally.MEASURES, due.plusDays(1), due, TODAY);
        t.judge(ComplianceTally.MEASURES, null, due, TODAY);
        t.judge(ComplianceTally.MEASURES, null, TODAY, TODAY);
        assertThat(t.ratio(ComplianceTally.MEASURES)).isEqualTo(new Ratio(1, 3, 1, 0.3333));
        assertThat(t.ratio(ComplianceTally.FIND)).isEqualTo(new Ratio(0, 0, 0, null));
    }
}
