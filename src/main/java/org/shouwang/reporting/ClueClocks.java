package org.shouwang.reporting;

import java.time.LocalDate;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.reporting.internal.ComplianceQueries;
import org.shouwang.reporting.internal.DeadlineClock;

/**
 * "5天内发现、10天内处理、30天内帮扶" (seeds/001 二(一)), read from the day a clue was raised: found when the village
 * decided it or a case opened from it; handled when its case concluded, or at the decision when no case followed; helped
 * at the household's first measure, for clues whose case included the household or is still running. The days are the
 * profile steps CLUE_FIND, CLUE_HANDLE and CLUE_HELP (calendar days 5, 10 and 30 when a profile is silent).
 */
final class ClueClocks {

    private ClueClocks() {
    }

    static void judge(ComplianceQueries.ClueRow k, DeadlineClock clocks, ComplianceTally t, LocalDate today) {
        String region = k.regionCode();
        LocalDate raised = k.raisedOn();
        t.judge(ComplianceTally.FIND, earliest(k.decidedOn(), k.caseOpened()),
                clocks.due(region, raised, "CLUE_FIND", DeadlineClock.calendarDays(5)), today);
        LocalDate handled = k.caseState() != null ? k.caseClosed()
                : k.outcome() != null && !"START_IDENTIFICATION".equals(k.outcome()) ? k.decidedOn() : null;
        t.judge(ComplianceTally.HANDLE, handled, clocks.due(region, raised, "CLUE_HANDLE", DeadlineClock.calendarDays(10)),
                today);
        if (k.caseState() != null && !"NOT_INCLUDED".equals(k.caseState())) {
            t.judge(ComplianceTally.HELP, k.firstMeasure(),
                    clocks.due(region, raised, "CLUE_HELP", DeadlineClock.calendarDays(30)), today);
        }
    }

    static DeadlineCompliance.ClueDays days(PolicyProfile profile) {
        return new DeadlineCompliance.ClueDays(days(profile, "CLUE_FIND", 5), days(profile, "CLUE_HANDLE", 10),
                days(profile, "CLUE_HELP", 30));
    }

    private static int days(PolicyProfile profile, String step, int fallback) {
        Integer d = profile.step(step, DeadlineClock.calendarDays(fallback)).days();
        return d == null ? fallback : d;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
