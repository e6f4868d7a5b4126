package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One measure of a household's plan (一人一措施 when {@code memberId} is set). */
public record Measure(long id, long planId, long householdId, Long memberId, String memberName, MeasureCategory category,
        String categoryLabel, boolean development, String item, LocalDate startOn, LocalDate endOn, BigDecimal amount,
        MeasureStatus status, String statusLabel, LocalDate deliveredOn, String responsibleUnit, List<String> riskTypes,
        List<String> riskTypeLabels, String note, int version, String createdBy, OffsetDateTime createdAt) {
}
