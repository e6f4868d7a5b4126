package org.shouwang.screening.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.CurrentUser;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.screening.ClueStatus;
import org.shouwang.screening.NotIncludedReason;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of a decision: the clue locked in the caller's range, its update, its audit line and its signals' references. */
@Component
public class InboxDecisionStore {

    static final String DECIDE = "DECIDE";

    /** The clue as the decision needs it; monitoringStatus is the household's today, null without a household. */
    public record Locked(long id, Long householdId, ClueStatus status, int version, String monitoringStatus) {
    }

    private final JdbcClient jdbc;

    InboxDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Locked> lock(long clueId, CurrentUser user) {
        RegionCode scope = user.scope();
        return jdbc.sql("""
                select c.id, c.household_id, c.status, c.version, h.monitoring_status
                from risk_clue c left join household h on h.id = c.household_id
                where c.id = ? and c.region_code between ? and ? for update of c""")
                .params(clueId, scope.low(), scope.high())
                .query((rs, n) -> {
                    long household = rs.getLong("household_id");
                    Long householdId = rs.wasNull() ? null : household;
                    return new Locked(rs.getLong("id"), householdId, ClueStatus.valueOf(rs.getString("status")),
                            rs.getInt("version"), rs.getString("monitoring_status"));
                })
                .optional();
    }

    /** Records the decision and its audit line; false when someone changed the clue since it was locked. */
    public boolean decide(Locked clue, ClueOutcome outcome, NotIncludedReason reason, String note, String actor,
            Instant at) {
        int updated = jdbc.sql("""
                update risk_clue set status = 'DECIDED', outcome = ?, outcome_reason = ?, outcome_note = ?,
                       decided_by = ?, decided_at = ?, version = version + 1
                where id = ? and version = ? and status = 'OPEN'""")
                .params(outcome.name(), reason == null ? null : reason.name(), note, actor, Timestamp.from(at),
                        clue.id(), clue.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                insert into clue_event (clue_id, action, actor, at, status_before, status_after, outcome, reason, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(clue.id(), DECIDE, actor, Timestamp.from(at), clue.status().name(), ClueStatus.DECIDED.name(),
                        outcome.name(), reason == null ? null : reason.name(), note)
                .update();
        return true;
    }

    public List<String> sourceRefs(long clueId) {
        return jdbc.sql("select source_ref from clue_signal where clue_id = ? and source_ref is not null order by id")
                .param(clueId).query(String.class).list();
    }
}
