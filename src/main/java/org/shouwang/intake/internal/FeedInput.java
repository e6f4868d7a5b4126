package org.shouwang.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;

/**
 * One row of a feed as the department sent it: its number (the file's row number, or the 1-based position in a
 * pushed array), its raw text values by column key, and the keys whose spreadsheet cells held formulas.
 */
public record FeedInput(int rowNo, Map<String, String> values, Set<String> formulaKeys) {

    public FeedInput {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        formulaKeys = Set.copyOf(formulaKeys);
    }

    String value(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The original values in layout order, for the error report. */
    List<String> cells(FeedLayout layout) {
        return layout.columns().stream().map(FeedColumn::key).map(values::get).toList();
    }
}
