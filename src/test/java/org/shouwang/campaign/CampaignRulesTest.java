package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.Violation;

/** Plan 003's assignment rule, phase statuses, the pace against the screening deadline, and the draft's checks. */
class CampaignRulesTest {

    static final LocalDate START = LocalDate.of(2023, 5, 11);
    static final LocalDate DUE = LocalDate.of(2023, 5, 20);

    @Test
    void formerlyPoorAndMonitoredHouseholdsGoToTheirContactPersonEvenWithADeclaration() {
        assertThat(AssignmentRules.ruleFor("POVERTY_ALLEVIATED", "NOT_MONITORED", false, false)).isEqualTo(AssignRule.CONTACT_PERSON);
        assertThat(AssignmentRules.ruleFor("ORDINARY", "MONITORED_RISK_ACTIVE", true, true)).isEqualTo(AssignRule.CONTACT_PERSON);
        assertThat(AssignmentRules.ruleFor("ORDINARY", "RISK_ELIMINATED", false, false)).isEqualTo(AssignRule.CONTACT_PERSON);
    }

    @Test
    void declaredWarnedPetitionAndFlaggedOrdinaryHouseholdsGoToTheWorkTeam() {
        assertThat(AssignmentRules.ruleFor("ORDINARY", "NOT_MONITORED", true, false)).isEqualTo(AssignRule.WORK_TEAM);
        assertThat(AssignmentRules.ruleFor("ORDINARY", "NOT_MONITORED", false, true)).isEqualTo(AssignRule.WORK_TEAM);
        assertThat(AssignmentRules.ruleFor("ORDINARY", "NOT_MONITORED", false, false)).isEqualTo(AssignRule.VILLAGE);
        assertThat(AssignmentRules.ruleFor("ORDINARY", null, false, false)).isEqualTo(AssignRule.VILLAGE);
    }

    @Test
    void phasesArePastCurrentOrUpcomingAndScreeningSetsTheDeadline() {
        List<Phase> jinzhai = List.of(new Phase(1, PhaseKind.TRAINING, "培训", LocalDate.of(2023, 5, 10)),
                new Phase(2, PhaseKind.SCREENING, "排查", DUE),
                new Phase(3, PhaseKind.RECTIFICATION, "整改", LocalDate.of(2023, 6, 10)));
        assertThat(Phase.statuses(jinzhai, LocalDate.of(2023, 5, 15)))
                .containsExactly(Phase.Status.PAST, Phase.Status.CURRENT, Phase.Status.UPCOMING);
        // the deadline day itself still belongs to the phase
        assertThat(Phase.statuses(jinzhai, DUE)[1]).isEqualTo(Phase.Status.CURRENT);
        assertThat(Phase.statuses(jinzhai, LocalDate.of(2023, 7, 1)))
                .containsOnly(Phase.Status.PAST);
        assertThat(Phase.screeningDue(jinzhai)).isEqualTo(DUE);
        assertThat(Phase.screeningDue(List.of(jinzhai.get(0), jinzhai.get(2)))).isEqualTo(LocalDate.of(2023, 6, 10));
        assertThat(Phase.screeningDue(List.of())).isNull();
    }

    @Test
    void aRegionIsOnTrackWhenItScreenedAtLeastTheEvenShareOfTheDaysGone() {
        // 10 days from 05-11 to 05-20; on 05-16 five days are gone, so 50 of 100 are expected
        assertThat(ProgressPace.of(100, 50, START, DUE, LocalDate.of(2023, 5, 16)).pace()).isEqualTo(ProgressPace.Pace.ON_TRACK);
        ProgressPace behind = ProgressPace.of(100, 49, START, DUE, LocalDate.of(2023, 5, 16));
        assertThat(behind.pace()).isEqualTo(ProgressPace.Pace.BEHIND);
        assertThat(behind.reason()).contains("应至少 50 户").contains("落后 1 户");
        // nobody is behind on the first day
        assertThat(ProgressPace.of(100, 0, START, DUE, START).pace()).isEqualTo(ProgressPace.Pace.ON_TRACK);
    }

    @Test
    void pastTheDeadlineAnyUnscreenedHouseholdIsBehindAndAllScreenedIsDone() {
        ProgressPace late = ProgressPace.of(100, 99, START, DUE, DUE.plusDays(1));
        assertThat(late.pace()).isEqualTo(ProgressPace.Pace.BEHIND);
        assertThat(late.reason()).contains("2023-05-20").contains("1 户未排查");
        assertThat(ProgressPace.of(100, 100, START, DUE, DUE.plusDays(30)).pace()).isEqualTo(ProgressPace.Pace.DONE);
        assertThat(ProgressPace.of(0, 0, START, DUE, START).pace()).isEqualTo(ProgressPace.Pace.DONE);
        assertThat(ProgressPace.of(10, 0, null, DUE, START).pace()).isEqualTo(ProgressPace.Pace.NOT_STARTED);
    }

    @Test
    void aDraftListsEveryMistakeAtOnce() {
        var phases = java.util.Arrays.asList(new CampaignDraft.PhaseDraft("SCREENING", "排查", DUE),
                new CampaignDraft.PhaseDraft("NONSENSE", "", DUE.minusDays(1)), null);
        List<Violation> v = new CampaignDraft(" ", 1999, "3499", null, DUE, null, phases, null).violations();
        assertThat(v).extracting(Violation::code).containsExactlyInAnyOrder("REQUIRED", "BAD_YEAR", "BAD_REGION",
                "REQUIRED", "INCOME_WINDOW_INCOMPLETE", "BAD_PHASE_KIND", "REQUIRED", "PHASES_OUT_OF_ORDER", "REQUIRED");
        assertThat(new CampaignDraft("名\u0007称", 2023, "349999000000", DUE, null, null, phases.subList(0, 1), null)
                .violations()).extracting(Violation::code).containsExactly("CONTROL_CHARACTERS");
        assertThat(new CampaignDraft("x".repeat(101), 2023, "349999000000", DUE, DUE, START, List.of(), null)
                .violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("TOO_LONG", "INCOME_WINDOW_REVERSED", "PHASES_REQUIRED");
    }
}
