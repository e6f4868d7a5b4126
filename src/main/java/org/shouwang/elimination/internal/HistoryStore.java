package org.shouwang.elimination.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The milestones of a household's monitoring in time order: identification cases opened and closed (read from V17's
 * tables by SQL, as identification's own API does not list steps), eliminations proposed and closed, rollback and
 * removal requests and their decisions.
 */
@Component
public class HistoryStore {

    /** One milestone; {@code source} is IDENTIFICATION, ELIMINATION or REQUEST, {@code kind} the request kind. */
    public record Milestone(OffsetDateTime at, String source, long refId, String kind, String step, String stateAfter,
            String actor, String note) {
    }

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Milestone> of(long householdId) {
        return jdbc.sql("""
                select s.at, 'IDENTIFICATION', c.id, null, s.step, s.state_after, s.actor,
                       case when s.state_after = 'NOT_INCLUDED' then c.outcome_reason
                            when s.step = 'ANNOUNCEMENT' then c.category end, s.id
                from identification_step s join identification_case c on c.id = s.case_id
                where c.household_id = :h and (s.step in ('OPEN', 'ANNOUNCEMENT') or s.state_after = 'NOT_INCLUDED')
                union all
                select s.at, 'ELIMINATION', c.id, c.method, s.step, s.state_after, s.actor,
                       case when s.state_after = 'REJECTED' then c.outcome_reason end, s.id
                from elimination_step s join elimination_case c on s.subject = 'CASE' and c.id = s.subject_id
                where c.household_id = :h and (s.step in ('PROPOSE', 'ANNOUNCEMENT') or s.state_after = 'REJECTED')
                union all
                select s.at, 'REQUEST', r.id, r.kind, s.step, s.state_after, s.actor,
                       case when s.step = 'REQUEST' then r.reasons else s.comment end, s.id
                from elimination_step s join elimination_request r on s.subject = 'REQUEST' and r.id = s.subject_id
                where r.household_id = :h
                order by 1, 9""").param("h", householdId)
                .query((rs, n) -> new Milestone(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }
}
