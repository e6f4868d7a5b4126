package org.shouwang.identification;

import java.time.LocalDate;
import java.util.List;

/**
 * 绿色通道: disaster, illness or accident with clear facts, so assistance starts before approval and the procedure is
 * completed afterwards (DOMAIN.md 4.3). Assistance starts its clocks from {@code openedOn}.
 */
public record GreenChannelOpened(long caseId, long householdId, String regionCode, List<String> riskTypes,
        LocalDate openedOn) {
}
