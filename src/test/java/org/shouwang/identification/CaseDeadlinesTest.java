package org.shouwang.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.identification.CaseDeadlines.StepDue;
import org.shouwang.identification.IdentificationCase.Actor;
import org.shouwang.policy.CalendarDay;
import org.shouwang.policy.DayKind;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.registry.MonitoringCategory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Step and overall clocks on the 淮北烈山 2022 numbers, across the 2025 National Day holiday. */
class CaseDeadlinesTest {

    static final ZonedDateTime OPENED = ZonedDateTime.of(2025, 9, 29, 9, 0, 0, 0, MovableClock.SHANGHAI);
    final MovableClock clock = new MovableClock(OPENED);
    final Actor clerk = new Actor("t-clerk1", Role.VILLAGE_CLERK);

    /** The State Council's 2025 国庆节、中秋节: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked. */
    static WorkingDayCalendar nationalDay2025() {
        List<CalendarDay> days = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            days.add(new CalendarDay(LocalDate.of(2025, 10, d), DayKind.HOLIDAY, "国庆节、中秋节", "国办发明电〔2024〕12号", "000000000000"));
        }
        days.add(new CalendarDay(LocalDate.of(2025, 9, 28), DayKind.WORKDAY, "国庆节、中秋节", "国办发明电〔2024〕12号", "000000000000"));
        days.add(new CalendarDay(LocalDate.of(2025, 10, 11), DayKind.WORKDAY, "国庆节、中秋节", "国办发明电〔2024〕12号", "000000000000"));
        return new WorkingDayCalendar(days);
    }

    /** The shipped 烈山 2022 profile's parameters, read from the file the application ships. */
    static ProfileParameters lieshan() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = CaseDeadlinesTest.class.getResourceAsStream("/policy/profiles/10-huaibei-lieshan-2022.json")) {
            JsonNode root = json.readTree(in);
            return json.treeToValue(root.get("parameters"), ProfileParameters.class);
        }
    }

    static DeadlineRules rules(ProfileParameters p) {
        return DeadlineRules.from(new PolicyProfile("340604000000", LocalDate.of(2025, 9, 29), List.of(), p, Map.of(), List.of()));
    }

    /** The same numbers with the home check in working days, as a county may configure it. */
    static DeadlineRules workingHomeCheck(ProfileParameters p) {
        var steps = new java.util.HashMap<>(p.steps());
        steps.put("HOME_CHECK", new ProfileParameters.Deadline(2, true));
        return rules(new ProfileParameters(p.threshold(), p.thresholdNote(), p.incomeWindow(), p.incomeItems(),
                p.clueResponse(), steps, p.publicityDays(), p.elimination(), p.visits(), p.labels(), p.params()));
    }

    IdentificationCase applied() {
        var c = IdentificationCase.open(1L, "340604001001", null, MonitoringCategory.MARGINAL, clerk, null, clock, 5);
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        return c;
    }

    static StepDue step(CaseDeadlines.Report r, CaseStep step) {
        return r.steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    @Test
    void aCaseStoredWithoutItsOpeningHasNoOverallClockInsteadOfFailing() throws Exception {
        var c = IdentificationCase.restore(7, 1, "340604100201", null, null, CaseState.OPENED, null, null, null, 0,
                List.of(), clock, 5);
        var r = new CaseDeadlines(rules(lieshan()), nationalDay2025(), clock).report(c);
        assertThat(r.openedOn()).isNull();
        assertThat(r.overallDue()).isNull();
        assertThat(r.overallExceeded()).isFalse();
        assertThat(r.anyOverdue()).isFalse();
    }

    @Test
    void theProfileGivesTheLieshanNumbers() throws Exception {
        DeadlineRules r = rules(lieshan());
        assertThat(r.steps().get(CaseStep.HOME_CHECK)).isEqualTo(new ProfileParameters.Deadline(2, false));
        assertThat(r.steps().get(CaseStep.TOWNSHIP_REVIEW).days()).isEqualTo(3);
        assertThat(r.total()).isEqualTo(new ProfileParameters.Deadline(15, false));
        assertThat(r.publicityDays()).isEqualTo(5);
        DeadlineRules silent = rules(new ProfileParameters(null, null, null, null, null, null, null, null, null, null, null));
        assertThat(silent.steps().get(CaseStep.COUNTY_APPROVAL).days()).isEqualTo(3);
        assertThat(silent.total().days()).isEqualTo(15);
        assertThat(silent.publicityDays()).isEqualTo(5);
    }

    @Test
    void calendarDaysRunThroughTheHolidayAndTheOverallClockIsFifteenDays() throws Exception {
        var c = applied();
        var deadlines = new CaseDeadlines(rules(lieshan()), nationalDay2025(), clock);
        clock.set(OPENED.plusDays(1));
        var r = deadlines.report(c);
        assertThat(r.openedOn()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(r.overallDue()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(step(r, CaseStep.HOME_CHECK).due()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(step(r, CaseStep.HOME_CHECK).dueSoon()).isTrue();
        assertThat(step(r, CaseStep.DEMOCRATIC_REVIEW).due()).isNull();
        assertThat(r.overallExceeded()).isFalse();

        clock.set(OPENED.plusDays(3));
        r = deadlines.report(c);
        assertThat(step(r, CaseStep.HOME_CHECK).overdue()).isTrue();
        assertThat(r.anyOverdue()).isTrue();

        c.recordHomeCheck(clerk, new StepData.HomeCheck("节后入户"), null);
        r = deadlines.report(c);
        assertThat(step(r, CaseStep.HOME_CHECK).late()).isTrue();
        assertThat(step(r, CaseStep.HOME_CHECK).overdue()).isFalse();
        assertThat(step(r, CaseStep.DEMOCRATIC_REVIEW).due()).isEqualTo(LocalDate.of(2025, 10, 4));

        clock.set(OPENED.plusDays(16));
        assertThat(deadlines.report(c).overallExceeded()).isTrue();
    }

    @Test
    void aTwoWorkingDayStepMovesPastTheNationalDayHoliday() throws Exception {
        var c = applied();
        var deadlines = new CaseDeadlines(workingHomeCheck(lieshan()), nationalDay2025(), clock);
        var r = deadlines.report(c);
        // 09-30 is the first working day, 10-01..10-08 are off, 10-09 the second.
        assertThat(step(r, CaseStep.HOME_CHECK).due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(step(r, CaseStep.HOME_CHECK).working()).isTrue();
        assertThat(step(r, CaseStep.HOME_CHECK).dueSoon()).isFalse();

        clock.set(OPENED.plusDays(1));
        // On 09-30 the next working day is 10-09: due soon although nine calendar days remain.
        assertThat(step(deadlines.report(c), CaseStep.HOME_CHECK).dueSoon()).isTrue();
        clock.set(OPENED.plusDays(9));
        r = deadlines.report(c);
        assertThat(step(r, CaseStep.HOME_CHECK).overdue()).isFalse();
        assertThat(step(r, CaseStep.HOME_CHECK).dueSoon()).isTrue();
        clock.set(OPENED.plusDays(11));
        assertThat(step(deadlines.report(c), CaseStep.HOME_CHECK).overdue()).isTrue();
    }

    @Test
    void parallelComparisonAndTheTownshipClockFromTheLaterOfPublicityAndComparison() throws Exception {
        var c = applied();
        var deadlines = new CaseDeadlines(rules(lieshan()), nationalDay2025(), clock);
        c.recordHomeCheck(clerk, new StepData.HomeCheck("核实"), null);
        c.recordDemocraticReview(clerk, IdentificationCaseTest.review(3, 0), null);
        var r = deadlines.report(c);
        assertThat(step(r, CaseStep.PUBLICITY).due()).isEqualTo(LocalDate.of(2025, 10, 4));
        assertThat(step(r, CaseStep.DATA_COMPARISON).due()).isEqualTo(LocalDate.of(2025, 10, 4));
        assertThat(step(r, CaseStep.TOWNSHIP_REVIEW).due()).isNull();
        clock.set(OPENED.plusDays(5));
        c.recordPublicity(clerk, new StepData.Publicity(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 4), null), null);
        clock.set(OPENED.plusDays(7));
        c.recordDataComparison(clerk, IdentificationCaseTest.compared(), null);
        r = deadlines.report(c);
        assertThat(step(r, CaseStep.DATA_COMPARISON).late()).isTrue();
        assertThat(step(r, CaseStep.TOWNSHIP_REVIEW).from()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(step(r, CaseStep.TOWNSHIP_REVIEW).due()).isEqualTo(LocalDate.of(2025, 10, 9));
        c.recordTownshipReview(new Actor("t", Role.TOWNSHIP_REVIEWER), new StepData.Review(false, "不符合"), null);
        clock.set(OPENED.plusDays(30));
        r = deadlines.report(c);
        // A case that ended 不予纳入 within the limit owes nothing more.
        assertThat(r.anyOverdue()).isFalse();
        assertThat(r.overallExceeded()).isFalse();
        assertThat(step(r, CaseStep.COUNTY_APPROVAL).overdue()).isFalse();
    }

    @Test
    void aGreenChannelCaseKeepsItsClocksAndTheSweepMovesItsStateOverTheHoliday() throws Exception {
        var c = applied();
        c.openGreenChannel(clerk, new StepData.GreenChannel(java.util.List.of("DISASTER"), "9 月 28 日暴雨冲毁住房"), null);
        WorkingDayCalendar calendar = nationalDay2025();
        var deadlines = new CaseDeadlines(workingHomeCheck(lieshan()), calendar, clock);
        // 10-08 is the last holiday: the home check (2 working days from 09-29) is due 10-09, the next working day
        clock.set(OPENED.plusDays(9));
        CaseSweep.Due due = CaseSweep.due(deadlines.report(c), calendar);
        assertThat(due.nextDueStep()).isEqualTo(CaseStep.HOME_CHECK);
        assertThat(due.nextDue()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(due.overallDue()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(due.state()).isEqualTo(CaseSweep.DueState.DUE_SOON);
        clock.set(OPENED.plusDays(11));
        assertThat(CaseSweep.due(deadlines.report(c), calendar).state()).isEqualTo(CaseSweep.DueState.OVERDUE);
        // the green channel does not stop the procedure's clocks: done on time, nothing is late
        clock.set(OPENED.plusDays(10));
        c.recordHomeCheck(clerk, new StepData.HomeCheck("入户核实房屋倒塌"), null);
        due = CaseSweep.due(deadlines.report(c), calendar);
        assertThat(due.nextDueStep()).isEqualTo(CaseStep.DEMOCRATIC_REVIEW);
        assertThat(due.nextDue()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(c.greenChannel()).isTrue();
    }
}
