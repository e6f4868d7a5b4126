package org.shouwang.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the rows of one household (one per department, or one per member and department) into the results of one
 * comparison step. When members differ, each value keeps its member's name, so nothing a department reported is lost.
 */
public final class ComparisonMerge {

    /** The step's fields: the five results (null when no row gave one), the exemption and its day, the latest day. */
    public record Merged(Map<String, String> results, boolean dibaoExempt, LocalDate dibaoComparedOn, LocalDate comparedOn,
            List<Integer> rows) {

        public String result(String key) {
            return results.get(key);
        }
    }

    /** A checked row together with the name of the member it matched. */
    public record MemberRow(ComparisonRows.Row row, String memberName) {
    }

    private ComparisonMerge() {
    }

    public static Merged merge(List<MemberRow> rows) {
        Map<String, String> results = new LinkedHashMap<>();
        for (String key : List.of(ComparisonLayout.VEHICLES, ComparisonLayout.HOUSING, ComparisonLayout.BUSINESS,
                ComparisonLayout.PUBLIC_EMPLOYEE, ComparisonLayout.OTHER)) {
            Set<String> values = new LinkedHashSet<>();
            Set<String> named = new LinkedHashSet<>();
            for (MemberRow r : rows) {
                String v = r.row().results().get(key);
                if (v != null) {
                    values.add(v);
                    named.add(r.memberName() + "：" + v);
                }
            }
            if (!values.isEmpty()) {
                results.put(key, values.size() == 1 ? values.iterator().next() : String.join("；", named));
            }
        }
        boolean dibao = rows.stream().anyMatch(r -> r.row().dibao());
        LocalDate dibaoOn = rows.stream().filter(r -> r.row().dibao()).map(r -> r.row().comparedOn())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDate latest = rows.stream().map(r -> r.row().comparedOn()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Integer> numbers = new ArrayList<>(rows.stream().map(r -> r.row().number()).toList());
        return new Merged(results, dibao, dibaoOn, latest, numbers);
    }

    /**
     * Whether a recorded comparison (the step's details) holds exactly these results: then uploading the file again
     * changes nothing and is no error.
     */
    public static boolean sameAs(Merged m, Map<String, Object> recorded) {
        for (String key : List.of(ComparisonLayout.VEHICLES, ComparisonLayout.HOUSING, ComparisonLayout.BUSINESS,
                ComparisonLayout.PUBLIC_EMPLOYEE, ComparisonLayout.OTHER)) {
            if (!Objects.equals(blankToNull(m.result(key)), blankToNull(recorded.get(key)))) {
                return false;
            }
        }
        boolean exempt = Boolean.TRUE.equals(recorded.get(ComparisonLayout.DIBAO));
        return exempt == m.dibaoExempt() && (!exempt || Objects.equals(String.valueOf(m.dibaoComparedOn()),
                String.valueOf(recorded.get("dibaoComparedOn"))));
    }

    private static String blankToNull(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}
