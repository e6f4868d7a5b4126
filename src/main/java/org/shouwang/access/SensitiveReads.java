package org.shouwang.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records each reveal of a full ID or phone number: who, whose, which field, when (DOMAIN.md 6). */
@Component
public class SensitiveReads {

    private final JdbcClient jdbc;

    SensitiveReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(CurrentUser user, long householdId, Long memberId, String field) {
        jdbc.sql("insert into sensitive_read (username, household_id, member_id, field) values (?, ?, ?, ?)")
                .params(user.username(), householdId, memberId, field)
                .update();
    }

    /**
     * One row per household for a reveal that shows many households at once (a ledger preview or export), written in
     * one statement so an export of 100,000 rows is audited before any of it leaves the server.
     */
    public void recordAll(CurrentUser user, long[] householdIds, String field) {
        if (householdIds.length == 0) {
            return;
        }
        jdbc.sql("insert into sensitive_read (username, household_id, field) select ?, unnest(?::bigint[]), ?")
                .params(user.username(), householdIds, field)
                .update();
    }

    public int countFor(long householdId) {
        return jdbc.sql("select count(*) from sensitive_read where household_id = ?").param(householdId)
                .query(Integer.class).single();
    }
}
