package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.screening.Channel;
import org.shouwang.shared.Department;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.Sex;

/**
 * The household view of docs/rules.md as PostgreSQL expressions, for one profile and evaluation date: the same values
 * {@link HouseholdView}, {@link MemberView}, {@link IncomeView} and {@link ViewBuilder#fact} compute in Java, field by
 * field, so a rule translated by {@link RuleSql} sees in SQL what it sees in CEL. Only the columns the rules read are
 * computed; list macros over members, facts, statements and channels become aggregates of one pass over each table.
 * Doubles are computed with the same float8 operations in the same order as the Java view (both are IEEE 754), so
 * rounding agrees to the last bit. Plain Java.
 */
final class SqlView {

    /** The lists a rule may run a macro over, and the alias their rows have inside the aggregate. */
    enum ListKind {
        MEMBERS("m"), FACTS("fi"), INCOMES("ii"), CHANNELS("ci");

        final String alias;

        ListKind(String alias) {
            this.alias = alias;
        }
    }

    /** Which statement of the household an Income struct stands for. */
    enum Statement {
        CHOSEN("inc"), PREVIOUS("prev");

        final String alias;

        Statement(String alias) {
            this.alias = alias;
        }
    }

    /** A label whose stored code is in {@code column}. */
    record Coded(Class<? extends Enum<?>> type, String column) {
    }

    private final LocalDate on;
    private final LocalDate[] window;
    private final ProfileParameters.IncomeItems items;
    /** hv column name → its expression over household h and the joined aggregates. */
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<ListKind, Map<String, String>> aggregates = new LinkedHashMap<>();
    private final java.util.Set<Statement> statements = java.util.EnumSet.noneOf(Statement.class);

    SqlView(PolicyProfile profile) {
        this.on = profile.date();
        this.window = profile.incomeWindow();
        this.items = profile.parameters().incomeItems();
        for (ListKind k : ListKind.values()) {
            aggregates.put(k, new LinkedHashMap<>());
        }
    }

    LocalDate on() {
        return on;
    }

    // ---- household fields (columns of hv) ----

    /**
     * A household field as SQL over the hv row; null when the field is a list or a struct (not a value). hv holds the
     * raw ingredients (codes, dates, counts), which a rule turns into labels and text only where it reads them:
     * every hv column is computed for every household, a label only for those a rule looks at.
     */
    String household(String field) {
        return switch (field) {
            case "householdNo" -> column("household_no", "h.household_no");
            case "regionCode" -> column("region", "h.region_code");
            case "type" -> label(HouseholdType.class, householdCode(field).column());
            case "povertyExitYear" -> column("exit_year", "coalesce(h.poverty_exit_year, 0)::bigint");
            case "monitored" -> column("monitored", "h.monitoring_status in ('IDENTIFYING', 'RISK_ACTIVE')");
            case "eliminated" -> column("eliminated", "h.monitoring_status = 'RISK_ELIMINATED'");
            case "category" -> label(MonitoringCategory.class, householdCode(field).column());
            case "relocated" -> column("relocated", "h.relocated");
            case "memberCount" -> count("members", "count(*)");
            case "minors" -> count("minors", "count(*) filter (where not " + ageAtLeast("m.birth_date", 18) + ")");
            case "nonCompulsoryStudents" -> count("students", "count(*) filter (where " + member("nonCompulsoryStudent") + ")");
            case "labourCount" -> count("labour", "count(*) filter (where " + member("hasLabour") + ")");
            case "noLabour" -> column("no_labour", "coalesce(" + aggregate(ListKind.MEMBERS,
                    "count(*) filter (where m.labour_capacity in ('WEAK', 'SKILLED', 'ORDINARY'))") + ", 0) = 0");
            case "severelyDisabled" -> count("severe", "count(*) filter (where " + member("disabilityGrade") + " between 1 and 2)");
            case "disabledCount" -> count("disabled", "count(*) filter (where " + member("disabled") + ")");
            case "elderly" -> count("elderly", "count(*) filter (where " + ageAtLeast("m.birth_date", 60) + ")");
            case "uninsured" -> count("uninsured", "count(*) filter (where not " + member("medicalInsured") + ")");
            default -> null;
        };
    }

    /** The stored code behind a household label field (type, category), as an hv column; null for other fields. */
    Coded householdCode(String field) {
        return switch (field) {
            case "type" -> new Coded(HouseholdType.class, column("type_code", "h.household_type"));
            case "category" -> new Coded(MonitoringCategory.class, column("category_code", "h.monitoring_category"));
            default -> null;
        };
    }

    /** The stored code behind a member label field; null for other fields. */
    Coded memberCode(String field) {
        return switch (field) {
            case "sex" -> new Coded(Sex.class, "m.sex");
            case "relation" -> new Coded(Relation.class, "m.relation");
            case "labour" -> new Coded(LabourCapacity.class, "m.labour_capacity");
            case "disabilityCategory" -> new Coded(DisabilityCategory.class, "m.disability_category");
            case "schoolStage" -> new Coded(SchoolStage.class, "m.school_stage");
            default -> null;
        };
    }

    /**
     * Whether the label of a code equals one of the given labels (Labels.of: a known code's label, an unknown code
     * itself, '' for none), as a test of the code: never NULL, as the label never is.
     */
    String codeIs(Coded coded, java.util.List<String> labels) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        boolean none = false;
        for (Enum<?> e : coded.type().getEnumConstants()) {
            names.add(e.name());
        }
        for (String label : labels) {
            for (Enum<?> e : coded.type().getEnumConstants()) {
                if (((Labelled) e).label().equals(label)) {
                    codes.add(e.name());
                }
            }
            if (!names.contains(label)) {
                codes.add(label);
            }
            none |= label.isEmpty();
        }
        String in = codes.isEmpty() ? "false" : "coalesce(" + coded.column() + " in ("
                + String.join(", ", codes.stream().map(SqlView::literal).toList()) + "), false)";
        return "(" + in + (none ? " or " + coded.column() + " is null" : "") + ")";
    }

    /**
     * Whether the member's age on the evaluation date is at least {@code years}, as a comparison of the birth date:
     * Period.between(birth, on).getYears() >= k exactly when yyyymmdd(birth) <= yyyymmdd(on) - k·10000, that is when
     * the birth date is on or before the same day k years earlier (28 February when that day is a 29 February that
     * does not exist). A missing birth date has age 0.
     */
    String ageAtLeast(String birth, long years) {
        if (years <= 0) {
            return "true";
        }
        if (years > 5000) {
            return "false";
        }
        java.time.YearMonth month = java.time.YearMonth.of(on.getYear() - (int) years, on.getMonthValue());
        LocalDate cutOff = month.atDay(Math.min(on.getDayOfMonth(), month.lengthOfMonth()));
        return "coalesce(" + birth + " <= " + date(cutOff) + ", false)";
    }

    /** Adds an hv column (once) and answers its name. */
    String column(String name, String sql) {
        String existing = columns.entrySet().stream().filter(e -> e.getValue().equals(sql)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        String col = "v_" + name.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT) + "_" + columns.size();
        columns.put(col, sql);
        return col;
    }

    /** A count over the members as an hv column, 0 for a household without members (the left join gives null). */
    private String count(String name, String aggregate) {
        return column(name, "coalesce(" + aggregate(ListKind.MEMBERS, aggregate) + ", 0)");
    }

    /** Registers an aggregate over one of the lists and answers its qualified column (null for a household without rows). */
    String aggregate(ListKind kind, String sql) {
        Map<String, String> aggs = aggregates.get(kind);
        for (var e : aggs.entrySet()) {
            if (e.getValue().equals(sql)) {
                return kind.alias + "a." + e.getKey();
            }
        }
        String name = "a" + aggs.size();
        aggs.put(name, sql);
        return kind.alias + "a." + name;
    }

    // ---- member fields (over the member row m, with m.age computed once per row) ----

    String member(String field) {
        return switch (field) {
            case "age" -> "m.age";
            case "sex" -> label(Sex.class, "m.sex");
            case "relation" -> label(Relation.class, "m.relation");
            case "labour" -> label(LabourCapacity.class, "m.labour_capacity");
            case "hasLabour" -> "coalesce(m.labour_capacity in ('SKILLED', 'ORDINARY'), false)";
            case "chronicIllness" -> "strpos(coalesce(m.health, ''), 'CHRONIC') > 0";
            case "seriousIllness" -> "strpos(coalesce(m.health, ''), 'SERIOUS') > 0";
            case "disabled" -> "(strpos(coalesce(m.health, ''), 'DISABLED') > 0 or m.disability_category is not null)";
            case "disabilityCategory" -> label(DisabilityCategory.class, "m.disability_category");
            case "disabilityGrade" -> "coalesce(m.disability_grade, 0)::bigint";
            case "schoolStage" -> label(SchoolStage.class, "m.school_stage");
            case "compulsoryStudent" -> "coalesce(m.school_stage in ('PRIMARY', 'JUNIOR'), false)";
            case "nonCompulsoryStudent" -> "(m.school_stage is not null and m.school_stage not in ('PRIMARY', 'JUNIOR', 'PRESCHOOL_CHILD'))";
            case "workMonths" -> "coalesce(m.work_months, 0)::bigint";
            case "medicalInsured" -> "coalesce(m.medical_insurance in ('RESIDENT', 'EMPLOYEE'), false)";
            case "dibao" -> "m.dibao";
            case "tekun" -> "m.tekun";
            default -> null;
        };
    }

    /**
     * 周岁 on the evaluation date as {@link MemberView#age}: whole years between the birth date and that day, 0 for a
     * missing or later birth date. (yyyymmdd(on) − yyyymmdd(birth)) / 10000 is exactly Period.between's years,
     * including a birthday on 29 February.
     */
    private String age() {
        int onNumber = on.getYear() * 10000 + on.getMonthValue() * 100 + on.getDayOfMonth();
        return "case when birth_date is null or birth_date > " + date(on) + " then 0 else (" + onNumber
                + " - (date_part('year', birth_date)::int * 10000 + date_part('month', birth_date)::int * 100"
                + " + date_part('day', birth_date)::int)) / 10000 end::bigint";
    }

    // ---- income statements ----

    /** A field of the chosen statement (household.income) or the one before it (previousIncome), over the hv row. */
    String income(Statement which, String field) {
        statements.add(Statement.CHOSEN);
        if (which == Statement.PREVIOUS) {
            statements.add(Statement.PREVIOUS);
        }
        String a = which.alias;
        String name = which.name().toLowerCase(java.util.Locale.ROOT) + "_";
        String present = column(name + "present", a + ".household_id is not null");
        return switch (field) {
            case "present" -> present;
            case "periodStart" -> "coalesce(" + text(column(name + "start", a + ".period_start")) + ", '')";
            case "periodEnd" -> "coalesce(" + text(column(name + "end", a + ".period_end")) + ", '')";
            case "memberCount" -> column(name + "count", "coalesce(" + a + ".member_count_used, 0)::bigint");
            default -> {
                String amount = incomeAmount(a, field);
                yield amount == null ? null : column(name + field, "case when " + a + ".household_id is not null then " + amount
                        + " else 0.0::float8 end");
            }
        };
    }

    /** A field of one statement of household.incomes (the row ii of the statements' aggregate). */
    String incomeItem(String field) {
        return switch (field) {
            case "present" -> "true";
            case "periodStart" -> text("ii.period_start");
            case "periodEnd" -> text("ii.period_end");
            case "memberCount" -> "ii.member_count_used::bigint";
            default -> incomeAmount("ii", field);
        };
    }

    /** The double fields of IncomeView over a statement row with alias a (present). */
    private String incomeAmount(String a, String field) {
        return switch (field) {
            case "wage" -> a + ".wage_income::float8";
            case "business" -> a + ".business_income::float8";
            case "property" -> a + ".property_income::float8";
            case "transfer" -> a + ".transfer_income::float8";
            case "gross" -> "(" + a + ".wage_income::float8 + " + a + ".business_income::float8 + " + a
                    + ".property_income::float8 + " + a + ".transfer_income::float8)";
            case "productionExpense" -> a + ".production_expense::float8";
            case "selfPaid" -> a + ".compliant_self_paid::float8";
            case "net" -> round(net(a));
            case "perCapita" -> "case when " + a + ".member_count_used > 0 then " + round(net(a) + " / " + a
                    + ".member_count_used::float8") + " else 0.0::float8 end";
            default -> null;
        };
    }

    /** IncomeView.net: the counted items in the same order, each switched off item adding 0. */
    private String net(String a) {
        return "(" + item(0, a + ".wage_income") + " + " + item(1, a + ".business_income") + " + "
                + item(2, a + ".property_income") + " + " + item(3, a + ".transfer_income") + " - "
                + item(4, a + ".production_expense") + " - " + item(5, a + ".compliant_self_paid") + ")";
    }

    private String item(int index, String column) {
        return IncomeView.counts(items, index) ? column + "::float8" : "0.0::float8";
    }

    /** Math.round(v * 100) / 100.0: round half up, which floor(x + 0.5) is for every double x this view produces. */
    private static String round(String v) {
        return "(floor((" + v + ") * 100.0::float8 + 0.5::float8) / 100.0::float8)";
    }

    // ---- facts ----

    /** A field of a department fact: the rule's own fact (columns f_… of the fact rows) or an item of household.facts. */
    String fact(String field, boolean item) {
        String p = item ? "fi." : "f_";
        return switch (field) {
            case "department" -> label(Department.class, p + "department");
            case "kind" -> p + "kind";
            case "date" -> "coalesce(" + text(p + (item ? "fact_date" : "date")) + ", '')";
            case "amount" -> "coalesce(" + p + "amount::float8, 0.0::float8)";
            case "fields" -> p + "fields";
            case "source" -> "coalesce(" + p + "source, '')";
            default -> null;
        };
    }

    /** The label of a channel row of household.channels. */
    String channel() {
        return label(Channel.class, "ci.channel");
    }

    // ---- the statement ----

    /** The name of the view's relation of households: {@code hv(id, region_code, v_…)}. */
    String relation() {
        return "hv";
    }

    /**
     * This view's CTEs, the last being {@link #relation()}: the households of one slice of ids (parameters "lo", "hi")
     * of the region (parameters "low", "high") or of its villages (parameter "villages"), with the columns asked for.
     */
    void ctes(SqlText sql, boolean byVillages) {
        for (var kind : aggregates.keySet()) {
            Map<String, String> aggs = aggregates.get(kind);
            if (aggs.isEmpty()) {
                continue;
            }
            sql.cte(kind.alias + "a").add("(select " + kind.alias + ".household_id");
            aggs.forEach((name, agg) -> sql.add(", " + agg + " as " + name));
            sql.add(" from ");
            source(sql, kind);
            sql.add(" group by " + kind.alias + ".household_id)");
        }
        if (!statements.isEmpty()) {
            statementCtes(sql);
        }
        sql.cte(relation()).add("(select h.id, h.region_code");
        columns.forEach((name, expr) -> sql.add(", " + expr + " as " + name));
        sql.add(" from household h");
        for (var kind : aggregates.keySet()) {
            if (!aggregates.get(kind).isEmpty()) {
                String a = kind.alias + "a";
                sql.add(" left join " + a + " on " + a + ".household_id = h.id");
            }
        }
        for (Statement st : statements) {
            sql.add(" left join " + st.alias + " on " + st.alias + ".household_id = h.id");
        }
        sql.add(" where ");
        range(sql, "h.id");
        if (byVillages) {
            sql.add(" and h.region_code = any(").param("villages").add("))");
        } else {
            sql.add(" and h.region_code between ").param("low").add(" and ").param("high").add(")");
        }
    }

    /** {@code column between lo and hi}: the slice's households. */
    private void range(SqlText sql, String column) {
        sql.add(column + " between ").param("lo").add(" and ").param("hi");
    }

    private void source(SqlText sql, ListKind kind) {
        switch (kind) {
            // a plain subquery, which PostgreSQL may aggregate in parallel; the age is computed only where a rule
            // needs the number itself (comparisons with a constant compare the birth date, see ageAtLeast)
            case MEMBERS -> {
                sql.add("(select household_id, birth_date, sex, relation, labour_capacity, health, disability_category,"
                        + " disability_grade, school_stage, work_months, medical_insurance, dibao, tekun, " + age()
                        + " as age from member where removed_at is null and ");
                range(sql, "household_id");
                sql.add(") m");
            }
            case FACTS -> {
                sql.add("risk_fact fi where ");
                range(sql, "fi.household_id");
            }
            case INCOMES -> {
                sql.add("income_statement ii where ");
                range(sql, "ii.household_id");
            }
            case CHANNELS -> {
                sql.add("(select distinct c.household_id, s.channel from clue_signal s join risk_clue c on c.id = s.clue_id where ");
                range(sql, "c.household_id");
                sql.add(") ci");
            }
        }
    }

    /**
     * ViewBuilder.chooseIncome: statements in period order (end, then start); the one overlapping the window most, the
     * later on a tie; without overlap the latest ending on or before the window's end. previousIncome is the one before it.
     */
    private void statementCtes(SqlText sql) {
        String overlap = "greatest(0, least(period_end, " + date(window[1]) + ") - greatest(period_start, " + date(window[0]) + ") + 1)";
        String candidate = "(" + overlap + " > 0 or period_end <= " + date(window[1]) + ")";
        if (!statements.contains(Statement.PREVIOUS)) {
            // the latest in period order is the later of the ends, then of the starts
            sql.cte("inc").add("(select distinct on (household_id) * from income_statement where ");
            range(sql, "household_id");
            sql.add(" and " + candidate + " order by household_id, " + overlap + " desc, period_end desc, period_start desc)");
            return;
        }
        sql.cte("inc_all").add("(select s.*, row_number() over (partition by s.household_id order by s.period_end,"
                + " s.period_start) as k, " + overlap + " as overlap from income_statement s where ");
        range(sql, "s.household_id");
        sql.add(")").cte("inc").add("(select distinct on (household_id) * from " + "inc_all where overlap > 0"
                + " or period_end <= " + date(window[1]) + " order by household_id, overlap desc, k desc)")
                .cte("prev").add("(select p.* from " + "inc join " + "inc_all p on p.household_id = "
                + "inc.household_id and p.k = " + "inc.k - 1)");
    }

    /**
     * A date as LocalDate.toString writes it: the ISO DateStyle (which the evaluation sets) gives YYYY-MM-DD, and
     * is cheaper than to_char.
     */
    private static String text(String dateColumn) {
        // LocalDate writes a year above 9999 with a sign: +10000-01-01
        return "(case when " + dateColumn + " < date '10000-01-01' then " + dateColumn + "::text else '+' || " + dateColumn
                + "::text end)";
    }

    static String date(LocalDate d) {
        return "date '" + d + "'";
    }

    /** Labels.of as SQL: the label of a stored code, the code itself when unknown, '' when missing. */
    static <E extends Enum<E> & Labelled> String label(Class<E> type, String column) {
        StringBuilder b = new StringBuilder("coalesce(case ").append(column);
        for (E e : type.getEnumConstants()) {
            b.append(" when ").append(literal(e.name())).append(" then ").append(literal(e.label()));
        }
        return b.append(" else ").append(column).append("::text end, '')").toString();
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
