package org.shouwang.elimination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shouwang.elimination.Eligibility;
import org.shouwang.elimination.EliminationCase;
import org.shouwang.elimination.EliminationMethod;
import org.shouwang.elimination.EliminationState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Elimination cases in plain SQL; a save succeeds only on the version it was read at. */
@Component
public class EliminationStore {

    /** A case row as lists need it, before the aggregate is built. */
    public record Row(long id, long householdId, String regionCode, EliminationMethod method, EliminationState state,
            Eligibility eligibility, String outcomeReason, LocalDate eliminatedOn, int version, OffsetDateTime openedAt,
            LocalDate nextDue, String nextDueStep, String dueState) {
    }

    private static final String COLUMNS = "id, household_id, region_code, method, state, eligibility::text, outcome_reason, "
            + "eliminated_on, version, opened_at, next_due, next_due_step, due_state";

    private final JdbcClient jdbc;
    private final TransitionStore transitions;

    EliminationStore(JdbcClient jdbc, TransitionStore transitions) {
        this.jdbc = jdbc;
        this.transitions = transitions;
    }

    public long insert(EliminationCase c) {
        long id = jdbc.sql("""
                insert into elimination_case (household_id, region_code, method, state, eligibility, opened_at)
                values (?, ?, ?, ?, ?::jsonb, ?) returning id""")
                .params(c.householdId(), c.regionCode(), c.method().name(), c.state().name(),
                        TransitionStore.JSON.writeValueAsString(c.eligibility()), c.steps().get(0).at())
                .query(Long.class).single();
        transitions.append("CASE", id, c.steps(), 0);
        return id;
    }

    /** Writes the new state and the transitions added since reading; false when someone else saved first. */
    public boolean update(EliminationCase c, int knownSteps) {
        OffsetDateTime closedAt = c.state().closed() ? c.lastStep().at() : null;
        int n = jdbc.sql("""
                update elimination_case set state = ?, outcome_reason = ?, eliminated_on = ?, closed_at = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(c.state().name(), c.outcomeReason(), c.eliminatedOn(), closedAt, c.id(), c.version())
                .update();
        if (n == 0) {
            return false;
        }
        transitions.append("CASE", c.id(), c.steps(), knownSteps);
        return true;
    }

    /** The sweep's columns; they carry no business state, so they are written without the version. */
    public void markDue(long id, LocalDate nextDue, String nextDueStep, String dueState, LocalDate sweptOn) {
        jdbc.sql("update elimination_case set next_due = ?, next_due_step = ?, due_state = ?, swept_on = ? where id = ?")
                .params(nextDue, nextDueStep, dueState, sweptOn, id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from elimination_case where id = ?").param(id).query(this::row).optional();
    }

    public Optional<Row> openFor(long householdId) {
        return jdbc.sql("select " + COLUMNS + " from elimination_case where household_id = ? and closed_at is null")
                .param(householdId).query(this::row).optional();
    }

    public List<Row> open() {
        return jdbc.sql("select " + COLUMNS + " from elimination_case where closed_at is null order by id").query(this::row).list();
    }

    /** Cases in a region code range, newest first; {@code states} empty means all. */
    public List<Row> search(String low, String high, List<String> states, Long householdId, int limit) {
        String filter = (states.isEmpty() ? "" : " and state in (:states)") + (householdId == null ? "" : " and household_id = :h");
        var spec = jdbc.sql("select " + COLUMNS + " from elimination_case where region_code between :low and :high"
                + filter + " order by id desc limit :limit").param("low", low).param("high", high).param("limit", limit);
        if (!states.isEmpty()) {
            spec = spec.param("states", states);
        }
        if (householdId != null) {
            spec = spec.param("h", householdId);
        }
        return spec.query(this::row).list();
    }

    public EliminationCase load(Row r, Clock clock, int publicityDays) {
        return EliminationCase.restore(r.id(), r.householdId(), r.regionCode(), r.method(), r.eligibility(), r.state(),
                r.outcomeReason(), r.eliminatedOn(), r.version(), transitions.of("CASE", r.id()), clock, publicityDays);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), EliminationMethod.valueOf(rs.getString(4)),
                EliminationState.valueOf(rs.getString(5)), snapshot(rs.getLong(1), rs.getString(6)),
                rs.getString(7), rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getObject(10, OffsetDateTime.class),
                rs.getObject(11, LocalDate.class), rs.getString(12), rs.getString(13));
    }

    /**
     * The eligibility snapshot taken at the proposal. It only informs the reader, so a snapshot that cannot be read
     * (a row loaded from elsewhere, an older shape) leaves it empty instead of failing the list or the nightly sweep.
     */
    private static Eligibility snapshot(long id, String json) {
        if (json == null) {
            return null;
        }
        try {
            return TransitionStore.JSON.readValue(json, Eligibility.class);
        } catch (tools.jackson.core.JacksonException e) {
            org.slf4j.LoggerFactory.getLogger(EliminationStore.class)
                    .warn("Elimination {}: eligibility snapshot unreadable, shown empty: {}", id, e.getOriginalMessage());
            return null;
        }
    }
}
