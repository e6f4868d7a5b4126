package org.shouwang.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.shouwang.reporting.LedgerKind;
import org.shouwang.reporting.LedgerPeriod;
import org.shouwang.reporting.ReportScope;

/**
 * A ledger as declared: its columns and the SQL read model they come from. {@code from} is the FROM clause with its
 * joins (and any fixed condition in {@code where}); {@code region} is the column the scope range applies to,
 * {@code day} the one the period applies to (null for a current list), {@code household} the household each row is
 * about (for the audit of a reveal). User input only ever reaches the SQL as bound parameters.
 */
public record LedgerDefinition(LedgerKind kind, String from, String where, String region, String day, String household,
        String orderBy, List<LedgerColumn> columns) {

    /** The statement's body (FROM … WHERE …) and its parameters for a scope and a period. */
    public record Body(String sql, List<Object> params) {
    }

    public Body body(ReportScope scope, LedgerPeriod period) {
        List<Object> params = new ArrayList<>(List.of(scope.low(), scope.high()));
        StringBuilder sql = new StringBuilder(" from ").append(from).append(" where ").append(region)
                .append(" between ? and ?");
        if (where != null) {
            sql.append(" and (").append(where).append(')');
        }
        if (day != null && period.from() != null) {
            sql.append(" and ").append(day).append(" >= ?");
            params.add(period.from());
        }
        if (day != null && period.to() != null) {
            sql.append(" and ").append(day).append(" <= ?");
            params.add(period.to());
        }
        return new Body(sql.toString(), params);
    }

    /** The rows in ledger order: the declared columns, then the household id. */
    public String select(Body body) {
        String cols = IntStream.range(0, columns.size()).mapToObj(i -> columns.get(i).expr() + " as c" + i)
                .collect(Collectors.joining(", "));
        return "select " + cols + ", " + household + " as household_id" + body.sql() + " order by " + orderBy;
    }

    public String count(Body body) {
        return "select count(*)" + body.sql();
    }

    public String households(Body body) {
        return "select distinct " + household + body.sql() + " and " + household + " is not null";
    }

    public boolean hasSensitive() {
        return columns.stream().anyMatch(LedgerColumn::sensitive);
    }

    public List<String> titles() {
        return columns.stream().map(LedgerColumn::title).toList();
    }
}
