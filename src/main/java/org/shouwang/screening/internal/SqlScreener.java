package org.shouwang.screening.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.rules.CompiledRule;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.screening.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * A profile's rules as one PostgreSQL statement ({@link RuleSql} over {@link SqlView}): evaluated over a slice of a
 * region's households, it answers the findings of every flagged household, in the order {@link Screener} gives
 * them (rules in profile order, a department rule's facts by id), with the same evidence values; and the households
 * it cannot decide exactly (a NULL where CEL may fail, or evidence that has no SQL form), which the caller evaluates
 * with the {@link Screener}. Plain Java over a JDBC connection.
 */
final class SqlScreener {

    /** One flagged household. */
    record Flagged(long householdId, String regionCode, List<Finding> findings) {
    }

    /** What a slice gave: flagged households in id order, and the households left to CEL. */
    record Slice(List<Flagged> flagged, List<Long> undecided) {
    }

    private record Rule(PolicyRule rule, List<String> labels, List<RuleSql.Kind> kinds) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final SqlView view;
    /** Per rule: its condition (over hv, or over a fact row joined to hv) and its evidence as text[]. */
    private final List<String> conditions = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();
    private final List<Integer> householdRules = new ArrayList<>();
    private final List<Integer> factRules = new ArrayList<>();
    private final List<String> departments = new ArrayList<>();
    /** Per rule: its evidence values in SQL, or null when one has no SQL form. */
    private final List<List<RuleSql.Val>> typed = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @throws RuleSql.Untranslatable when a rule's condition has no SQL form: the profile is then screened in CEL */
    SqlScreener(Screener screener) throws RuleSql.Untranslatable {
        this.view = new SqlView(screener.profile());
        Map<String, Object> profileView = ViewBuilder.profile(screener.profile());
        Set<String> factDepartments = new LinkedHashSet<>();
        List<PolicyRule> profileRules = screener.rules();
        for (int k = 0; k < profileRules.size(); k++) {
            PolicyRule r = profileRules.get(k);
            CompiledRule c = screener.compiled(k);
            boolean perFact = r.scope() == RuleScope.FACT;
            RuleSql sql = new RuleSql(view, profileView, perFact);
            String condition = sql.condition(c.conditionTree());
            List<String> labels = new ArrayList<>(c.evidenceTrees().keySet());
            List<RuleSql.Kind> kinds = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<RuleSql.Val> vals = new ArrayList<>();
            try {
                for (var tree : c.evidenceTrees().values()) {
                    RuleSql.Val v = sql.value(tree);
                    vals.add(v);
                    kinds.add(v.kind());
                    // a double as the hex of its eight bytes: exact by construction, and cheaper at both ends than
                    // the shortest decimal PostgreSQL writes and Java's parsing of it back
                    values.add(v.kind() == RuleSql.Kind.DOUBLE ? "encode(float8send((" + v.sql() + ")::float8), 'hex')"
                            : "(" + v.sql() + ")::text");
                }
            } catch (RuleSql.Untranslatable e) {
                values = null; // the evidence is computed by CEL: a household this rule flags is left to it
                vals = null;
            }
            typed.add(vals);
            rules.add(new Rule(r, labels, kinds));
            evidence.add(values == null ? "array[null]::text[]" : "array[" + String.join(", ", values) + "]::text[]");
            if (perFact) {
                factDepartments.add(r.department());
                condition = "case when f_department = " + SqlView.literal(r.department()) + " then " + condition + " else false end";
                factRules.add(k);
            } else {
                householdRules.add(k);
            }
            conditions.add(condition);
        }
        this.departments.addAll(factDepartments);
    }

    /**
     * The statement for households with ids in [lo, hi] of the region or of its villages: one row per household some
     * household rule fires on or cannot decide, and one per fact some department rule fires on or cannot decide, with
     * a column per rule: NULL when it does not fire, its evidence as text[] when it does, and {NULL} when SQL cannot
     * decide. Each condition is computed once per row in a subquery kept whole (offset 0), a rule's evidence only for
     * the rows it fires on.
     */
    SqlText statement(boolean byVillages) {
        SqlText sql = new SqlText();
        List<String> parts = new ArrayList<>();
        ctes(sql, byVillages);
        if (!householdRules.isEmpty()) {
            parts.add("select id, region_code, null::bigint as f_id, null::text as f_source, null::text as f_ref"
                    + ruleColumns(householdRules) + " from hc where " + anyCandidate(householdRules));
        }
        if (!factRules.isEmpty()) {
            parts.add("select id, region_code, f_id, f_source, f_ref" + ruleColumns(factRules) + " from fc where "
                    + anyCandidate(factRules));
        }
        if (parts.isEmpty()) {
            parts.add("select null::bigint, null::text, null::bigint, null::text, null::text where false");
        }
        sql.add("\nselect * from (" + String.join("\nunion all\n", parts) + ") out order by 1, 3 nulls first");
        return sql;
    }

    /**
     * The statement that puts the slice's findings into {@code screening_found} ({@link FoundSql}), one row per rule
     * that fires on a household or one of its facts, or cannot be decided; the same CTEs as {@link #statement}, the
     * candidate rows kept once and each rule's rows taken from them. The profile has at least one rule.
     */
    SqlText found(boolean byVillages) {
        SqlText sql = new SqlText();
        ctes(sql, byVillages);
        List<String> parts = new ArrayList<>();
        if (!householdRules.isEmpty()) {
            sql.cte("hk").add("materialized (select null::bigint as f_id, null::text as f_source, null::text as f_ref, hc.*"
                    + " from hc where " + anyCandidate(householdRules) + ")");
            for (int k : householdRules) {
                parts.add(FoundSql.rows(k, rules.get(k).rule(), rules.get(k).labels(), typed.get(k), false, "hk", json));
            }
        }
        if (!factRules.isEmpty()) {
            sql.cte("fk").add("materialized (select * from fc where " + anyCandidate(factRules) + ")");
            for (int k : factRules) {
                parts.add(FoundSql.rows(k, rules.get(k).rule(), rules.get(k).labels(), typed.get(k), true, "fk", json));
            }
        }
        sql.add("\ninsert into screening_found (household_id, region_code, k, f_id, f_source, f_ref, decided, rule_code,"
                + " dedup_key, reason, values_json, tail)\n" + String.join("\nunion all\n", parts));
        return sql;
    }

    /** The rule codes, by rule index. */
    List<String> codes() {
        return rules.stream().map(r -> r.rule().code()).toList();
    }

    /** The rule texts the run's catalogue holds, by rule index. */
    List<CompactFindings.RuleText> texts() {
        return rules.stream().map(r -> new CompactFindings.RuleText(r.rule().code(), r.rule().version(), r.rule().name(),
                r.rule().description(), r.rule().clause(), List.copyOf(r.labels()))).toList();
    }

    private void ctes(SqlText sql, boolean byVillages) {
        if (!factRules.isEmpty()) {
            // the slice's facts read by their index range first (probing the fact index once per household of the
            // slice cost more than the whole facts part)
            sql.cte("ff").add("materialized (select * from risk_fact where household_id between ").param("lo").add(" and ")
                    .param("hi").add(" and department = any(").param("departments").add(") order by household_id, id)");
        }
        view.ctes(sql, byVillages);
        if (!householdRules.isEmpty()) {
            sql.cte("hc").add("(select " + view.relation() + ".*" + conditionColumns(householdRules) + " from " + view.relation()
                    + " offset 0)");
        }
        if (!factRules.isEmpty()) {
            sql.cte("fr").add("(select f.id as f_id, f.department as f_department, f.kind as f_kind, f.fact_date as f_date,"
                    + " f.amount as f_amount, f.fields as f_fields, f.source as f_source, f.source_ref as f_ref, v.*"
                    + " from ff f join " + view.relation() + " v on v.id = f.household_id)")
                    .cte("fc").add("(select fr.*" + conditionColumns(factRules) + " from fr offset 0)");
        }
    }

    private SqlText byRange;
    private SqlText byVillages;

    private synchronized SqlText byRange() {
        if (byRange == null) {
            byRange = statement(false);
        }
        return byRange;
    }

    private synchronized SqlText byVillages() {
        if (byVillages == null) {
            byVillages = statement(true);
        }
        return byVillages;
    }

    private String conditionColumns(List<Integer> ks) {
        StringBuilder b = new StringBuilder();
        for (int k : ks) {
            b.append(", ").append(conditions.get(k)).append(" as c").append(k);
        }
        return b.toString();
    }

    /**
     * A column per rule of the profile; those of the other scope are NULL (do not fire) on these rows. The evidence
     * array comes as its text ({@link ArrayText}): read through the driver's array support, it made the largest
     * compilations of a county's first run.
     */
    private String ruleColumns(List<Integer> ks) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < rules.size(); k++) {
            b.append(", ");
            if (ks.contains(k)) {
                b.append("(case when c").append(k).append(" then ").append(evidence.get(k)).append(" when c").append(k)
                        .append(" is null then array[null]::text[] end)::text");
            } else {
                b.append("null::text");
            }
            b.append(" as r").append(k);
        }
        return b.toString();
    }

    private static String anyCandidate(List<Integer> ks) {
        StringBuilder b = new StringBuilder();
        for (int k : ks) {
            b.append(b.isEmpty() ? "" : " or ").append("c").append(k).append(" is not false");
        }
        return b.toString();
    }

    /** Prepares a statement, or gives the one prepared before for the same text. */
    interface Statements {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    /** Evaluates a slice with a statement prepared for it alone (tests, and one-off use). */
    Slice evaluate(Connection c, long lo, long hi, String regionLow, String regionHigh, List<String> villages)
            throws SQLException {
        List<PreparedStatement> opened = new ArrayList<>();
        try {
            return evaluate(c, sql -> {
                PreparedStatement ps = c.prepareStatement(sql);
                opened.add(ps);
                return ps;
            }, lo, hi, regionLow, regionHigh, villages);
        } finally {
            for (PreparedStatement ps : opened) {
                ps.close();
            }
        }
    }

    /** Call inside a transaction (its settings are local to it). */
    Slice evaluate(Connection c, Statements statements, long lo, long hi, String regionLow, String regionHigh,
            List<String> villages) throws SQLException {
        List<Flagged> flagged = new ArrayList<>();
        List<Long> undecided = new ArrayList<>();
        settings(c);
        SqlText text = villages == null ? byRange() : byVillages();
        PreparedStatement ps = statements.prepare(text.text());
        {
            bind(ps, text, c, lo, hi, regionLow, regionHigh, villages);
            try (ResultSet rs = ps.executeQuery()) {
                Household current = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current == null || current.id != id) {
                        close(current, flagged, undecided);
                        current = new Household(id, rs.getString(2));
                    }
                    if (current.decided) {
                        read(rs, current);
                    }
                }
                close(current, flagged, undecided);
            }
        }
        return new Slice(flagged, undecided);
    }

    /**
     * Puts the findings of households with ids in [lo, hi] into {@code screening_found} (see {@link #found}); answers
     * how many rows. Call inside a transaction whose settings {@link #evaluate} makes.
     */
    int find(Connection c, Statements statements, long lo, long hi, String regionLow, String regionHigh,
            List<String> villages) throws SQLException {
        SqlText text = foundText(villages != null);
        if (text == null) {
            return 0;
        }
        settings(c);
        PreparedStatement ps = statements.prepare(text.text());
        bind(ps, text, c, lo, hi, regionLow, regionHigh, villages);
        return ps.executeUpdate();
    }

    /** Dates as text the way Java writes them; the member aggregates kept in memory rather than spilled. */
    private static void settings(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("set local datestyle = 'ISO, YMD'; set local work_mem = '64MB'");
        }
    }

    /** The found statements by range [0] and by villages [1], made at the first slice; null without rules. */
    private final SqlText[] foundTexts = new SqlText[2];

    private synchronized SqlText foundText(boolean byVillages) {
        int i = byVillages ? 1 : 0;
        if (foundTexts[i] == null && !rules.isEmpty()) {
            foundTexts[i] = found(byVillages);
        }
        return foundTexts[i];
    }

    private void bind(PreparedStatement ps, SqlText text, Connection c, long lo, long hi, String regionLow,
            String regionHigh, List<String> villages) throws SQLException {
        int i = 1;
        for (String name : text.parameters()) {
            switch (name) {
                case "lo" -> ps.setLong(i++, lo);
                case "hi" -> ps.setLong(i++, hi);
                case "low" -> ps.setString(i++, regionLow);
                case "high" -> ps.setString(i++, regionHigh);
                case "villages" -> ps.setArray(i++, c.createArrayOf("varchar", villages.toArray()));
                case "departments" -> ps.setArray(i++, c.createArrayOf("varchar", departments.toArray()));
                default -> throw new IllegalStateException("parameter " + name);
            }
        }
    }

    /** The findings of one household as its rows come, with the rule index for their order. */
    private static final class Household {
        final long id;
        final String region;
        final List<Object[]> found = new ArrayList<>(); // {rule index, finding}
        boolean decided = true;

        Household(long id, String region) {
            this.id = id;
            this.region = region;
        }
    }

    private void read(ResultSet rs, Household h) throws SQLException {
        // getLong, not getObject: the driver's conversion of any type was the largest part of this method's compilation
        long fact = rs.getLong(3);
        Long factId = rs.wasNull() ? null : fact;
        for (int k = 0; k < rules.size(); k++) {
            String values = rs.getString(6 + k);
            if (values == null) {
                continue;
            }
            Finding f = finding(rules.get(k), ArrayText.elements(values), factId, rs);
            if (f == null) {
                h.decided = false;
                return;
            }
            h.found.add(new Object[] {k, f});
        }
    }

    /** In Screener's order: rule by rule, a department rule's facts by id (the rows come by fact id). */
    private static void close(Household h, List<Flagged> flagged, List<Long> undecided) {
        if (h == null) {
            return;
        }
        if (!h.decided) {
            undecided.add(h.id);
            return;
        }
        h.found.sort(java.util.Comparator.comparingInt(x -> (Integer) x[0]));
        List<Finding> findings = new ArrayList<>(h.found.size());
        h.found.forEach(x -> findings.add((Finding) x[1]));
        flagged.add(new Flagged(h.id, h.region, findings));
    }

    /** The finding of one rule on one row, or null when SQL could not decide it or its evidence. */
    private Finding finding(Rule r, String[] texts, Long factId, ResultSet rs) throws SQLException {
        if (texts.length != r.labels().size()) {
            return null; // {NULL}: undecided, or evidence left to CEL
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) {
                return null;
            }
            evidence.put(r.labels().get(i), CompiledRule.shown(value(texts[i], r.kinds().get(i))));
        }
        PolicyRule rule = r.rule();
        return new Finding(rule.code(), rule.version(), rule.name(), rule.description(), rule.clause(), evidence, factId,
                factId == null ? null : rs.getString(4), factId == null ? null : rs.getString(5));
    }

    /** A value as CEL gives it: Long, Double, String, Boolean, or for fact.fields what the JSON holds. */
    private Object value(String text, RuleSql.Kind kind) {
        return switch (kind) {
            case INT -> Long.valueOf(text);
            case DOUBLE -> Double.longBitsToDouble(Long.parseUnsignedLong(text, 16));
            case BOOL -> Boolean.valueOf(text);
            case STRING -> text;
            case DYN -> dyn(text);
        };
    }

    /**
     * A jsonb value as Jackson reads it. Department fields are nearly always plain strings, taken as they are: reading
     * each through Jackson made it one of the compiler's largest jobs in a county's first run.
     */
    private Object dyn(String text) {
        int n = text.length();
        if (n >= 2 && text.charAt(0) == '"' && text.charAt(n - 1) == '"' && text.indexOf('\\') < 0) {
            return text.substring(1, n - 1); // jsonb writes a string's quotes and control characters escaped
        }
        return json.readValue(text, Object.class);
    }
}
