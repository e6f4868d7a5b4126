package org.shouwang.registry.internal;

import java.util.function.Function;

/**
 * One stored field: its API name, table column, Chinese label (for the timeline), SQL type (for casts) and how to
 * read its database text from a draft. Inserts, updates, diffs and history all walk the same list, so a new field is
 * added in one place.
 */
record Column<D>(String field, String column, String label, String sqlType, Function<D, String> value) {

    String placeholder() {
        return "text".equals(sqlType) ? "?" : "?::" + sqlType;
    }
}
