package org.shouwang.elimination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shouwang.elimination.RequestKind;
import org.shouwang.elimination.RequestReason;
import org.shouwang.elimination.RequestState;
import org.shouwang.elimination.StatusRequest;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rollback and removal requests in plain SQL; a decision is saved only on the version it was read at. */
@Component
public class RequestStore {

    public record Row(long id, long householdId, String regionCode, RequestKind kind, RequestReason reason, String reasons,
            String document, RequestState state, MonitoringStatus statusBefore, MonitoringCategory categoryBefore,
            int version, OffsetDateTime requestedAt, OffsetDateTime decidedAt) {
    }

    private static final String COLUMNS = "id, household_id, region_code, kind, reason_code, reasons, document, state, "
            + "status_before, category_before, version, requested_at, decided_at";

    private final JdbcClient jdbc;
    private final TransitionStore transitions;

    RequestStore(JdbcClient jdbc, TransitionStore transitions) {
        this.jdbc = jdbc;
        this.transitions = transitions;
    }

    public long insert(StatusRequest r) {
        long id = jdbc.sql("""
                insert into elimination_request (household_id, region_code, kind, reason_code, reasons, document, state,
                    status_before, category_before, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.householdId(), r.regionCode(), r.kind().name(), r.reason().name(), r.reasons(), r.document(),
                        r.state().name(), r.statusBefore().name(), r.categoryBefore() == null ? null : r.categoryBefore().name(),
                        r.steps().get(0).at())
                .query(Long.class).single();
        transitions.append("REQUEST", id, r.steps(), 0);
        return id;
    }

    public boolean update(StatusRequest r, int knownSteps) {
        int n = jdbc.sql("update elimination_request set state = ?, decided_at = ?, version = version + 1 where id = ? and version = ?")
                .params(r.state().name(), r.steps().get(r.steps().size() - 1).at(), r.id(), r.version()).update();
        if (n == 0) {
            return false;
        }
        transitions.append("REQUEST", r.id(), r.steps(), knownSteps);
        return true;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from elimination_request where id = ?").param(id).query(this::row).optional();
    }

    public List<Row> search(String low, String high, List<String> states, Long householdId, int limit) {
        String filter = (states.isEmpty() ? "" : " and state in (:states)") + (householdId == null ? "" : " and household_id = :h");
        var spec = jdbc.sql("select " + COLUMNS + " from elimination_request where region_code between :low and :high"
                + filter + " order by id desc limit :limit").param("low", low).param("high", high).param("limit", limit);
        if (!states.isEmpty()) {
            spec = spec.param("states", states);
        }
        if (householdId != null) {
            spec = spec.param("h", householdId);
        }
        return spec.query(this::row).list();
    }

    public StatusRequest load(Row r, Clock clock) {
        return StatusRequest.restore(r.id(), r.householdId(), r.regionCode(), r.kind(), r.reason(), r.reasons(), r.document(),
                r.statusBefore(), r.categoryBefore(), r.state(), r.version(), transitions.of("REQUEST", r.id()), clock);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), RequestKind.valueOf(rs.getString(4)),
                RequestReason.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), RequestState.valueOf(rs.getString(8)),
                MonitoringStatus.valueOf(rs.getString(9)), rs.getString(10) == null ? null : MonitoringCategory.valueOf(rs.getString(10)),
                rs.getInt(11), rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class));
    }
}
