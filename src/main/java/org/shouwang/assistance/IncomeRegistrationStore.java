package org.shouwang.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for income_registration (V19). Rows are only inserted: a registered period is never overwritten. */
@Component
class IncomeRegistrationStore {

    /** Ten years of monthly registrations fit in one answer. */
    static final int HOUSEHOLD_LIMIT = 120;

    private final JdbcClient jdbc;

    IncomeRegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the household row for the registration's transaction, so two registrations of overlapping periods
     * (a month and its quarter) cannot both pass the overlap check; answers the current member count.
     */
    int lockHousehold(long householdId) {
        return jdbc.sql("select member_count from household where id = ? for update").param(householdId)
                .query(Integer.class).single();
    }

    /** A registration whose period overlaps the given one, if any. */
    Optional<IncomeRegistration> overlapping(long householdId, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                select * from income_registration where household_id = ? and period_start <= ? and period_end >= ?
                 order by period_start limit 1""").params(householdId, end, start)
                .query(IncomeRegistrationStore::registration).optional();
    }

    long insert(long householdId, IncomeRegistrationRules.Entry e, String username) {
        return jdbc.sql("""
                insert into income_registration (household_id, period_start, period_end, net_income, member_count_used,
                                                 per_capita_yearly, note, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(householdId, e.period().start(), e.period().end(), e.netIncome(), e.memberCount(),
                        e.perCapitaYearly(), e.note(), username)
                .query(Long.class).single();
    }

    IncomeRegistration byId(long id) {
        return jdbc.sql("select * from income_registration where id = ?").param(id)
                .query(IncomeRegistrationStore::registration).single();
    }

    List<IncomeRegistration> ofHousehold(long householdId) {
        return jdbc.sql("select * from income_registration where household_id = ? order by period_start desc limit ?")
                .params(householdId, HOUSEHOLD_LIMIT).query(IncomeRegistrationStore::registration).list();
    }

    /** Registrations overlapping [from, to], oldest first. */
    List<IncomeRegistration> between(long householdId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from income_registration where household_id = ? and period_start <= ? and period_end >= ?
                 order by period_start""").params(householdId, to, from)
                .query(IncomeRegistrationStore::registration).list();
    }

    private static IncomeRegistration registration(ResultSet rs, int n) throws SQLException {
        IncomePeriod p = IncomePeriod.of(rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class));
        return new IncomeRegistration(rs.getLong("id"), rs.getLong("household_id"), p.code(), p.label(), p.start(),
                p.end(), rs.getBigDecimal("net_income"), rs.getInt("member_count_used"),
                rs.getBigDecimal("per_capita_yearly"), rs.getString("note"), rs.getString("registered_by"),
                rs.getObject("registered_at", OffsetDateTime.class));
    }
}
