package org.shouwang.screening.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.shouwang.policy.PolicyRule;
import org.postgresql.PGStatement;
import org.shouwang.policy.ProfileParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Screening runs evaluate their profile's rules in PostgreSQL when every rule has a SQL form ({@link SqlScreener}),
 * which is several times faster than reading every member into the JVM and interpreting CEL for each. The SQL form
 * of a profile is made once and kept while the same rules and parameters are in force (the villages of a county
 * share it). {@code shouwang.screening.sql=false} screens in CEL only.
 */
@Component
class SqlScreening {

    private static final Logger log = LoggerFactory.getLogger(SqlScreening.class);

    /** What a SQL form depends on: villages whose profiles agree on these share one. */
    private record Key(List<PolicyRule> rules, BigDecimal threshold, List<LocalDate> window, Map<String, BigDecimal> params,
            ProfileParameters.IncomeItems items, LocalDate date) {
    }

    private final DataSource dataSource;
    private final boolean enabled;
    private final Map<Key, Optional<SqlScreener>> forms = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<SqlScreener>> eldest) {
            return size() > 100;
        }
    };

    /** Whether runs store results and raise signals in SQL ({@link FoundWriter}), or read the findings into Java. */
    private final boolean writes;

    @org.springframework.beans.factory.annotation.Autowired
    SqlScreening(DataSource dataSource, @Value("${shouwang.screening.sql:true}") boolean enabled,
            @Value("${shouwang.screening.sql-writes:true}") boolean writes) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.writes = writes;
    }

    SqlScreening(DataSource dataSource, boolean enabled) {
        this(dataSource, enabled, true);
    }

    boolean writes() {
        return writes;
    }

    /** The SQL form of a screener's rules; empty when a rule has none (or SQL screening is switched off). */
    Optional<SqlScreener> of(Screener screener) {
        if (!enabled) {
            return Optional.empty();
        }
        var p = screener.profile();
        synchronized (forms) {
            return forms.computeIfAbsent(key(screener), k -> {
                try {
                    return Optional.of(new SqlScreener(screener));
                } catch (RuleSql.Untranslatable e) {
                    log.info("Profile {} is screened in CEL: a rule has no SQL form ({})", p.regionCode(), e.getMessage());
                    return Optional.empty();
                }
            });
        }
    }

    private static Key key(Screener screener) {
        var p = screener.profile();
        return new Key(screener.rules(), p.threshold(), List.of(p.incomeWindow()), p.parameters().params(),
                p.parameters().incomeItems(), p.date());
    }

    /** Whether the SQL form of a screener's rules has been made (or found impossible) already. */
    boolean made(Screener screener) {
        synchronized (forms) {
            return forms.containsKey(key(screener));
        }
    }

    /**
     * A connection for the slices of one run, evaluated one after the other on one thread. Each profile's statement is
     * prepared on the server once, with a generic plan: planning the statement took longer than running it on a slice
     * of 30,000 households, and the plan is the same for every slice (index ranges over household_id).
     */
    Session session() throws SQLException {
        return new Session(dataSource.getConnection());
    }

    /** See {@link #session()}. Not thread-safe. */
    static final class Session implements AutoCloseable {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

        private boolean found;

        private Session(Connection connection) throws SQLException {
            this.connection = connection;
            begin();
        }

        /**
         * Finds, stores and raises one slice in PostgreSQL ({@link FoundWriter}) and commits it. On an error nothing of
         * the slice is kept and the connection can go on with the next.
         */
        FoundWriter.Written write(SqlScreener screener, Integer[] catalogue, FoundWriter.Run run, long lo, long hi,
                String regionLow, String regionHigh, List<String> villages) throws SQLException {
            try {
                if (!found) {
                    try (Statement st = connection.createStatement()) {
                        st.execute(FoundWriter.TABLE); // kept by the rollback of a later slice: created in its own transaction
                    }
                    connection.commit();
                    begin();
                    found = true;
                }
                FoundWriter.Written w = FoundWriter.write(connection, this::prepare, screener, catalogue, run, lo, hi,
                        regionLow, regionHigh, villages);
                connection.commit();
                begin();
                return w;
            } catch (SQLException | RuntimeException e) {
                prepared.values().forEach(Session::closeQuietly);
                prepared.clear();
                connection.rollback();
                begin();
                throw e;
            }
        }

        private void begin() throws SQLException {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("set local plan_cache_mode = force_generic_plan");
            }
        }

        /** Evaluates one slice of households (see {@link SqlScreener#evaluate}). */
        SqlScreener.Slice evaluate(SqlScreener screener, long lo, long hi, String regionLow, String regionHigh,
                List<String> villages) throws SQLException {
            try {
                return screener.evaluate(connection, this::prepare, lo, hi, regionLow, regionHigh, villages);
            } catch (SQLException e) {
                // the transaction is aborted: start afresh, so the next slice can still run in SQL
                prepared.values().forEach(Session::closeQuietly);
                prepared.clear();
                connection.rollback();
                begin();
                throw e;
            }
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                ps.unwrap(PGStatement.class).setPrepareThreshold(1); // a named server-side statement from the first use
                if (log.isDebugEnabled()) {
                    log.debug("Screening statement prepared:\n{}", sql); // for EXPLAIN when a run is slow
                }
                prepared.put(sql, ps);
            }
            return ps;
        }

        private static void closeQuietly(PreparedStatement ps) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing a statement of an aborted transaction
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                prepared.values().forEach(Session::closeQuietly);
                connection.rollback();
                if (found) {
                    // the connection goes back to the pool
                    try (Statement st = connection.createStatement()) {
                        st.execute("drop table if exists pg_temp.screening_found");
                    }
                    connection.commit();
                }
            } finally {
                connection.close();
            }
        }
    }
}
