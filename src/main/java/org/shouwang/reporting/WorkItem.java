package org.shouwang.reporting;

import java.time.LocalDate;

/**
 * One item of 我的待办: a step, schedule or deadline that is due soon or overdue, with the household it concerns and
 * the UI path that opens it. {@code overdueDays} is 0 for an item that is only due soon.
 */
public record WorkItem(WorkKind kind, String kindLabel, String title, long refId, Long householdId, String householdNo,
        String headName, String regionCode, String villageName, LocalDate dueOn, boolean overdue, int overdueDays,
        String link) {

    public static WorkItem of(WorkKind kind, String title, long refId, Long householdId, String householdNo, String headName,
            String regionCode, String villageName, LocalDate dueOn, LocalDate today, String link) {
        int late = dueOn == null ? 0 : (int) Math.max(0, dueOn.until(today, java.time.temporal.ChronoUnit.DAYS));
        return new WorkItem(kind, kind.label(), title, refId, householdId, householdNo, headName, regionCode,
                villageName, dueOn, late > 0, late, link);
    }
}
