package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A visit that passed {@link VisitRules}: what gets stored. */
record VisitEntry(VisitMode mode, LocalDate visitDate, boolean householdReached, String findings, IncomeChange incomeChange,
        BigDecimal incomeChangeAmount, Set<GuaranteeGap> guaranteeGaps, Set<RiskType> riskTypes, boolean raiseClue,
        String clueReason, Long correctsVisitId) {

    /**
     * Whether the visit is a risk clue. A 三保障/饮水 problem or a sharp income fall is one whatever the visitor ticked
     * ([004]: 干部走访排查 is a discovery channel, and DOMAIN.md 4.4 makes both blockers of a secure household);
     * otherwise only the visitor's own "发现风险" switch raises one.
     */
    boolean raisesClue() {
        return raiseClue || !guaranteeGaps.isEmpty() || incomeChange == IncomeChange.SHARP_FALL;
    }

    /** What the visitor found, in Chinese, for the clue's reason; empty when only the visitor's statement says why. */
    List<String> findingsForClue() {
        List<String> found = new ArrayList<>();
        if (!guaranteeGaps.isEmpty()) {
            found.add(labels(guaranteeGaps));
        }
        if (incomeChange == IncomeChange.SHARP_FALL) {
            found.add(incomeChangeAmount == null ? "收入明显下降"
                    : "收入明显下降（估计年收入减少 " + incomeChangeAmount.toPlainString() + " 元）");
        }
        if (!riskTypes.isEmpty()) {
            found.add("风险类型：" + labels(riskTypes));
        }
        return found;
    }

    static String labels(Set<? extends org.shouwang.shared.Labelled> values) {
        return values.stream().map(org.shouwang.shared.Labelled::label).collect(Collectors.joining("、"));
    }
}
