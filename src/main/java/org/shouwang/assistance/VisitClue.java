package org.shouwang.assistance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.springframework.stereotype.Component;

/** Turns a visit's findings into a signal of the 干部走访排查 channel in the clue inbox. */
@Component
class VisitClue {

    private final Clues clues;

    VisitClue(Clues clues) {
        this.clues = clues;
    }

    /** @return the open clue of the household that the signal joined (a new one, or the one already open) */
    long raise(long visitId, String village, long householdId, VisitEntry e, CurrentUser visitor) {
        String ref = "visit:" + visitId;
        String source = "走访 · " + visitor.displayName() + " · " + e.visitDate() + " · " + e.mode().label();
        return clues.raise(new ClueSignal(village, householdId, null, null, Channel.CADRE_VISIT, source, ref, null,
                reason(e), values(e), e.visitDate(), ref)).clueId();
    }

    static String reason(VisitEntry e) {
        List<String> found = e.findingsForClue();
        StringBuilder reason = new StringBuilder();
        if (!found.isEmpty()) {
            reason.append("走访发现：").append(String.join("；", found)).append("。");
        }
        if (e.raiseClue()) {
            reason.append("走访人上报：").append(e.clueReason());
        }
        return reason.toString();
    }

    /** Shown beside the reason: what the visitor recorded, in labels. */
    private static Map<String, Object> values(VisitEntry e) {
        Map<String, Object> v = new HashMap<>();
        v.put("走访方式", e.mode().label());
        v.put("见到本人或联系上", e.householdReached() ? "是" : "否");
        v.put("收入变化", e.incomeChange().label());
        if (e.incomeChangeAmount() != null) {
            v.put("估计年收入变化（元）", e.incomeChangeAmount());
        }
        if (!e.guaranteeGaps().isEmpty()) {
            v.put("三保障和饮水", VisitEntry.labels(e.guaranteeGaps()));
        }
        if (!e.riskTypes().isEmpty()) {
            v.put("风险类型", VisitEntry.labels(e.riskTypes()));
        }
        return v;
    }
}
