package org.shouwang.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Signals as the channels raise them, for the inbox tests. */
final class InboxFixture {

    private InboxFixture() {
    }

    static ClueSignal medicalCost(String village, long householdId, LocalDate raisedOn) {
        String ref = "feed-row:" + UUID.randomUUID();
        return new ClueSignal(village, householdId, null, null, Channel.DEPARTMENT, "医保局 · 2026年10月住院.xlsx · 第12行",
                ref, "MEDICAL_SELF_PAID", "住院合规自付费用 23,400.00 元，超过 20,000 元",
                Map.of("自付费用", 23400, "限额", 20000), raisedOn, ref);
    }

    static ClueSignal selfDeclaration(String village, long householdId, LocalDate raisedOn) {
        String ref = "declaration:" + UUID.randomUUID().toString().substring(0, 8);
        return new ClueSignal(village, householdId, null, null, Channel.SELF_DECLARATION, "农户自主申报 · 扫码申报",
                ref, null, "户主申报：因病住院，家庭收入骤减", Map.of(), raisedOn, ref);
    }
}
