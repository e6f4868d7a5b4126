package org.shouwang.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares a stored row with a draft column by column; the result feeds both the UPDATE and the history. */
final class Diff {

    private Diff() {
    }

    static <D> Map<String, String> values(List<Column<D>> columns, D draft) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column<D> c : columns) {
            out.put(c.column(), c.value().apply(draft));
        }
        return out;
    }

    static <D> void changes(List<Column<D>> columns, Map<String, String> before, Map<String, String> after,
            long householdId, String entity, long entityId, String label, List<ChangeEntry> sink) {
        for (Column<D> c : columns) {
            String b = before.get(c.column());
            String a = after.get(c.column());
            if (!Objects.equals(b, a)) {
                sink.add(new ChangeEntry(householdId, entity, entityId, label, c.field(), b, a));
            }
        }
    }
}
