package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.List;
import org.shouwang.policy.PolicyRule;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule's findings over a slice as rows of {@code screening_found}, written in SQL exactly as Java writes them:
 * the reason the village reads ({@link org.shouwang.screening.Finding#reason}), the values as JSON ({@link JsonText}),
 * the run's compact form ({@link CompactFindings}) and the signal's dedup key ({@link Signals}: a SHA-256 over Java's
 * {@code Map.toString} of the values). A screening run then stores its results and raises its clues without the JVM
 * touching a row; on a restarted server that code would run interpreted, while the compiler competes with
 * PostgreSQL for the same cores.
 *
 * <p>A value is written in SQL only where its text is certain to be Java's: whole numbers, booleans, strings, a
 * department field that is a string, a whole number or a boolean, and a double whose cents are below 10^9 — a double
 * is rounded to cents ({@link org.shouwang.policy.rules.CompiledRule#shown}) and, below 10^7, Java writes
 * {@code k / 100.0} as the plain decimal of k cents (see {@code FoundSqlTest}; {@code FoundSqlIT} compares the texts). A finding with any
 * other value is marked undecided, and its household goes to CEL as one SQL cannot decide. Plain Java.
 */
final class FoundSql {

    private FoundSql() {
    }

    /**
     * The select giving rule {@code k}'s rows from {@code source} (the candidate rows of the slice, with the condition
     * in column c{@code k}): household_id, region_code, k, f_id, f_source, f_ref, decided, rule_code, dedup_key,
     * reason, values_json, tail (the compact finding after its catalogue index).
     *
     * @param values the evidence values, in label order; null when a value has no SQL form (never decided in SQL)
     */
    static String rows(int k, PolicyRule rule, List<String> labels, List<RuleSql.Val> values, boolean perFact,
            String source, JsonMapper json) {
        String c = "c" + k;
        // three levels, each kept whole (offset 0) so a value is computed once however often the texts use it: the
        // values (only where the rule fires), a double's cents, and each value's texts
        StringBuilder a = new StringBuilder("select id, region_code, f_id, f_source, f_ref, " + c + " as c");
        StringBuilder cents = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        List<String> ok = new ArrayList<>();
        List<String> shown = new ArrayList<>(); // Java's toString
        List<String> reasons = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            RuleSql.Val v = values.get(i);
            String e = "e" + i, t = "t" + i, j = "j" + i;
            a.append(", case when ").append(c).append(" then (").append(v.sql()).append(")")
                    .append(v.kind() == RuleSql.Kind.DOUBLE ? "::float8" : "").append(" end as ").append(e);
            String text, asJson, reason;
            switch (v.kind()) {
                case INT, BOOL -> {
                    ok.add(e + " is not null");
                    text = e + "::text";
                    asJson = null;
                    reason = t;
                }
                case STRING -> {
                    ok.add(e + " is not null");
                    text = e;
                    asJson = "to_json(" + e + ")::text";
                    reason = t;
                }
                case DYN -> {
                    ok.add("(jsonb_typeof(" + e + ") in ('string', 'boolean') or (jsonb_typeof(" + e
                            + ") = 'number' and " + e + "::text ~ '^-?[0-9]{1,18}$'))");
                    text = "case when jsonb_typeof(" + e + ") = 'string' then " + e + " #>> '{}' else " + e + "::text end";
                    asJson = e + "::text";
                    reason = t;
                }
                default -> { // DOUBLE
                    String n = "k" + i;
                    cents.append(", ").append(cents(e)).append(" as ").append(n);
                    ok.add(n + " > -1000000000 and " + n + " < 1000000000");
                    text = javaDouble(n);
                    asJson = null;
                    reason = reasonDouble(n, t);
                }
            }
            texts.append(", ").append(text).append(" as ").append(t);
            if (asJson != null) {
                texts.append(", ").append(asJson).append(" as ").append(j);
            }
            shown.add(t);
            reasons.add(reason);
            jsons.add(asJson != null ? j : t);
        }
        a.append(" from ").append(source).append(" where ").append(c).append(" is not false offset 0");
        String from = "(" + a + ") a";
        if (!cents.isEmpty()) {
            from = "(select a.*" + cents + " from " + from + " offset 0) a";
        }
        if (!texts.isEmpty()) {
            from = "(select a.*" + texts + " from " + from + " offset 0) a";
        }

        StringBuilder s = new StringBuilder("select id as household_id, region_code, " + k + " as k, f_id, f_source, f_ref, ");
        s.append(values == null ? "false" : "coalesce(c" + (ok.isEmpty() ? "" : " and " + String.join(" and ", ok)) + ", false)")
                .append(" as decided, ").append(SqlView.literal(rule.code())).append(" as rule_code, ");
        // the dedup key: "rule:CODE:vN:hID[:fFACT]:" and the first eight bytes of SHA-256 over Map.toString
        StringBuilder map = new StringBuilder("'{");
        for (int i = 0; i < shown.size(); i++) {
            map.append(i == 0 ? "" : ", ").append(quoted(labels.get(i))).append("=' || ").append(shown.get(i))
                    .append(" || '");
        }
        map.append("}'");
        s.append(SqlView.literal("rule:" + rule.code() + ":v" + rule.version() + ":h")).append(" || id || ")
                .append(perFact ? "':f' || f_id || " : "").append("':' || encode(substr(sha256(convert_to(")
                .append(map).append(", 'UTF8')), 1, 8), 'hex') as dedup_key, ");
        StringBuilder reason = new StringBuilder(SqlView.literal(rule.name()));
        if (!reasons.isEmpty()) {
            reason.append(" || '（");
            for (int i = 0; i < reasons.size(); i++) {
                reason.append(i == 0 ? "" : "；").append(quoted(labels.get(i))).append("：' || ").append(reasons.get(i))
                        .append(" || '");
            }
            reason.append("）'");
        }
        s.append(reason).append(" as reason, ");
        StringBuilder object = new StringBuilder("'{");
        for (int i = 0; i < jsons.size(); i++) {
            StringBuilder label = new StringBuilder();
            JsonText.value(labels.get(i), label, json);
            object.append(i == 0 ? "" : ",").append(quoted(label.toString())).append(":' || ").append(jsons.get(i))
                    .append(" || '");
        }
        object.append("}'");
        s.append(object).append(" as values_json, ");
        s.append("'[").append(jsons.isEmpty() ? "" : "' || " + String.join(" || ',' || ", jsons) + " || '").append("]");
        if (perFact) {
            s.append(",' || f_id || ',' || coalesce(to_json(f_source)::text, 'null') || ',' || coalesce(to_json(f_ref)::text, 'null') || '");
        }
        s.append("]' as tail from ").append(from);
        return s.toString();
    }

    /** A label inside a SQL string literal. */
    private static String quoted(String text) {
        return text.replace("'", "''");
    }

    /**
     * {@code Math.round(x * 100)} exactly (ties towards positive infinity), NULL from 10^7 on and for NaN. The
     * fraction {@code y - floor(y)} is exact for |y| ≥ 1, and for smaller y it rounds only where that cannot move it
     * across one half.
     */
    static String cents(String x) {
        String y = "(" + x + " * 100)";
        return "case when abs(" + x + ") < 1e7::float8 then floor" + y + "::bigint + case when " + y + " - floor" + y
                + " >= 0.5 then 1 else 0 end end";
    }

    /** Java's {@code Double.toString(k / 100.0)} for |k| < 10^9: the plain decimal, with ".0" for a whole number. */
    static String javaDouble(String k) {
        return "case when " + k + " < 0 then '-' else '' end || (abs(" + k + ") / 100)::text || '.' || case when abs(" + k
                + ") % 100 = 0 then '0' when abs(" + k + ") % 10 = 0 then (abs(" + k + ") % 100 / 10)::text else lpad((abs("
                + k + ") % 100)::text, 2, '0') end";
    }

    /**
     * {@link org.shouwang.screening.Finding#reason}'s text of a double of {@code k} cents whose Java text is
     * {@code text}: a whole amount without ".0", zero as "0".
     */
    static String reasonDouble(String k, String text) {
        return "case when " + k + " % 100 = 0 then (" + k + " / 100)::text else " + text + " end";
    }
}
