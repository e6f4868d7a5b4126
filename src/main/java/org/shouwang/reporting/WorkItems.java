package org.shouwang.reporting;

import java.time.LocalDate;
import org.shouwang.identification.CaseStep;
import org.shouwang.reporting.internal.WorklistQueries;
import org.shouwang.shared.Labelled;

/** Turns the rows of each source into 我的待办 items: the Chinese title and the UI path that opens the work. */
final class WorkItems {

    /** Like the clue inbox's 将到期: due within the next two working days. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private WorkItems() {
    }

    static WorkItem of(WorklistQueries.CaseRow c, LocalDate today) {
        String step = Labelled.fromLabel(CaseStep.class, c.step()).map(CaseStep::label).orElse(c.step());
        return WorkItem.of(WorkKind.CASE_STEP, "识别认定 · " + step + (c.greenChannel() ? "（绿色通道）" : ""), c.id(),
                c.householdId(), c.householdNo(), c.headName(), c.regionCode(), c.villageName(), c.dueOn(), today,
                "/cases/" + c.id());
    }

    static WorkItem of(WorklistQueries.FollowRow f, LocalDate today) {
        boolean visit = "VISIT".equals(f.kind());
        WorkKind kind = visit ? WorkKind.VISIT : WorkKind.INCOME;
        String title = visit ? ("PHONE".equals(f.mode()) ? "按期走访（电话或网络联系）" : "按期入户走访") : "按期收入登记";
        return WorkItem.of(kind, title, f.id(), f.householdId(), f.householdNo(), f.headName(), f.regionCode(),
                f.villageName(), f.dueOn(), today,
                visit ? "/households/" + f.householdId() + "/visit" : "/households/" + f.householdId());
    }

    static WorkItem contact(WorklistQueries.MonitoredRow h, LocalDate due, LocalDate today) {
        return WorkItem.of(WorkKind.CONTACT_PERSON, "确定监测联系人（" + h.identifiedOn() + " 纳入监测）", h.householdId(),
                h.householdId(), h.householdNo(), h.headName(), h.regionCode(), h.villageName(), due, today,
                "/households/" + h.householdId());
    }

    static WorkItem measures(WorklistQueries.MonitoredRow h, LocalDate today) {
        return WorkItem.of(WorkKind.MEASURES, "制定帮扶措施（帮扶计划尚无措施）", h.householdId(), h.householdId(),
                h.householdNo(), h.headName(), h.regionCode(), h.villageName(), h.dueOn(), today,
                "/households/" + h.householdId());
    }

    static WorkItem of(WorklistQueries.ClueRow k, LocalDate today) {
        return WorkItem.of(WorkKind.CLUE, "风险线索待核实研判", k.id(), k.householdId(), k.householdNo(), k.headName(),
                k.regionCode(), k.villageName(), k.dueOn(), today, "/clues/" + k.id());
    }
}
