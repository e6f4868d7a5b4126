package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.ProblemException;

class VisitRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    private static VisitDraft draft(String date, String income, BigDecimal amount, List<String> gaps, boolean clue, String reason) {
        return new VisitDraft("PHONE", date, true, "  电话联系，情况正常 ", income, amount, gaps, List.of("ILLNESS", "ILLNESS"), clue,
                reason, null);
    }

    private static List<String> codes(VisitDraft d) {
        try {
            VisitRules.check(d, TODAY, 90);
            return List.of();
        } catch (ProblemException e) {
            return e.violations().stream().map(v -> v.code()).toList();
        }
    }

    @Test
    void aVisitMayBeEnteredUpToTheConfiguredNumberOfDaysBackAndNotAfterToday() {
        assertThat(codes(draft("2025-12-31", null, null, null, false, null))).isEmpty();
        assertThat(codes(draft("2025-12-30", null, null, null, false, null))).containsExactly("VISIT_DATE_TOO_OLD");
        assertThat(codes(draft("2026-03-31", null, null, null, false, null))).isEmpty();
        assertThat(codes(draft("2026-04-01", null, null, null, false, null))).containsExactly("VISIT_DATE_FUTURE");
        assertThatThrownBy(() -> VisitRules.check(draft("2026-01-01", null, null, null, false, null), TODAY, 30))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anOrdinaryVisitRaisesNoClueAndItsTextIsTrimmedAndTypesDeduplicated() {
        VisitEntry e = VisitRules.check(draft("2026-03-30", null, null, null, false, "ignored"), TODAY, 90);
        assertThat(e.raisesClue()).isFalse();
        assertThat(e.findings()).isEqualTo("电话联系，情况正常");
        assertThat(e.incomeChange()).isEqualTo(IncomeChange.NONE);
        assertThat(e.riskTypes()).containsExactly(RiskType.ILLNESS);
        assertThat(e.clueReason()).isNull();
    }

    @Test
    void raisesClueOnAGuaranteeGapOrASharpIncomeFallWhateverTheSwitchSays() {
        VisitEntry gap = VisitRules.check(draft("2026-03-30", null, null, List.of("DRINKING_WATER", "HOUSING"), false, null), TODAY, 90);
        assertThat(gap.raisesClue()).isTrue();
        assertThat(VisitClue.reason(gap)).isEqualTo("走访发现：住房安全问题、饮水安全问题；风险类型：因病。");

        VisitEntry fall = VisitRules.check(draft("2026-03-30", "SHARP_FALL", new BigDecimal("3000"), null, true, "务工中断"), TODAY, 90);
        assertThat(fall.raisesClue()).isTrue();
        assertThat(VisitClue.reason(fall))
                .isEqualTo("走访发现：收入明显下降（估计年收入减少 3000.00 元）；风险类型：因病。走访人上报：务工中断");

        VisitEntry rise = VisitRules.check(draft("2026-03-30", "RISE", new BigDecimal("3000"), null, false, null), TODAY, 90);
        assertThat(rise.raisesClue()).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        VisitDraft bad = new VisitDraft("BIKE", "31/03/2026", null, "<b>x</b>", "DOWN", new BigDecimal("-1"),
                List.of("ROOF"), List.of(), true, " ", 0L);
        assertThat(codes(bad)).containsExactly("MODE_UNKNOWN", "VISIT_DATE_FORMAT", "REACHED_REQUIRED", "FINDINGS_CHARS",
                "INCOME_CHANGE_UNKNOWN", "AMOUNT_WITHOUT_CHANGE", "CODE_UNKNOWN", "CLUE_REASON_REQUIRED", "CORRECTS_INVALID");
        assertThat(codes(null)).contains("MODE_REQUIRED", "VISIT_DATE_REQUIRED", "FINDINGS_REQUIRED");
    }
}
