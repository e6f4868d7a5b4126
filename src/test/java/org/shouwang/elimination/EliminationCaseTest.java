package org.shouwang.elimination;

import org.shouwang.shared.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.identification.MovableClock;
import org.shouwang.identification.StepData.MeetingType;
import org.shouwang.policy.ProfileParameters.Deadline;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;

/** The elimination procedure refuses steps out of order or by the wrong role, and records every transition. */
class EliminationCaseTest {

    static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, MovableClock.SHANGHAI);
    final MovableClock clock = new MovableClock(START);
    final EliminationCase.Actor clerk = new EliminationCase.Actor("clerk", Role.VILLAGE_CLERK);
    final EliminationCase.Actor township = new EliminationCase.Actor("town", Role.TOWNSHIP_REVIEWER);
    final EliminationCase.Actor county = new EliminationCase.Actor("county", Role.COUNTY_REVIEWER);
    final EliminationCase.Actor grid = new EliminationCase.Actor("grid", Role.GRID_WORKER);

    static Eligibility eligible() {
        return new Eligibility(1, EliminationMethod.ASSISTED, "帮扶消除", LocalDate.of(2026, 11, 16), true, false,
                List.of(Eligibility.Reason.of("STATUS", "x", Verdict.PASS, "ok")));
    }

    EliminationCase proposed() {
        return EliminationCase.propose(1, "349999001001", eligible(), clerk, "收入稳定", clock, 5);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (Refused e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void walksFromProposalToAnnouncementAndRecordsEachTransition() {
        EliminationCase c = proposed();
        c.recordHomeCheck(clerk, "收入稳定，务工正常", null);
        c.recordDemocraticReview(clerk, new EliminationCase.Review(MeetingType.ENLARGED_COMMITTEES, 7, 0, "一致同意", 12L), null);
        clock.plusDays(6);
        c.recordPublicity(clerk, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 21), null, null);
        c.recordTownshipReview(township, true, "同意", null);
        c.recordCountyApproval(county, true, "同意", null);
        c.announce(county, "公告");
        assertThat(c.state()).isEqualTo(EliminationState.ANNOUNCED);
        assertThat(c.eliminatedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(c.steps()).extracting(Transition::step).containsExactly("PROPOSE", "HOME_CHECK", "DEMOCRATIC_REVIEW",
                "PUBLICITY", "TOWNSHIP_REVIEW", "COUNTY_APPROVAL", "ANNOUNCEMENT");
        Transition review = c.steps().get(2);
        assertThat(review.before()).isEqualTo("HOME_CHECKED");
        assertThat(review.after()).isEqualTo("REVIEWED");
        assertThat(review.actor()).isEqualTo("clerk");
        assertThat(review.details()).containsEntry("jointIdentificationCaseId", 12L);
        assertThat(code(() -> c.announce(county, null))).isEqualTo("CASE_CLOSED");
    }

    @Test
    void aProposalNeedsEveryConditionMet() {
        var blocked = new Eligibility(1, EliminationMethod.ASSISTED, "帮扶消除", LocalDate.of(2026, 11, 16), false, true,
                List.of(Eligibility.Reason.of("LABOUR", "家庭有劳动力", Verdict.FAIL, "整户无劳动力")));
        assertThatThrownBy(() -> EliminationCase.propose(1, "349999001001", blocked, clerk, null, clock, 5))
                .isInstanceOf(Refused.class).hasMessageContaining("整户无劳动力");
        assertThat(code(() -> EliminationCase.propose(1, "349999001001", eligible(), grid, null, clock, 5))).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void refusesStepsOutOfOrderAndByTheWrongRole() {
        EliminationCase c = proposed();
        assertThat(code(() -> c.recordTownshipReview(township, true, "同意", null))).isEqualTo("STEP_OUT_OF_ORDER");
        assertThat(code(() -> c.recordHomeCheck(grid, "x", null))).isEqualTo("ROLE_NOT_ALLOWED");
        c.recordHomeCheck(clerk, "核实", null);
        assertThat(code(() -> c.recordHomeCheck(clerk, "again", null))).isEqualTo("STEP_ALREADY_DONE");
        c.recordDemocraticReview(clerk, new EliminationCase.Review(MeetingType.VILLAGERS_MEETING, 5, 1, "同意", null), null);
        clock.plusDays(5);
        c.recordPublicity(clerk, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 21), "无异议", null);
        assertThat(code(() -> c.recordTownshipReview(clerk, true, "同意", null))).isEqualTo("ROLE_NOT_ALLOWED");
        c.recordTownshipReview(township, true, "同意", null);
        assertThat(code(() -> c.recordCountyApproval(township, true, "同意", null))).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void publicityMustLastTheProfilesDaysAndBeOver() {
        EliminationCase c = proposed();
        c.recordHomeCheck(clerk, "核实", null);
        c.recordDemocraticReview(clerk, new EliminationCase.Review(MeetingType.VILLAGERS_MEETING, 5, 0, "同意", null), null);
        assertThat(code(() -> c.recordPublicity(clerk, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), null, null)))
                .isEqualTo("PUBLICITY_TOO_SHORT");
        assertThat(code(() -> c.recordPublicity(clerk, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 21), null, null)))
                .isEqualTo("PUBLICITY_NOT_OVER");
        assertThat(code(() -> c.recordPublicity(clerk, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 21), null, null)))
                .isEqualTo("PUBLICITY_BEFORE_REVIEW");
    }

    @Test
    void aFailedReviewOrRefusalEndsTheProcedure() {
        EliminationCase c = proposed();
        c.recordHomeCheck(clerk, "核实", null);
        c.recordDemocraticReview(clerk, new EliminationCase.Review(MeetingType.VILLAGERS_MEETING, 2, 3, "多数不同意", null), null);
        assertThat(c.state()).isEqualTo(EliminationState.REJECTED);
        assertThat(c.outcomeReason()).contains("民主评议未通过");
        assertThat(code(() -> c.recordHomeCheck(clerk, "x", null))).isEqualTo("CASE_CLOSED");
        assertThat(code(() -> proposedThroughReview().recordDemocraticReview(clerk,
                new EliminationCase.Review(MeetingType.VILLAGERS_MEETING, 0, 0, "x", null), null))).isEqualTo("VOTES_INVALID");
    }

    EliminationCase proposedThroughReview() {
        EliminationCase c = proposed();
        c.recordHomeCheck(clerk, "核实", null);
        return c;
    }

    @Test
    void stepsAreDueByTheProfileAndTheClockCountsWorkingDaysOverAHoliday() {
        EliminationCase c = proposed();
        // 2026-11-17..18 declared holidays: two working days from Monday the 16th fall on Friday the 20th.
        var calendar = new WorkingDayCalendar(List.of(new org.shouwang.policy.CalendarDay(LocalDate.of(2026, 11, 17), org.shouwang.policy.DayKind.HOLIDAY, "假日", "test"),
                new org.shouwang.policy.CalendarDay(LocalDate.of(2026, 11, 18), org.shouwang.policy.DayKind.HOLIDAY, "假日", "test")));
        Map<EliminationStep, Deadline> rules = new java.util.LinkedHashMap<>(Map.of(EliminationStep.HOME_CHECK, new Deadline(2, true)));
        for (EliminationStep s : List.of(EliminationStep.DEMOCRATIC_REVIEW, EliminationStep.PUBLICITY, EliminationStep.TOWNSHIP_REVIEW,
                EliminationStep.COUNTY_APPROVAL, EliminationStep.ANNOUNCEMENT)) {
            rules.put(s, new Deadline(3, false));
        }
        var report = new EliminationDeadlines(rules, calendar, clock).report(c);
        assertThat(report.next().step()).isEqualTo(EliminationStep.HOME_CHECK);
        assertThat(report.next().due()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(report.dueState()).isEqualTo(EliminationDeadlines.DueState.OK);
        clock.plusDays(4);
        assertThat(new EliminationDeadlines(rules, calendar, clock).report(c).dueState()).isEqualTo(EliminationDeadlines.DueState.DUE_SOON);
        clock.plusDays(1);
        assertThat(new EliminationDeadlines(rules, calendar, clock).report(c).dueState()).isEqualTo(EliminationDeadlines.DueState.OVERDUE);
    }

    @Test
    void rollbackNeedsAnEliminatedHouseholdAndTheCountysDecision() {
        assertThat(code(() -> StatusRequest.request(1, "v", RequestKind.ROLLBACK, RequestReason.UNSTABLE, "收入不稳", "文号1",
                MonitoringStatus.RISK_ACTIVE, null, clerk, clock))).isEqualTo("NOT_ELIMINATED");
        assertThat(code(() -> StatusRequest.request(1, "v", RequestKind.ROLLBACK, RequestReason.WRONG_ENTRY, "x", "文号1",
                MonitoringStatus.RISK_ELIMINATED, null, clerk, clock))).isEqualTo("REASON_INVALID");
        assertThat(code(() -> StatusRequest.request(1, "v", RequestKind.ROLLBACK, RequestReason.UNSTABLE, " ", "文号1",
                MonitoringStatus.RISK_ELIMINATED, null, clerk, clock))).isEqualTo("REASONS_REQUIRED");
        StatusRequest r = StatusRequest.request(1, "v", RequestKind.ROLLBACK, RequestReason.UNSTABLE, "务工中断，收入不稳",
                "东村〔2026〕3号", MonitoringStatus.RISK_ELIMINATED, MonitoringCategory.UNSTABLE, clerk, clock);
        assertThat(code(() -> r.decide(township, true, "同意", MonitoringStatus.RISK_ELIMINATED))).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(code(() -> r.decide(county, true, "同意", MonitoringStatus.RISK_ACTIVE))).isEqualTo("STATUS_CHANGED");
        r.decide(county, true, "同意回退", MonitoringStatus.RISK_ELIMINATED);
        assertThat(r.state()).isEqualTo(RequestState.APPROVED);
        assertThat(r.statusAfter()).isEqualTo(MonitoringStatus.RISK_ACTIVE);
        assertThat(r.categoryAfter()).isEqualTo(MonitoringCategory.UNSTABLE);
        assertThat(r.steps()).extracting(Transition::after).containsExactly("REQUESTED", "APPROVED");
        assertThat(code(() -> r.decide(county, false, "再议", MonitoringStatus.RISK_ACTIVE))).isEqualTo("REQUEST_DECIDED");
    }

    @Test
    void removalClearsTheCategory() {
        StatusRequest r = StatusRequest.request(1, "v", RequestKind.REMOVAL, RequestReason.DISQUALIFYING_ASSETS, "比对发现商品房两套",
                "县比对函", MonitoringStatus.RISK_ACTIVE, MonitoringCategory.MARGINAL, township, clock);
        r.decide(county, true, "同意清退", MonitoringStatus.RISK_ACTIVE);
        assertThat(r.statusAfter()).isEqualTo(MonitoringStatus.REMOVED);
        assertThat(r.categoryAfter()).isNull();
        assertThat(code(() -> StatusRequest.request(1, "v", RequestKind.REMOVAL, RequestReason.OTHER, "x", "y",
                MonitoringStatus.NOT_MONITORED, null, clerk, clock))).isEqualTo("NOT_MONITORED");
    }
}
