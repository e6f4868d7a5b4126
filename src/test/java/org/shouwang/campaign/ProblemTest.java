package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.RegionCode;

/** The problem's state machine and who may rectify and review it. */
class ProblemTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String COUNTY = "349999000000";
    static final String TOWNSHIP = "349999001000";
    static final String VILLAGE = "349999001001";
    static final String OTHER_VILLAGE = "349999001002";

    static CurrentUser user(String name, Role role, String region) {
        return new CurrentUser(name, name, role, new RegionCode(region));
    }

    static final CurrentUser INSPECTOR = user("insp", Role.INSPECTOR, COUNTY);
    static final CurrentUser CLERK = user("clerk", Role.VILLAGE_CLERK, VILLAGE);
    static final CurrentUser OTHER_CLERK = user("clerk2", Role.VILLAGE_CLERK, OTHER_VILLAGE);
    static final CurrentUser GRID = user("grid", Role.GRID_WORKER, VILLAGE);
    static final CurrentUser TOWNSHIP_REVIEWER = user("town", Role.TOWNSHIP_REVIEWER, TOWNSHIP);
    static final CurrentUser COUNTY_ADMIN = user("admin", Role.COUNTY_ADMIN, COUNTY);
    static final CurrentUser COUNTY_ADMIN_2 = user("admin2", Role.COUNTY_ADMIN, COUNTY);

    static ProblemDraft draft(String region, LocalDate deadline) {
        return new ProblemDraft(null, "UNANNOUNCED_INSPECTION", "VISITS_INADEQUATE", "脱贫户走访记录缺失", region, null,
                "东村村委会", "张三", null, deadline, null);
    }

    static Problem villageProblem() {
        return stored(Problem.record(draft(VILLAGE, TODAY.plusDays(10)), VILLAGE, INSPECTOR, CLOCK));
    }

    /** As the store hands it back: with an id and no pending events. */
    static Problem stored(Problem p) {
        Problem.State s = p.state();
        return Problem.of(new Problem.State(7L, s.campaignId(), s.source(), s.category(), s.description(), s.regionCode(),
                s.householdId(), s.responsibleUnit(), s.responsiblePerson(), s.responsibleUsername(), s.deadline(),
                s.status(), s.measures(), s.evidence(), s.attachments(), s.foundOn(), s.recordedBy(), s.recordedAt(),
                s.closedOn(), s.reportedBy(), s.version()));
    }

    static RectificationReport report() {
        return new RectificationReport("补齐走访记录并建立月度走访台账", "走访记录表 12 份", List.of("走访记录.pdf", "照片1.jpg"));
    }

    @Test
    void aVillageProblemIsRectifiedByTheVillageAndClosedByItsTownship() {
        Problem p = villageProblem();
        assertThat(p.state().status()).isEqualTo(ProblemStatus.OPEN);
        p.act(ProblemAction.START, "已安排专人整改", null, CLERK, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.RECTIFYING);
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(p.state().attachments()).containsExactly("走访记录.pdf", "照片1.jpg");
        p.act(ProblemAction.CLOSE, "整改到位，同意销号", null, TOWNSHIP_REVIEWER, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(p.state().closedOn()).isEqualTo(TODAY);
        assertThat(p.pendingEvents()).extracting(ProblemEvent::action)
                .containsExactly(ProblemAction.START, ProblemAction.REPORT, ProblemAction.CLOSE);
        ProblemEvent reported = p.pendingEvents().get(1);
        assertThat(reported.before()).isEqualTo(ProblemStatus.RECTIFYING);
        assertThat(reported.after()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(reported.changes()).containsKeys("before", "after");
        assertThat(reported.actor()).isEqualTo("clerk");
    }

    @Test
    void aRefusedReviewSendsTheProblemBackWithItsReasons() {
        Problem p = villageProblem();
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        assertThatThrownBy(() -> p.act(ProblemAction.RETURN, " ", null, TOWNSHIP_REVIEWER, CLOCK))
                .isInstanceOf(ProblemRefused.class).extracting("code").isEqualTo("REASONS_REQUIRED");
        p.act(ProblemAction.RETURN, "佐证材料不全，缺少户主签字", null, TOWNSHIP_REVIEWER, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.RECTIFYING);
        assertThat(p.pendingEvents().get(1).comment()).isEqualTo("佐证材料不全，缺少户主签字");
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.SUBMITTED);
    }

    @Test
    void nobodySkipsTheReviewNorClosesTwice() {
        Problem p = villageProblem();
        assertThatThrownBy(() -> p.act(ProblemAction.CLOSE, null, null, TOWNSHIP_REVIEWER, CLOCK))
                .extracting("code").isEqualTo("STATUS_NOT_ALLOWED");
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        p.act(ProblemAction.CLOSE, null, null, TOWNSHIP_REVIEWER, CLOCK);
        assertThatThrownBy(() -> p.act(ProblemAction.CLOSE, null, null, TOWNSHIP_REVIEWER, CLOCK))
                .extracting("code").isEqualTo("STATUS_NOT_ALLOWED");
        assertThatThrownBy(() -> p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK))
                .extracting("code").isEqualTo("STATUS_NOT_ALLOWED");
        assertThatThrownBy(() -> p.act(ProblemAction.RECORD, null, null, CLERK, CLOCK))
                .extracting("code").isEqualTo("ACTION_UNKNOWN");
    }

    @Test
    void theCountyCannotCloseAVillageProblemAndTheVillageCannotCloseItsOwn() {
        Problem p = villageProblem();
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        for (CurrentUser u : List.of(CLERK, COUNTY_ADMIN, INSPECTOR, GRID)) {
            assertThatThrownBy(() -> p.act(ProblemAction.CLOSE, null, null, u, CLOCK))
                    .as(u.username()).isInstanceOf(ProblemRefused.class)
                    .satisfies(e -> assertThat(((ProblemRefused) e).roleRefusal()).isTrue())
                    .extracting("code").isEqualTo("NOT_REVIEWER");
        }
    }

    @Test
    void onlyTheResponsibleVillageReportsItsRectification() {
        Problem p = villageProblem();
        for (CurrentUser u : List.of(OTHER_CLERK, GRID, INSPECTOR, TOWNSHIP_REVIEWER)) {
            assertThatThrownBy(() -> p.act(ProblemAction.REPORT, null, report(), u, CLOCK))
                    .as(u.username()).extracting("code").isEqualTo("NOT_RESPONSIBLE");
        }
    }

    @Test
    void aNamedResponsibleAccountMayReportToo() {
        ProblemDraft d = new ProblemDraft(null, "CROSS_CHECK", "DATA_INACCURATE", "家庭人口与户籍不符", VILLAGE, null,
                "东村网格", null, "grid", TODAY, null);
        Problem p = stored(Problem.record(d, VILLAGE, COUNTY_ADMIN, CLOCK));
        p.act(ProblemAction.REPORT, null, report(), GRID, CLOCK);
        assertThat(p.state().reportedBy()).isEqualTo("grid");
    }

    @Test
    void aTownshipProblemIsClosedByTheCounty() {
        Problem p = stored(Problem.record(draft(TOWNSHIP, TODAY), TOWNSHIP, INSPECTOR, CLOCK));
        assertThatThrownBy(() -> p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK))
                .extracting("code").isEqualTo("NOT_RESPONSIBLE");
        p.act(ProblemAction.REPORT, null, report(), TOWNSHIP_REVIEWER, CLOCK);
        assertThatThrownBy(() -> p.act(ProblemAction.CLOSE, null, null, TOWNSHIP_REVIEWER, CLOCK))
                .extracting("code").isEqualTo("NOT_REVIEWER");
        p.act(ProblemAction.CLOSE, null, null, COUNTY_ADMIN, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.CLOSED);
    }

    @Test
    void aCountyProblemIsClosedByAnotherAdministratorThanTheReporter() {
        Problem p = stored(Problem.record(draft(COUNTY, TODAY), COUNTY, INSPECTOR, CLOCK));
        p.act(ProblemAction.REPORT, null, report(), COUNTY_ADMIN, CLOCK);
        assertThatThrownBy(() -> p.act(ProblemAction.CLOSE, null, null, COUNTY_ADMIN, CLOCK))
                .extracting("code").isEqualTo("NOT_REVIEWER");
        p.act(ProblemAction.CLOSE, null, null, COUNTY_ADMIN_2, CLOCK);
        assertThat(p.state().status()).isEqualTo(ProblemStatus.CLOSED);
    }

    @Test
    void villageStaffDoNotRecordProblems() {
        assertThatThrownBy(() -> Problem.record(draft(VILLAGE, TODAY), VILLAGE, CLERK, CLOCK))
                .isInstanceOf(ProblemRefused.class).extracting("code").isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void aDraftListsEveryBrokenRule() {
        ProblemDraft bad = new ProblemDraft(null, "CAMPAIGN", "NOPE", "x".repeat(2001), null, null, " ", "p".repeat(51),
                null, TODAY.minusDays(1), TODAY.plusDays(1));
        assertThat(bad.violations(TODAY)).extracting(v -> v.field() + ":" + v.code()).containsExactlyInAnyOrder(
                "campaignId:CAMPAIGN_REQUIRED", "category:CATEGORY_INVALID", "description:TOO_LONG",
                "regionCode:REGION_REQUIRED", "responsibleUnit:REQUIRED", "responsiblePerson:TOO_LONG",
                "deadline:DEADLINE_PAST", "foundOn:FOUND_IN_FUTURE", "deadline:DEADLINE_BEFORE_FOUND");
    }

    @Test
    void aReportNeedsMeasuresEvidenceAndSaneFileNames() {
        Problem p = villageProblem();
        var bad = new RectificationReport("", "佐证", List.of("a\u0000.pdf", "y".repeat(201)));
        assertThatThrownBy(() -> p.act(ProblemAction.REPORT, null, bad, CLERK, CLOCK))
                .isInstanceOfSatisfying(ProblemRefused.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly("REQUIRED", "CONTROL_CHARACTERS", "ATTACHMENT_TOO_LONG"));
        assertThat(p.state().status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(p.pendingEvents()).isEmpty();
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotClosed() {
        Problem p = villageProblem();
        assertThat(p.overdue(TODAY.plusDays(10))).isFalse();
        assertThat(p.overdue(TODAY.plusDays(11))).isTrue();
        p.act(ProblemAction.REPORT, null, report(), CLERK, CLOCK);
        p.act(ProblemAction.CLOSE, null, null, TOWNSHIP_REVIEWER, CLOCK);
        assertThat(p.overdue(TODAY.plusDays(11))).isFalse();
    }
}
