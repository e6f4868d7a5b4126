package org.shouwang.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A contact person of a household, current ({@code endedOn} null) or past. The phone is masked: lists never show full
 * phone numbers (ARCHITECTURE.md 4).
 */
public record ContactPerson(long id, long householdId, String name, String username, String unit, String phoneMasked,
        ContactKind kind, String kindLabel, LocalDate startOn, LocalDate endedOn, String endReason, String endedBy,
        Long replacesId, Long replacedById, String assignedBy, OffsetDateTime createdAt) {
}
