package org.shouwang.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a ledger's read model: a page for the preview, or every row through a server-side cursor for an export, so
 * 100,000 rows never sit in memory at once (PostgreSQL only streams with a fetch size inside a transaction).
 */
@Component
public class LedgerQueries {

    static final int FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    LedgerQueries(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Whether the table exists with all the columns a ledger reads (another session's table may not yet). */
    public boolean tableReady(String table, List<String> columns) {
        Integer found = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and table_name = ? and column_name = any (?)""", Integer.class,
                table, columns.toArray(String[]::new));
        return found != null && found == columns.size();
    }

    public long count(LedgerDefinition ledger, LedgerDefinition.Body body) {
        Long n = jdbc.queryForObject(ledger.count(body), Long.class, body.params().toArray());
        return n == null ? 0 : n;
    }

    /** Rows of one page; each row's last element is its household id (null for none). */
    public List<List<Object>> page(LedgerDefinition ledger, LedgerDefinition.Body body, int offset, int size,
            boolean reveal) {
        List<Object> params = new ArrayList<>(body.params());
        params.add(size);
        params.add(offset);
        return jdbc.query(ledger.select(body) + " limit ? offset ?", (rs, n) -> row(ledger, rs, reveal, true),
                params.toArray());
    }

    public long[] households(LedgerDefinition ledger, LedgerDefinition.Body body) {
        return jdbc.queryForList(ledger.households(body), Long.class, body.params().toArray()).stream()
                .mapToLong(Long::longValue).toArray();
    }

    /** Every row in ledger order, handed over one at a time; returns how many. */
    public long stream(LedgerDefinition ledger, LedgerDefinition.Body body, boolean reveal, Consumer<List<Object>> sink) {
        Long rows = readOnly.execute(status -> {
            long[] n = {0};
            cursor.query(ledger.select(body), rs -> {
                sink.accept(row(ledger, rs, reveal, false));
                n[0]++;
            }, body.params().toArray());
            return n[0];
        });
        return rows == null ? 0 : rows;
    }

    private static List<Object> row(LedgerDefinition ledger, ResultSet rs, boolean reveal, boolean withHousehold)
            throws SQLException {
        List<LedgerColumn> columns = ledger.columns();
        List<Object> row = new ArrayList<>(columns.size() + 1);
        for (int i = 0; i < columns.size(); i++) {
            row.add(columns.get(i).value(rs, i + 1, reveal));
        }
        if (withHousehold) {
            long id = rs.getLong(columns.size() + 1);
            row.add(rs.wasNull() ? null : id);
        }
        return row;
    }
}
