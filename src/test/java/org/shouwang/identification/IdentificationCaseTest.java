package org.shouwang.identification;

import org.shouwang.shared.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.identification.IdentificationCase.Actor;
import org.shouwang.identification.StepData.Attendee;
import org.shouwang.identification.StepData.AttendeeRole;
import org.shouwang.identification.StepData.MeetingType;
import org.shouwang.registry.MonitoringCategory;

/** The case walks its steps in order, by the right roles, and says why it refuses anything else. */
class IdentificationCaseTest {

    static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, MovableClock.SHANGHAI);
    final MovableClock clock = new MovableClock(MONDAY);
    final Actor clerk = new Actor("t-clerk1", Role.VILLAGE_CLERK);
    final Actor township = new Actor("t-township", Role.TOWNSHIP_REVIEWER);
    final Actor county = new Actor("t-admin", Role.COUNTY_ADMIN);
    final Actor grid = new Actor("t-grid1", Role.GRID_WORKER);

    IdentificationCase fresh() {
        return IdentificationCase.open(7L, "349999001001", 3L, MonitoringCategory.MARGINAL, clerk, "线索启动", clock, 5);
    }

    static List<Attendee> fullMeeting() {
        return List.of(new Attendee("张组长", AttendeeRole.GROUP_LEADER), new Attendee("李网格", AttendeeRole.GRID_WORKER),
                new Attendee("王书记", AttendeeRole.VILLAGE_CADRE), new Attendee("赵代表", AttendeeRole.REPRESENTATIVE));
    }

    static StepData.DemocraticReview review(int votesFor, int votesAgainst) {
        return new StepData.DemocraticReview(MeetingType.REPRESENTATIVES_MEETING, fullMeeting(), votesFor, votesAgainst, "同意纳入");
    }

    static StepData.DataComparison compared() {
        return new StepData.DataComparison("无车辆", "无商品房", "无工商注册", "无财政供养人员", null, false, null);
    }

    /** Up to and including the democratic review, on Monday. */
    IdentificationCase reviewed() {
        var c = fresh();
        c.recordApplication(clerk, new StepData.Application(true, true, "承诺授权书扫描件"), null);
        c.recordHomeCheck(clerk, new StepData.HomeCheck("户主住院，家庭收入骤减"), null);
        c.recordDemocraticReview(clerk, review(4, 0), null);
        return c;
    }

    /** Publicity 11-02..11-07 and comparison, recorded on Saturday 11-07. */
    IdentificationCase publicized() {
        var c = reviewed();
        c.recordDataComparison(clerk, compared(), null);
        clock.plusDays(5);
        c.recordPublicity(clerk, new StepData.Publicity(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 7), "无异议"), null);
        return c;
    }

    IdentificationCase townshipApproved() {
        var c = publicized();
        c.recordTownshipReview(township, new StepData.Review(true, "同意"), null);
        return c;
    }

    static void refused(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(Refused.class).extracting(e -> ((Refused) e).code()).isEqualTo(code);
    }

    @Test
    void theWholePathRecordsEveryTransitionAndEndsAnnounced() {
        var c = townshipApproved();
        clock.plusDays(1);
        c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意纳入", "SUDDEN", "因病致贫，突发严重困难",
                List.of("ILLNESS", "MEDICAL_EXPENSE")), "审定");
        c.announce(county, "已在村公告栏公告");
        assertThat(c.state()).isEqualTo(CaseState.ANNOUNCED);
        assertThat(c.category()).isEqualTo(MonitoringCategory.SUDDEN);
        assertThat(c.riskTypes()).containsExactly("ILLNESS", "MEDICAL_EXPENSE");
        assertThat(c.steps()).extracting(StepRecord::step).containsExactly(CaseStep.OPEN, CaseStep.APPLICATION,
                CaseStep.HOME_CHECK, CaseStep.DEMOCRATIC_REVIEW, CaseStep.DATA_COMPARISON, CaseStep.PUBLICITY,
                CaseStep.TOWNSHIP_REVIEW, CaseStep.COUNTY_APPROVAL, CaseStep.ANNOUNCEMENT);
        assertThat(c.steps()).extracting(StepRecord::after).containsExactly(CaseState.OPENED, CaseState.APPLIED,
                CaseState.HOME_CHECKED, CaseState.REVIEWED, CaseState.REVIEWED, CaseState.PUBLICIZED,
                CaseState.TOWNSHIP_APPROVED, CaseState.COUNTY_APPROVED, CaseState.ANNOUNCED);
        StepRecord approval = c.steps().get(7);
        assertThat(approval.actor()).isEqualTo("t-admin");
        assertThat(approval.role()).isEqualTo(Role.COUNTY_ADMIN);
        assertThat(approval.before()).isEqualTo(CaseState.TOWNSHIP_APPROVED);
        assertThat(approval.comment()).isEqualTo("审定");
        assertThat(approval.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(approval.details()).containsEntry("categoryReason", "因病致贫，突发严重困难").containsEntry("suggestedCategory", "MARGINAL");
        assertThat(c.doneOn(CaseStep.PUBLICITY)).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(c.steps().get(3).details()).containsEntry("meetingTypeLabel", "村民代表会议").containsEntry("votesFor", 4);
    }

    @Test
    void stepsOutOfOrderOrRepeatedOrAfterTheEndAreRefused() {
        var c = fresh();
        refused("STEP_OUT_OF_ORDER", () -> c.recordHomeCheck(clerk, new StepData.HomeCheck("x"), null));
        refused("STEP_OUT_OF_ORDER", () -> c.recordDataComparison(clerk, compared(), null));
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        assertThatThrownBy(() -> c.recordDemocraticReview(clerk, review(3, 0), null)).hasMessage("须先完成入户核查");
        refused("STEP_ALREADY_DONE", () -> c.recordApplication(clerk, new StepData.Application(true, true, null), null));
        var r = reviewed();
        refused("STEP_OUT_OF_ORDER", () -> r.recordTownshipReview(township, new StepData.Review(true, "同意"), null));
        refused("STEP_OUT_OF_ORDER", () -> r.announce(county, null));
        r.recordDataComparison(clerk, compared(), null);
        refused("STEP_ALREADY_DONE", () -> r.recordDataComparison(clerk, compared(), null));
        var p = publicized();
        p.recordTownshipReview(township, new StepData.Review(false, "收入核实高于监测范围"), null);
        assertThat(p.state()).isEqualTo(CaseState.NOT_INCLUDED);
        assertThat(p.outcomeReason()).isEqualTo("乡镇审核未通过：收入核实高于监测范围");
        refused("CASE_CLOSED", () -> p.recordCountyApproval(county, new StepData.CountyApproval(true, "x", "MARGINAL", null, List.of("ILLNESS")), null));
    }

    @Test
    void eachStepOnlyByTheRolesAllowedToTakeIt() {
        var c = fresh();
        refused("ROLE_NOT_ALLOWED", () -> c.recordApplication(grid, new StepData.Application(true, true, null), null));
        refused("ROLE_NOT_ALLOWED", () -> c.recordApplication(new Actor("x", Role.INSPECTOR), new StepData.Application(true, true, null), null));
        refused("ROLE_NOT_ALLOWED", () -> c.recordApplication(null, new StepData.Application(true, true, null), null));
        c.recordApplication(township, new StepData.Application(true, true, null), null);
        var p = publicized();
        refused("ROLE_NOT_ALLOWED", () -> p.recordTownshipReview(clerk, new StepData.Review(true, "同意"), null));
        assertThatThrownBy(() -> p.recordTownshipReview(clerk, new StepData.Review(true, "同意"), null))
                .matches(e -> ((Refused) e).roleRefusal()).hasMessageContaining("村级经办员");
        p.recordTownshipReview(new Actor("r", Role.COUNTY_REVIEWER), new StepData.Review(true, "同意"), null);
        var approval = new StepData.CountyApproval(true, "同意", "MARGINAL", null, List.of("ILLNESS"));
        refused("ROLE_NOT_ALLOWED", () -> p.recordCountyApproval(township, approval, null));
        refused("ROLE_NOT_ALLOWED", () -> p.recordCountyApproval(clerk, approval, null));
        p.recordCountyApproval(new Actor("r", Role.COUNTY_REVIEWER), approval, null);
        refused("ROLE_NOT_ALLOWED", () -> p.announce(township, null));
    }

    @Test
    void applicationNeedsBothSignaturesAndHomeCheckItsFindings() {
        var c = fresh();
        refused("COMMITMENT_MISSING", () -> c.recordApplication(clerk, new StepData.Application(false, true, null), null));
        refused("COMMITMENT_MISSING", () -> c.recordApplication(clerk, null, null));
        refused("AUTHORISATION_MISSING", () -> c.recordApplication(clerk, new StepData.Application(true, false, null), null));
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        refused("FINDINGS_REQUIRED", () -> c.recordHomeCheck(clerk, new StepData.HomeCheck("  "), null));
        refused("FINDINGS_REQUIRED", () -> c.recordHomeCheck(clerk, null, null));
        assertThat(c.state()).isEqualTo(CaseState.APPLIED);
    }

    @Test
    void theReviewNeedsItsMeetingAttendeesVotesAndMinutes() {
        var c = fresh();
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        c.recordHomeCheck(clerk, new StepData.HomeCheck("核实"), null);
        var leaderOnly = List.of(new Attendee("张组长", AttendeeRole.GROUP_LEADER), new Attendee("王", AttendeeRole.VILLAGE_CADRE));
        var gridOnly = List.of(new Attendee("李网格", AttendeeRole.GRID_WORKER), new Attendee("王", AttendeeRole.VILLAGE_CADRE));
        MeetingType m = MeetingType.VILLAGERS_MEETING;
        refused("MEETING_TYPE_REQUIRED", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(null, fullMeeting(), 3, 0, "x"), null));
        refused("ATTENDEES_MISSING_GRID_WORKER", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, leaderOnly, 2, 0, "x"), null));
        refused("ATTENDEES_MISSING_GROUP_LEADER", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, gridOnly, 2, 0, "x"), null));
        refused("ATTENDEES_MISSING_GROUP_LEADER", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, null, 2, 0, "x"), null));
        refused("ATTENDEE_INVALID", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m,
                List.of(new Attendee(" ", AttendeeRole.GRID_WORKER)), 1, 0, "x"), null));
        refused("VOTES_INVALID", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, fullMeeting(), 0, 0, "x"), null));
        refused("VOTES_INVALID", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, fullMeeting(), -1, 3, "x"), null));
        refused("VOTES_INVALID", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, fullMeeting(), 5, 0, "x"), null));
        refused("VOTES_INVALID", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, fullMeeting(), null, 0, "x"), null));
        refused("MINUTES_REQUIRED", () -> c.recordDemocraticReview(clerk, new StepData.DemocraticReview(m, fullMeeting(), 3, 1, ""), null));
        assertThat(c.state()).isEqualTo(CaseState.HOME_CHECKED);
        c.recordDemocraticReview(clerk, review(2, 2), null);
        assertThat(c.state()).isEqualTo(CaseState.NOT_INCLUDED);
        assertThat(c.outcomeReason()).contains("民主评议未通过");
    }

    @Test
    void publicityLastsTheProfilesDaysAfterTheReviewAndIsRecordedWhenOver() {
        var c = reviewed();
        clock.plusDays(10);
        LocalDate monday = LocalDate.of(2026, 11, 2);
        refused("PUBLICITY_DATES_REQUIRED", () -> c.recordPublicity(clerk, new StepData.Publicity(monday, null, null), null));
        refused("PUBLICITY_DATES_REQUIRED", () -> c.recordPublicity(clerk, null, null));
        refused("PUBLICITY_BEFORE_REVIEW", () -> c.recordPublicity(clerk, new StepData.Publicity(monday.minusDays(1), monday.plusDays(6), null), null));
        refused("PUBLICITY_TOO_SHORT", () -> c.recordPublicity(clerk, new StepData.Publicity(monday, monday.plusDays(4), null), null));
        refused("PUBLICITY_TOO_SHORT", () -> c.recordPublicity(clerk, new StepData.Publicity(monday.plusDays(3), monday, null), null));
        assertThatThrownBy(() -> c.recordPublicity(clerk, new StepData.Publicity(monday, monday.plusDays(4), null), null))
                .hasMessage("公示时间不少于 5 天");
        refused("PUBLICITY_NOT_OVER", () -> c.recordPublicity(clerk, new StepData.Publicity(monday.plusDays(6), monday.plusDays(11), null), null));
        c.recordPublicity(clerk, new StepData.Publicity(monday, monday.plusDays(5), "一条异议，经核实不成立"), null);
        assertThat(c.state()).isEqualTo(CaseState.PUBLICIZED);
    }

    @Test
    void comparisonIsCompleteOrAnExemptDibaoHouseholdComparedWithinHalfAYear() {
        var c = reviewed();
        refused("COMPARISON_INCOMPLETE", () -> c.recordDataComparison(clerk, null, null));
        refused("COMPARISON_INCOMPLETE", () -> c.recordDataComparison(clerk,
                new StepData.DataComparison("无", "无", null, "无", null, false, null), null));
        refused("DIBAO_COMPARISON_TOO_OLD", () -> c.recordDataComparison(clerk,
                new StepData.DataComparison(null, null, null, null, null, true, null), null));
        refused("DIBAO_COMPARISON_TOO_OLD", () -> c.recordDataComparison(clerk,
                new StepData.DataComparison(null, null, null, null, null, true, LocalDate.of(2026, 4, 30)), null));
        refused("DIBAO_COMPARISON_TOO_OLD", () -> c.recordDataComparison(clerk,
                new StepData.DataComparison(null, null, null, null, null, true, LocalDate.of(2026, 12, 1)), null));
        c.recordDataComparison(clerk, new StepData.DataComparison(null, null, null, null, null, true, LocalDate.of(2026, 6, 1)), null);
        assertThat(c.comparisonDone()).isTrue();
        assertThat(c.state()).isEqualTo(CaseState.REVIEWED);
    }

    @Test
    void theTownshipWaitsForComparisonAndGivesADecisionWithAnOpinion() {
        var c = reviewed();
        clock.plusDays(6);
        c.recordPublicity(clerk, new StepData.Publicity(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 7), null), null);
        refused("COMPARISON_PENDING", () -> c.recordTownshipReview(township, new StepData.Review(true, "同意"), null));
        c.recordDataComparison(clerk, compared(), null);
        refused("DECISION_REQUIRED", () -> c.recordTownshipReview(township, new StepData.Review(null, "同意"), null));
        refused("DECISION_REQUIRED", () -> c.recordTownshipReview(township, null, null));
        refused("OPINION_REQUIRED", () -> c.recordTownshipReview(township, new StepData.Review(true, " "), null));
        c.recordTownshipReview(township, new StepData.Review(true, "同意"), null);
        assertThat(c.state()).isEqualTo(CaseState.TOWNSHIP_APPROVED);
    }

    @Test
    void theCountyChoosesACategoryWithAReasonWhenItDiffersAndAtMostFiveRiskTypes() {
        var c = townshipApproved();
        refused("CATEGORY_REQUIRED", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", null, null, List.of("ILLNESS")), null));
        refused("CATEGORY_UNKNOWN", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "POOR'; drop table x", null, List.of("ILLNESS")), null));
        refused("CATEGORY_REASON_REQUIRED", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "UNSTABLE", " ", List.of("ILLNESS")), null));
        refused("RISK_TYPES_REQUIRED", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null, List.of()), null));
        refused("RISK_TYPES_REQUIRED", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null, null), null));
        refused("RISK_TYPE_INVALID", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null, List.of("<script>")), null));
        refused("RISK_TYPE_DUPLICATE", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null, List.of("ILLNESS", "ILLNESS")), null));
        refused("RISK_TYPES_TOO_MANY", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null,
                List.of("ILLNESS", "DISABILITY", "SCHOOLING", "DISASTER", "ACCIDENT", "UNEMPLOYMENT")), null));
        refused("OPINION_REQUIRED", () -> c.recordCountyApproval(county, new StepData.CountyApproval(true, null, "MARGINAL", null, List.of("ILLNESS")), null));
        assertThat(c.state()).isEqualTo(CaseState.TOWNSHIP_APPROVED);
        c.recordCountyApproval(county, new StepData.CountyApproval(true, "同意", "MARGINAL", null,
                List.of("ILLNESS", "DISABILITY", "SCHOOLING", "DISASTER", "ACCIDENT")), null);
        assertThat(c.category()).isEqualTo(MonitoringCategory.MARGINAL);
        assertThat(c.riskTypes()).hasSize(5);
    }

    @Test
    void aCountyRejectionEndsTheCaseNotIncluded() {
        var c = townshipApproved();
        c.recordCountyApproval(county, new StepData.CountyApproval(false, "家庭有财政供养人员", null, null, null), null);
        assertThat(c.state()).isEqualTo(CaseState.NOT_INCLUDED);
        assertThat(c.outcomeReason()).isEqualTo("县级审定未通过：家庭有财政供养人员");
        refused("CASE_CLOSED", () -> c.announce(county, null));
    }
}
