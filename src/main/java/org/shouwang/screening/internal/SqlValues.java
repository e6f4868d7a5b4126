package org.shouwang.screening.internal;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import org.shouwang.screening.internal.RuleSql.Kind;
import org.shouwang.screening.internal.RuleSql.Untranslatable;
import org.shouwang.screening.internal.RuleSql.Val;

/**
 * The SQL forms of CEL's scalar conversions and literals for {@link RuleSql}: each keeps CEL's result where CEL has
 * one and gives NULL (CEL decides) or {@link Untranslatable} where the two languages would part (int64 overflow, a
 * double written as text, a NUL in a string).
 */
final class SqlValues {

    private static final String INT_MIN = "-9223372036854775808", INT_MAX = "9223372036854775807";

    private SqlValues() {
    }

    static String constantString(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.STRING_VALUE
                ? e.constant().stringValue() : null;
    }

    static boolean numeric(Val v) {
        return v.kind() == Kind.INT || v.kind() == Kind.DOUBLE;
    }

    /** int arithmetic done in numeric: NULL outside the int64 range, where CEL fails. */
    static Val checked(String numeric) {
        return new Val("(case when " + numeric + " between " + INT_MIN + " and " + INT_MAX + " then (" + numeric
                + ")::bigint end)", Kind.INT, true);
    }

    /** A string, or a dyn that is a string (NULL otherwise, so CEL decides); null when neither. */
    static Val asText(Val v) {
        return switch (v.kind()) {
            case STRING -> v;
            case DYN -> new Val("(case when jsonb_typeof(" + v.sql() + ") = 'string' then " + v.sql() + " #>> '{}' end)",
                    Kind.STRING, true);
            default -> null;
        };
    }

    static Val toDouble(Val v) throws Untranslatable {
        return switch (v.kind()) {
            case DOUBLE -> v;
            case INT -> new Val("(" + v.sql() + ")::float8", Kind.DOUBLE, v.nullable());
            default -> throw new Untranslatable("double() of " + v.kind());
        };
    }

    /** int(double) truncates toward zero and fails outside the int64 range. */
    static Val toInt(Val v) throws Untranslatable {
        return switch (v.kind()) {
            case INT -> v;
            case DOUBLE -> new Val("(case when " + v.sql() + " > -9.223372036854775807e18 and " + v.sql()
                    + " < 9.223372036854775807e18 then trunc(" + v.sql() + ")::bigint end)", Kind.INT, true);
            default -> throw new Untranslatable("int() of " + v.kind());
        };
    }

    static Val toText(Val v) throws Untranslatable {
        return switch (v.kind()) {
            case STRING -> v;
            case DYN -> asText(v);
            case INT -> new Val("(" + v.sql() + ")::text", Kind.STRING, v.nullable());
            case BOOL -> new Val("(case when " + v.sql() + " then 'true' when not " + v.sql() + " then 'false' end)",
                    Kind.STRING, v.nullable());
            // Java and PostgreSQL write doubles differently (1.0E7, 10000000)
            case DOUBLE -> throw new Untranslatable("string() of a double");
        };
    }

    static Val doubleLiteral(double d) throws Untranslatable {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new Untranslatable("non-finite double");
        }
        // float8's input is correctly rounded, as is Java's output: the literal is the same double
        return new Val("'" + Double.toString(d) + "'::float8", Kind.DOUBLE, false);
    }

    static String stringLiteral(String s) throws Untranslatable {
        if (s.indexOf('\0') >= 0) {
            throw new Untranslatable("NUL in a string");
        }
        return SqlView.literal(s) + "::text";
    }
}
