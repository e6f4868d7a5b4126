package org.shouwang.identification;

import org.shouwang.shared.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.identification.IdentificationCaseTest.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.identification.IdentificationCase.Actor;
import org.shouwang.identification.StepData.GreenChannel;
import org.shouwang.identification.StepData.InformMethod;
import org.shouwang.identification.StepData.Informing;
import org.shouwang.policy.CalendarDay;
import org.shouwang.policy.WorkingDayCalendar;

/** 绿色通道 opens only for disaster, illness or accident with the facts written down; the not-included are told once. */
class GreenChannelAndInformingTest {

    final IdentificationCaseTest walk = new IdentificationCaseTest();
    final Actor clerk = walk.clerk;
    final Actor grid = walk.grid;

    @Test
    void aClerkOpensTheGreenChannelForAnIllnessWithItsFactsAndTheStateStays() {
        var c = walk.fresh();
        c.openGreenChannel(clerk, new GreenChannel(List.of("ILLNESS", "ILLNESS", " ACCIDENT "), "  户主 11 月 10 日车祸住院，自付 3.2 万元 "), "先帮扶");
        assertThat(c.greenChannel()).isTrue();
        assertThat(c.greenChannelReason()).isEqualTo("户主 11 月 10 日车祸住院，自付 3.2 万元");
        assertThat(c.state()).isEqualTo(CaseState.OPENED);
        StepRecord last = c.lastStep();
        assertThat(last.step()).isEqualTo(CaseStep.GREEN_CHANNEL);
        assertThat(last.before()).isEqualTo(CaseState.OPENED);
        assertThat(last.after()).isEqualTo(CaseState.OPENED);
        assertThat(last.details()).containsEntry("riskTypes", List.of("ILLNESS", "ACCIDENT"));
        // the procedure still has to be completed: the next step is still the application
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        assertThat(c.state()).isEqualTo(CaseState.APPLIED);
        refused("GREEN_CHANNEL_ALREADY_OPEN", () -> c.openGreenChannel(clerk, new GreenChannel(List.of("DISASTER"), "洪水"), null));
    }

    @Test
    void theGreenChannelIsRefusedWithoutEligibleRiskOrFactsOrByTheWrongRoleOrTooLate() {
        var c = walk.fresh();
        refused("GREEN_CHANNEL_NOT_ELIGIBLE", () -> c.openGreenChannel(clerk, new GreenChannel(List.of("EDUCATION"), "子女上学"), null));
        refused("GREEN_CHANNEL_NOT_ELIGIBLE", () -> c.openGreenChannel(clerk, new GreenChannel(List.of("ILLNESS", "LABOUR_SHORTAGE"), "住院"), null));
        refused("GREEN_CHANNEL_RISK_REQUIRED", () -> c.openGreenChannel(clerk, new GreenChannel(List.of(), "住院"), null));
        refused("GREEN_CHANNEL_RISK_REQUIRED", () -> c.openGreenChannel(clerk, null, null));
        refused("GREEN_CHANNEL_REASON_REQUIRED", () -> c.openGreenChannel(clerk, new GreenChannel(List.of("DISASTER"), "   "), null));
        refused("TEXT_TOO_LONG", () -> c.openGreenChannel(clerk, new GreenChannel(List.of("DISASTER"), "灾".repeat(501)), null));
        assertThatRole(() -> c.openGreenChannel(grid, new GreenChannel(List.of("DISASTER"), "房屋倒塌"), null));
        assertThat(c.greenChannel()).isFalse();

        var approved = walk.townshipApproved();
        approved.recordCountyApproval(walk.county, new StepData.CountyApproval(true, "同意", "MARGINAL", null, List.of("ILLNESS")), null);
        refused("GREEN_CHANNEL_TOO_LATE", () -> approved.openGreenChannel(clerk, new GreenChannel(List.of("ILLNESS"), "住院"), null));
        // before the county's decision it is still allowed, by the township too
        var township = new IdentificationCaseTest().townshipApproved();
        township.openGreenChannel(walk.township, new GreenChannel(List.of("DISASTER"), "冰雹毁坏全部大棚"), null);
        assertThat(township.greenChannel()).isTrue();
    }

    @Test
    void aCaseNotIncludedIsInformedOnceOnOrAfterItsEndAndNotInTheFuture() {
        var c = walk.reviewed();
        refused("INFORM_NOT_APPLICABLE", () -> c.informApplicant(clerk, new Informing(LocalDate.of(2026, 11, 2), InformMethod.PHONE, "王书记"), null));
        var rejected = walk.fresh();
        rejected.recordApplication(clerk, new StepData.Application(true, true, null), null);
        rejected.recordHomeCheck(clerk, new StepData.HomeCheck("收入稳定"), null);
        rejected.recordDemocraticReview(clerk, IdentificationCaseTest.review(0, 4), null);
        assertThat(rejected.state()).isEqualTo(CaseState.NOT_INCLUDED);
        assertThat(rejected.informPending()).isTrue();
        LocalDate monday = IdentificationCaseTest.MONDAY.toLocalDate();
        refused("INFORMED_ON_REQUIRED", () -> rejected.informApplicant(clerk, new Informing(null, InformMethod.PHONE, "王书记"), null));
        refused("INFORMED_BEFORE_DECISION", () -> rejected.informApplicant(clerk, new Informing(monday.minusDays(1), InformMethod.PHONE, "王书记"), null));
        refused("INFORMED_ON_IN_FUTURE", () -> rejected.informApplicant(clerk, new Informing(monday.plusDays(1), InformMethod.PHONE, "王书记"), null));
        refused("INFORM_METHOD_REQUIRED", () -> rejected.informApplicant(clerk, new Informing(monday, null, "王书记"), null));
        refused("INFORMED_BY_REQUIRED", () -> rejected.informApplicant(clerk, new Informing(monday, InformMethod.PHONE, " "), null));
        refused("INFORMED_BY_REQUIRED", () -> rejected.informApplicant(clerk, new Informing(monday, InformMethod.PHONE, "王".repeat(51)), null));
        assertThatRole(() -> rejected.informApplicant(grid, new Informing(monday, InformMethod.PHONE, "李网格"), null));

        walk.clock.plusDays(2);
        var closedAt = rejected.closedAt();
        rejected.informApplicant(clerk, new Informing(monday.plusDays(1), InformMethod.WRITTEN, " 王书记 "), "送达不予纳入告知书");
        assertThat(rejected.informPending()).isFalse();
        assertThat(rejected.state()).isEqualTo(CaseState.NOT_INCLUDED);
        assertThat(rejected.closedAt()).as("informing does not move the end").isEqualTo(closedAt);
        assertThat(rejected.lastStep().details()).containsEntry("informedOn", "2026-11-03").containsEntry("method", "WRITTEN")
                .containsEntry("methodLabel", "书面").containsEntry("informedBy", "王书记");
        refused("STEP_ALREADY_DONE", () -> rejected.informApplicant(clerk, new Informing(monday.plusDays(2), InformMethod.PHONE, "王书记"), null));
        refused("CASE_CLOSED", () -> rejected.openGreenChannel(clerk, new GreenChannel(List.of("ILLNESS"), "住院"), null));
    }

    @Test
    void theSweepCallsACaseOverdueWhenAStepIsLateAndDueSoonTheDayBefore() {
        var c = walk.fresh();
        c.recordApplication(clerk, new StepData.Application(true, true, null), null);
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.<CalendarDay>of());
        DeadlineRules rules = DeadlineRules.from(new org.shouwang.policy.PolicyProfile("349999000000", LocalDate.of(2026, 1, 1),
                List.of(), new org.shouwang.policy.ProfileParameters(null, null, null, null, null, null, null, null, null, null, null),
                java.util.Map.of(), List.of()));
        CaseSweep.Due due = CaseSweep.due(new CaseDeadlines(rules, calendar, walk.clock).report(c), calendar);
        assertThat(due.nextDueStep()).isEqualTo(CaseStep.HOME_CHECK);
        assertThat(due.nextDue()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(due.overallDue()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(due.state()).isEqualTo(CaseSweep.DueState.OK);
        walk.clock.plusDays(1);
        assertThat(CaseSweep.due(new CaseDeadlines(rules, calendar, walk.clock).report(c), calendar).state())
                .isEqualTo(CaseSweep.DueState.DUE_SOON);
        walk.clock.plusDays(2);
        assertThat(CaseSweep.due(new CaseDeadlines(rules, calendar, walk.clock).report(c), calendar).state())
                .isEqualTo(CaseSweep.DueState.OVERDUE);
    }

    private static void assertThatRole(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).roleRefusal()).isTrue())
                .extracting(e -> ((Refused) e).code()).isEqualTo("ROLE_NOT_ALLOWED");
    }
}
