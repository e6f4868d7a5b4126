package org.shouwang.screening.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.shouwang.screening.internal.SqlValues.asText;
import static org.shouwang.screening.internal.SqlValues.checked;
import static org.shouwang.screening.internal.SqlValues.constantString;
import static org.shouwang.screening.internal.SqlValues.doubleLiteral;
import static org.shouwang.screening.internal.SqlValues.numeric;
import static org.shouwang.screening.internal.SqlValues.stringLiteral;
import static org.shouwang.screening.internal.SqlValues.toDouble;
import static org.shouwang.screening.internal.SqlValues.toInt;
import static org.shouwang.screening.internal.SqlValues.toText;

/**
 * Translates a type-checked CEL rule into one PostgreSQL expression over the {@link SqlView} of the household, so a
 * county's screening run evaluates its rules inside PostgreSQL in one pass over the tables instead of reading every
 * member into the JVM and interpreting CEL for each. The translation is exact where it gives an answer and says
 * "don't know" (SQL NULL) where CEL could fail: a CEL error and SQL NULL obey the same three-valued logic in and, or
 * and not, so a rule that fails in CEL is NULL in SQL, and every household with a NULL is evaluated again in CEL. What
 * the translation does not cover (e.g. regular expressions, nested list macros, maps and lists as values) throws
 * {@link Untranslatable}, and the profile is then screened in CEL as before. Plain Java.
 */
final class RuleSql {

    /** A construct with no SQL form here. */
    static final class Untranslatable extends Exception {
        Untranslatable(String what) {
            super(what);
        }
    }

    /** The value kinds of the view's scalars. DYN is a jsonb value of fact.fields. */
    enum Kind { BOOL, INT, DOUBLE, STRING, DYN }

    private sealed interface Term permits Val, Struct, ListOf, MapOf {
    }

    /**
     * A scalar SQL expression; {@code nullable} when it can be NULL (where CEL could fail). {@code coded} is set for a
     * label whose stored code is at hand (compared with a constant, the code is compared instead of the label),
     * {@code birth} for a member's age (compared with a constant, the birth date is compared with a cut-off day).
     */
    record Val(String sql, Kind kind, boolean nullable, SqlView.Coded coded, String birth) implements Term {
        Val(String sql, Kind kind, boolean nullable) {
            this(sql, kind, nullable, null, null);
        }
    }

    private enum StructType { HOUSEHOLD, PROFILE, FACT, MEMBER, FACT_ITEM, INCOME, INCOME_ITEM }

    private record Struct(StructType type, SqlView.Statement statement) implements Term {
    }

    private record ListOf(SqlView.ListKind kind) implements Term {
    }

    /** profile.params (constants, jsonb null) or fact.fields (jsonb). */
    private record MapOf(String jsonb) implements Term {
    }

    private final SqlView view;
    private final Map<String, Object> profile;
    private final boolean factScope;
    /** The lists the list macros of the expression being translated run over, one entry per macro. */
    private final List<SqlView.ListKind> iterated = new ArrayList<>();
    static final int MAX_ITERATIONS = 10_000;

    /**
     * @param profile   the profile variable as the CEL screener sees it ({@link ViewBuilder#profile})
     * @param factScope whether the rule runs once per department fact (the variable "fact" is bound)
     */
    RuleSql(SqlView view, Map<String, Object> profile, boolean factScope) {
        this.view = view;
        this.profile = profile;
        this.factScope = factScope;
    }

    /** A rule's condition: a boolean SQL expression, NULL where CEL may fail. */
    String condition(CelAbstractSyntaxTree ast) throws Untranslatable {
        Val v = walk(ast);
        if (v.kind() != Kind.BOOL) {
            throw new Untranslatable("condition is not a bool");
        }
        return v.sql();
    }

    /** An evidence expression: a scalar. */
    Val value(CelAbstractSyntaxTree ast) throws Untranslatable {
        if (isChannels(ast.getExpr())) {
            // household.channels shown as Java shows a list, "[农户自主申报, 信访渠道推送]": the loader reads the channels
            // by code, and so does this aggregate
            String shown = view.aggregate(SqlView.ListKind.CHANNELS, "string_agg(" + view.channel() + ", ', ' order by ci.channel)");
            return new Val(view.column("channels", "'[' || coalesce(" + shown + ", '') || ']'"), Kind.STRING, false);
        }
        Val v = walk(ast);
        // a JSON null in fact.fields is no value CEL shows (an unknown, or an error for fields['k']): CEL decides
        return v.kind() == Kind.DYN ? new Val("nullif(" + v.sql() + ", 'null'::jsonb)", Kind.DYN, true) : v;
    }

    /**
     * CEL gives up an evaluation after {@value #MAX_ITERATIONS} iterations of its list macros, all of them together
     * (RuleEngine's comprehensionMaxIterations): where the lists the expression's macros run over are longer than that
     * together (a household with thousands of facts), the expression is NULL, and CEL decides.
     */
    private Val walk(CelAbstractSyntaxTree ast) throws Untranslatable {
        iterated.clear();
        Val v = new Walk(ast, null, null).val(ast.getExpr());
        if (iterated.isEmpty()) {
            return v;
        }
        Map<SqlView.ListKind, Integer> times = new java.util.EnumMap<>(SqlView.ListKind.class);
        iterated.forEach(k -> times.merge(k, 1, Integer::sum));
        List<String> terms = new ArrayList<>();
        times.forEach((k, n) -> terms.add(n + " * coalesce(" + view.aggregate(k, "count(*)") + ", 0)"));
        String iterations = view.column("iterations", String.join(" + ", terms));
        return new Val("(case when " + iterations + " <= " + MAX_ITERATIONS + " then " + v.sql() + " end)", v.kind(), true);
    }

    private static boolean isChannels(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.SELECT && !e.select().testOnly() && e.select().field().equals("channels")
                && e.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
                && e.select().operand().ident().name().equals("household");
    }

    /** One walk over one tree; inside a list macro {@code itemVar} names the iteration variable of {@code itemList}. */
    private final class Walk {
        private final CelAbstractSyntaxTree ast;
        private final String itemVar;
        private final SqlView.ListKind itemList;

        Walk(CelAbstractSyntaxTree ast, String itemVar, SqlView.ListKind itemList) {
            this.ast = ast;
            this.itemVar = itemVar;
            this.itemList = itemList;
        }

        Term term(CelExpr e) throws Untranslatable {
            return switch (e.getKind()) {
                case CONSTANT -> constant(e.constant());
                case IDENT -> ident(e.ident().name());
                case SELECT -> select(e);
                case CALL -> call(e);
                case COMPREHENSION -> comprehension(e);
                default -> throw new Untranslatable(e.getKind().toString());
            };
        }

        Val val(CelExpr e) throws Untranslatable {
            if (term(e) instanceof Val v) {
                return v;
            }
            throw new Untranslatable("not a scalar: " + e.id());
        }

        private Term ident(String name) throws Untranslatable {
            if (name.equals(itemVar)) {
                return switch (itemList) {
                    case MEMBERS -> new Struct(StructType.MEMBER, null);
                    case FACTS -> new Struct(StructType.FACT_ITEM, null);
                    case INCOMES -> new Struct(StructType.INCOME_ITEM, null);
                    case CHANNELS -> new Val(view.channel(), Kind.STRING, false);
                };
            }
            if (name.equals("profile")) {
                return new Struct(StructType.PROFILE, null);
            }
            // outer variables inside a list macro would need the aggregate to see the household row: not done
            if (itemVar == null && name.equals("household")) {
                return new Struct(StructType.HOUSEHOLD, null);
            }
            if (itemVar == null && factScope && name.equals("fact")) {
                return new Struct(StructType.FACT, null);
            }
            throw new Untranslatable("variable " + name);
        }

        private Term select(CelExpr e) throws Untranslatable {
            if (e.select().testOnly()) {
                throw new Untranslatable("has()");
            }
            String field = e.select().field();
            Term operand = term(e.select().operand());
            if (operand instanceof MapOf map) {
                return index(map, new Val(SqlView.literal(field), Kind.STRING, false), field);
            }
            if (!(operand instanceof Struct s)) {
                throw new Untranslatable("select on a value");
            }
            return switch (s.type()) {
                case HOUSEHOLD -> switch (field) {
                    case "members" -> new ListOf(SqlView.ListKind.MEMBERS);
                    case "facts" -> new ListOf(SqlView.ListKind.FACTS);
                    case "incomes" -> new ListOf(SqlView.ListKind.INCOMES);
                    case "channels" -> new ListOf(SqlView.ListKind.CHANNELS);
                    case "income" -> new Struct(StructType.INCOME, SqlView.Statement.CHOSEN);
                    case "previousIncome" -> new Struct(StructType.INCOME, SqlView.Statement.PREVIOUS);
                    default -> field(e, view.household(field), view.householdCode(field), null);
                };
                case INCOME -> field(e, view.income(s.statement(), field), null, null);
                case INCOME_ITEM -> field(e, view.incomeItem(field), null, null);
                case MEMBER -> field(e, view.member(field), view.memberCode(field), field.equals("age") ? "m.birth_date" : null);
                case FACT, FACT_ITEM -> field.equals("fields")
                        ? new MapOf(view.fact(field, s.type() == StructType.FACT_ITEM))
                        : field(e, view.fact(field, s.type() == StructType.FACT_ITEM), null, null);
                case PROFILE -> field.equals("params") ? new MapOf(null) : constant(e, profile.get(field));
            };
        }

        /** A field of the view: never NULL (the view's values are never null, as in Java). */
        private Val field(CelExpr e, String sql, SqlView.Coded coded, String birth) throws Untranslatable {
            if (sql == null) {
                throw new Untranslatable("field " + e.select().field());
            }
            return new Val(sql, kind(e), false, coded, birth);
        }

        /** profile.params[k] is a constant (a missing key fails in CEL, NULL here); fact.fields[k] is jsonb. */
        private Term index(MapOf map, Val key, String constantKey) throws Untranslatable {
            if (map.jsonb() != null) {
                return new Val("(" + map.jsonb() + " -> " + key.sql() + ")", Kind.DYN, true);
            }
            if (constantKey == null) {
                throw new Untranslatable("profile.params with a computed key");
            }
            Object v = params().get(constantKey);
            return v == null ? new Val("null::float8", Kind.DOUBLE, true) : doubleLiteral((Double) v);
        }

        private Term constant(CelExpr e, Object value) throws Untranslatable {
            if (value instanceof Double d) {
                return doubleLiteral(d);
            }
            if (value instanceof Long l) {
                return new Val("(" + l + ")::bigint", Kind.INT, false);
            }
            if (value instanceof String s) {
                return new Val(stringLiteral(s), Kind.STRING, false);
            }
            throw new Untranslatable("profile field " + e.select().field());
        }

        private Term constant(CelConstant c) throws Untranslatable {
            return switch (c.getKind()) {
                case BOOLEAN_VALUE -> new Val(Boolean.toString(c.booleanValue()), Kind.BOOL, false);
                // in parentheses: -9223372036854775808::bigint would cast before negating, and overflow
                case INT64_VALUE -> new Val("(" + c.int64Value() + ")::bigint", Kind.INT, false);
                case DOUBLE_VALUE -> doubleLiteral(c.doubleValue());
                case STRING_VALUE -> new Val(stringLiteral(c.stringValue()), Kind.STRING, false);
                default -> throw new Untranslatable("constant " + c.getKind());
            };
        }

        private Term call(CelExpr e) throws Untranslatable {
            String fn = e.call().function();
            List<CelExpr> args = new ArrayList<>();
            e.call().target().ifPresent(args::add);
            args.addAll(e.call().args());
            return switch (fn) {
                case "_&&_" -> logical(args, " and ");
                case "_||_" -> logical(args, " or ");
                case "!_" -> {
                    Val v = bool(args.get(0));
                    yield new Val("(not " + v.sql() + ")", Kind.BOOL, v.nullable());
                }
                case "_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_" -> compare(fn, args.get(0), args.get(1));
                case "_+_", "_-_", "_*_", "_/_", "_%_" -> arithmetic(e, fn, args.get(0), args.get(1));
                case "-_" -> negate(val(args.get(0)));
                case "_?_:_" -> conditional(args);
                case "@in" -> in(args.get(0), args.get(1));
                case "_[_]" -> {
                    if (!(term(args.get(0)) instanceof MapOf map)) {
                        throw new Untranslatable("index on a list");
                    }
                    CelExpr key = args.get(1);
                    yield index(map, val(key), constantString(key));
                }
                case "size" -> size(args.get(0));
                case "double" -> toDouble(val(args.get(0)));
                case "int" -> toInt(val(args.get(0)));
                case "string" -> toText(val(args.get(0)));
                case "contains" -> textTest(args, "(strpos(%1$s, %2$s) > 0)");
                case "startsWith" -> textTest(args, "starts_with(%1$s, %2$s)");
                case "endsWith" -> textTest(args, "(right(%1$s, char_length(%2$s)) = %2$s)");
                default -> throw new Untranslatable("function " + fn);
            };
        }

        private Val bool(CelExpr e) throws Untranslatable {
            Val v = val(e);
            if (v.kind() != Kind.BOOL) {
                throw new Untranslatable("not a bool");
            }
            return v;
        }

        private Val text(CelExpr e) throws Untranslatable {
            Val v = asText(val(e));
            if (v == null) {
                throw new Untranslatable("not a string");
            }
            return v;
        }

        private Val textTest(List<CelExpr> args, String format) throws Untranslatable {
            Val s = text(args.get(0)), t = text(args.get(1));
            return new Val(String.format(format, s.sql(), t.sql()), Kind.BOOL, s.nullable() || t.nullable());
        }

        private Val logical(List<CelExpr> args, String op) throws Untranslatable {
            Val a = bool(args.get(0)), b = bool(args.get(1));
            return new Val("(" + a.sql() + op + b.sql() + ")", Kind.BOOL, a.nullable() || b.nullable());
        }

        private Val compare(String fn, CelExpr left, CelExpr right) throws Untranslatable {
            Val a = val(left), b = val(right);
            String op = switch (fn) {
                case "_==_" -> "=";
                case "_!=_" -> "<>";
                case "_<_" -> "<";
                case "_<=_" -> "<=";
                case "_>_" -> ">";
                default -> ">=";
            };
            Val special = special(a, right, op, false);
            if (special == null) {
                special = special(b, left, op, true);
            }
            if (special != null) {
                return special;
            }
            boolean nullable = a.nullable() || b.nullable();
            // fact.fields values are dyn: compared as strings when they are strings, otherwise CEL decides
            if (a.kind() == Kind.DYN || b.kind() == Kind.DYN) {
                Val x = asText(a), y = asText(b);
                if (x == null || y == null || (!op.equals("=") && !op.equals("<>"))) {
                    throw new Untranslatable("dyn compared with a non-string");
                }
                return new Val("(" + x.sql() + " " + op + " " + y.sql() + ")", Kind.BOOL, true);
            }
            if (!(numeric(a) && numeric(b)) && a.kind() != b.kind()) {
                throw new Untranslatable("comparison of " + a.kind() + " with " + b.kind());
            }
            if (a.kind() == Kind.STRING && !op.equals("=") && !op.equals("<>")) {
                return order(a, b, op, left, right, nullable);
            }
            return new Val("(" + a.sql() + " " + op + " " + b.sql() + ")", Kind.BOOL, nullable);
        }

        /**
         * Strings ordered as CEL orders them. cel-java compares Java strings, by UTF-16 code unit; the C collation
         * compares UTF-8 bytes, by code point. The two orders differ only where a character above U+FFFF (a surrogate
         * pair in UTF-16) meets one in U+E000..U+FFFF at the first difference, which cannot happen when one side is
         * made of constants whose characters are all below U+D800 (dates, numbers, most Chinese); otherwise such a
         * pair makes the comparison NULL, and CEL decides.
         */
        private Val order(Val a, Val b, String op, CelExpr left, CelExpr right, boolean nullable) {
            String cmp = "(" + a.sql() + " collate \"C\" " + op + " " + b.sql() + ")";
            if (belowSurrogates(left) || belowSurrogates(right)) {
                return new Val(cmp, Kind.BOOL, nullable);
            }
            String high = "'[\uE000-\uFFFF]'", supplementary = "'[\uD800\uDC00-\uDBFF\uDFFF]'";
            String risky = "((" + a.sql() + " ~ " + high + " or " + b.sql() + " ~ " + high + ") and (" + a.sql() + " ~ "
                    + supplementary + " or " + b.sql() + " ~ " + supplementary + "))";
            return new Val("(case when not " + risky + " then " + cmp + " end)", Kind.BOOL, true);
        }

        /** Whether an expression is made of constants (and profile fields) whose characters are all below U+D800. */
        private boolean belowSurrogates(CelExpr e) {
            return switch (e.getKind()) {
                case CONSTANT -> e.constant().getKind() != CelConstant.Kind.STRING_VALUE
                        || e.constant().stringValue().chars().allMatch(ch -> ch < 0xD800);
                // profile fields are dates and numbers
                case SELECT -> e.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
                        && e.select().operand().ident().name().equals("profile") && !"profile".equals(itemVar);
                case CALL -> e.call().target().isEmpty() && !e.call().args().isEmpty()
                        && List.of("_+_", "_-_", "_*_", "_/_", "_%_", "-_", "string", "int", "double").contains(e.call().function())
                        && e.call().args().stream().allMatch(this::belowSurrogates);
                default -> false;
            };
        }

        /**
         * A label or an age compared with a constant, as the cheaper comparison of the stored code or the birth date:
         * a county has a million members, and a label or an age computed per member costs more than the whole rule.
         */
        private Val special(Val v, CelExpr other, String op, boolean flipped) {
            if (other.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
                return null;
            }
            CelConstant c = other.constant();
            if (v.coded() != null && c.getKind() == CelConstant.Kind.STRING_VALUE && (op.equals("=") || op.equals("<>"))) {
                String test = view.codeIs(v.coded(), List.of(c.stringValue()));
                return new Val(op.equals("=") ? test : "(not " + test + ")", Kind.BOOL, false);
            }
            if (v.birth() == null || c.getKind() != CelConstant.Kind.INT64_VALUE) {
                return null;
            }
            long k = c.int64Value();
            String o = !flipped ? op : switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
            String atLeastK = view.ageAtLeast(v.birth(), k);
            String aboveK = k == Long.MAX_VALUE ? "false" : view.ageAtLeast(v.birth(), k + 1);
            return new Val(switch (o) {
                case ">=" -> atLeastK;
                case ">" -> aboveK;
                case "<" -> "(not " + atLeastK + ")";
                case "<=" -> "(not " + aboveK + ")";
                case "=" -> "(" + atLeastK + " and not " + aboveK + ")";
                default -> "(not " + atLeastK + " or " + aboveK + ")";
            }, Kind.BOOL, false);
        }

        private Val arithmetic(CelExpr e, String fn, CelExpr left, CelExpr right) throws Untranslatable {
            Val a = val(left), b = val(right);
            Kind result = kind(e);
            boolean nullable = a.nullable() || b.nullable();
            if (result == Kind.STRING && fn.equals("_+_")) {
                return new Val("(" + a.sql() + " || " + b.sql() + ")", Kind.STRING, nullable);
            }
            if (a.kind() != b.kind() || (result != Kind.INT && result != Kind.DOUBLE)) {
                throw new Untranslatable("arithmetic on " + a.kind() + " and " + b.kind());
            }
            if (result == Kind.DOUBLE) {
                // x / 0.0 is infinite in CEL and an error in PostgreSQL: NULL, and CEL decides
                return switch (fn) {
                    case "_/_" -> new Val("(" + a.sql() + " / nullif(" + b.sql() + ", 0.0::float8))", Kind.DOUBLE, true);
                    case "_%_" -> throw new Untranslatable("double modulo");
                    default -> new Val("(" + a.sql() + " " + fn.charAt(1) + " " + b.sql() + ")", Kind.DOUBLE, nullable);
                };
            }
            // int64 overflow fails in CEL: computed in numeric and NULL outside the int64 range
            String x = "(" + a.sql() + ")::numeric", y = "(" + b.sql() + ")::numeric";
            return switch (fn) {
                case "_/_" -> checked("case when " + y + " = 0 then null else div(" + x + ", " + y + ") end");
                case "_%_" -> checked("case when " + y + " = 0 then null else mod(" + x + ", " + y + ") end");
                default -> checked("(" + x + " " + fn.charAt(1) + " " + y + ")");
            };
        }

        private Val negate(Val v) throws Untranslatable {
            return switch (v.kind()) {
                case INT -> checked("(-(" + v.sql() + ")::numeric)");
                case DOUBLE -> new Val("(-" + v.sql() + ")", Kind.DOUBLE, v.nullable());
                default -> throw new Untranslatable("negation of " + v.kind());
            };
        }

        private Val conditional(List<CelExpr> args) throws Untranslatable {
            Val c = bool(args.get(0)), a = val(args.get(1)), b = val(args.get(2));
            if (a.kind() != b.kind() || a.kind() == Kind.DYN) {
                throw new Untranslatable("conditional of mixed kinds");
            }
            // a failing condition fails in CEL: neither branch, NULL
            return new Val("(case when " + c.sql() + " then " + a.sql() + " when not " + c.sql() + " then " + b.sql() + " end)",
                    a.kind(), c.nullable() || a.nullable() || b.nullable());
        }

        private Val in(CelExpr element, CelExpr container) throws Untranslatable {
            if (container.getKind() == CelExpr.ExprKind.Kind.LIST) {
                return inList(val(element), container.list().elements());
            }
            Term c = term(container);
            if (c instanceof MapOf map) {
                Val key = text(element);
                if (map.jsonb() != null) {
                    // not the operator "?", which JDBC takes for a parameter marker; a key whose value is a JSON null
                    // is not in the map for CEL (its value is no value): CEL decides
                    String value = "(" + map.jsonb() + " -> " + key.sql() + ")";
                    return new Val("(case when " + key.sql() + " is null then null when " + value + " is null then false when "
                            + value + " <> 'null'::jsonb then true end)", Kind.BOOL, true);
                }
                String constantKey = constantString(element);
                if (constantKey == null) {
                    throw new Untranslatable("in profile.params with a computed key");
                }
                return new Val(Boolean.toString(params().containsKey(constantKey)), Kind.BOOL, false);
            }
            if (c instanceof ListOf list && list.kind() == SqlView.ListKind.CHANNELS && itemVar == null) {
                Val x = text(element);
                return exists(SqlView.ListKind.CHANNELS, new Val("(" + view.channel() + " = " + x.sql() + ")", Kind.BOOL,
                        x.nullable()));
            }
            throw new Untranslatable("in on " + container.getKind());
        }

        private Val inList(Val x, List<CelExpr> elements) throws Untranslatable {
            List<String> constants = new ArrayList<>();
            for (CelExpr item : elements) {
                String s = constantString(item);
                if (s == null) {
                    constants = null;
                    break;
                }
                constants.add(s);
            }
            if (x.coded() != null && constants != null) {
                return new Val(view.codeIs(x.coded(), constants), Kind.BOOL, false);
            }
            Val element = x.kind() == Kind.DYN ? asText(x) : x;
            List<String> items = new ArrayList<>();
            for (CelExpr item : elements) {
                Val v = val(item);
                if (item.getKind() != CelExpr.ExprKind.Kind.CONSTANT || v.kind() != element.kind()) {
                    throw new Untranslatable("in with a list that is not of constants of the same kind");
                }
                items.add(v.sql());
            }
            if (items.isEmpty()) {
                return new Val("(case when " + element.sql() + " is not null then false end)", Kind.BOOL, element.nullable());
            }
            return new Val("(" + element.sql() + " in (" + String.join(", ", items) + "))", Kind.BOOL, element.nullable());
        }

        private Val size(CelExpr target) throws Untranslatable {
            if (target.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
                CelExpr macro = macro(target);
                if (macro.call().function().equals("filter")) {
                    SqlView.ListKind kind = list(macro);
                    iterated.add(kind);
                    return count(kind, predicate(macro));
                }
                throw new Untranslatable("size of " + macro.call().function());
            }
            Term t = term(target);
            if (t instanceof ListOf list) {
                if (list.kind() == SqlView.ListKind.MEMBERS) {
                    return new Val(view.household("memberCount"), Kind.INT, false);
                }
                return new Val(view.column("size", "coalesce(" + view.aggregate(list.kind(), "count(*)") + ", 0)"), Kind.INT, false);
            }
            if (t instanceof Val v && v.kind() == Kind.STRING) {
                return new Val("char_length(" + v.sql() + ")::bigint", Kind.INT, v.nullable());
            }
            throw new Untranslatable("size of " + t);
        }

        private Term comprehension(CelExpr e) throws Untranslatable {
            CelExpr macro = macro(e);
            SqlView.ListKind kind = list(macro);
            iterated.add(kind);
            Val p = predicate(macro);
            return switch (macro.call().function()) {
                case "exists" -> exists(kind, p);
                case "all" -> {
                    if (!p.nullable()) {
                        String misses = view.aggregate(kind, "count(*) filter (where not " + p.sql() + ")");
                        yield new Val(view.column("all", "coalesce(" + misses + ", 0) = 0"), Kind.BOOL, false);
                    }
                    // false if any is false; else NULL (a CEL error) if any fails; else true
                    String agg = view.aggregate(kind, "min(case " + p.sql() + " when true then 2 when false then 0 else 1 end)");
                    yield new Val(view.column("all", "(case coalesce(" + agg + ", 2) when 2 then true when 0 then false end)"),
                            Kind.BOOL, true);
                }
                case "exists_one" -> {
                    Val n = count(kind, p);
                    yield new Val("(" + n.sql() + " = 1)", Kind.BOOL, n.nullable());
                }
                default -> throw new Untranslatable("macro " + macro.call().function());
            };
        }

        /** exists: true if any row's predicate is true; else NULL (a CEL error) if any is NULL; else false. */
        private Val exists(SqlView.ListKind kind, Val p) {
            if (!p.nullable()) {
                // the same aggregate as filter(…).size() with this predicate: computed once for both
                Val n = count(kind, p);
                return new Val("(" + n.sql() + " > 0)", Kind.BOOL, false);
            }
            String agg = view.aggregate(kind, "max(case " + p.sql() + " when true then 2 when false then 0 else 1 end)");
            return new Val(view.column("exists", "(case coalesce(" + agg + ", 0) when 2 then true when 0 then false end)"),
                    Kind.BOOL, true);
        }

        /** The rows whose predicate holds; NULL if any predicate fails (CEL stops with the error). */
        private Val count(SqlView.ListKind kind, Val p) {
            String hits = view.aggregate(kind, "count(*) filter (where " + p.sql() + ")");
            if (!p.nullable()) {
                return new Val(view.column("count", "coalesce(" + hits + ", 0)"), Kind.INT, false);
            }
            String errors = view.aggregate(kind, "count(*) filter (where (" + p.sql() + ") is null)");
            return new Val(view.column("count", "(case when coalesce(" + errors + ", 0) = 0 then coalesce(" + hits + ", 0) end)"),
                    Kind.INT, true);
        }

        private CelExpr macro(CelExpr comprehension) throws Untranslatable {
            CelExpr macro = ast.getSource().getMacroCalls().get(comprehension.id());
            if (macro == null || macro.getKind() != CelExpr.ExprKind.Kind.CALL || macro.call().target().isEmpty()
                    || macro.call().args().size() != 2) {
                throw new Untranslatable("comprehension that is not a list macro");
            }
            return macro;
        }

        private SqlView.ListKind list(CelExpr macro) throws Untranslatable {
            if (itemVar != null) {
                throw new Untranslatable("nested list macro");
            }
            if (term(macro.call().target().get()) instanceof ListOf list) {
                return list.kind();
            }
            throw new Untranslatable("macro over a list that is not the household's");
        }

        private Val predicate(CelExpr macro) throws Untranslatable {
            CelExpr body = macro.call().args().get(1);
            if (body.getKind() == CelExpr.ExprKind.Kind.NOT_SET) {
                throw new Untranslatable("nested list macro");
            }
            Walk inner = new Walk(ast, macro.call().args().get(0).ident().name(), list(macro));
            return inner.bool(body);
        }

        private Kind kind(CelExpr e) throws Untranslatable {
            CelType t = ast.getType(e.id()).orElseThrow(() -> new Untranslatable("untyped " + e.id()));
            return switch (t.kind()) {
                case BOOL -> Kind.BOOL;
                case INT -> Kind.INT;
                case DOUBLE -> Kind.DOUBLE;
                case STRING -> Kind.STRING;
                case DYN -> Kind.DYN;
                default -> throw new Untranslatable("type " + t);
            };
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> params() {
        return (Map<String, Object>) profile.get("params");
    }
}
