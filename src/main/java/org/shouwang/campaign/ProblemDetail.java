package org.shouwang.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A problem as its detail drawer shows it: the entry, its history and the steps the signed-in user may take. */
public record ProblemDetail(long id, Long campaignId, String campaignName, ProblemSource source, String sourceLabel,
        ProblemCategory category, String categoryLabel, String description, String regionCode, String regionName,
        Long householdId, String householdNo, String headName, String responsibleUnit, String responsiblePerson,
        String responsibleUsername, LocalDate deadline, boolean overdue, ProblemStatus status, String statusLabel,
        String measures, String evidence, List<String> attachments, LocalDate foundOn, String recordedBy,
        OffsetDateTime recordedAt, LocalDate closedOn, int version, List<ProblemAction> actions,
        List<ProblemEvent> events) {
}
