package org.shouwang.intake.internal;

import java.util.List;
import java.util.Set;

/** One data row of an uploaded file: its 1-based row number in the file, its cells, and which cells held formulas. */
record SourceRow(int number, List<String> cells, Set<Integer> formulaCells) {

    String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String v = cells.get(index);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
