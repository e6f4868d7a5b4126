package org.shouwang.registry.internal;

/** One line of a household's history before it is written. */
record ChangeEntry(long householdId, String entity, long entityId, String entityLabel, String field, String before,
        String after) {
}
