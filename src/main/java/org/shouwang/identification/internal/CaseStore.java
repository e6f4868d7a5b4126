package org.shouwang.identification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.access.Role;
import org.shouwang.identification.CaseState;
import org.shouwang.identification.CaseStep;
import org.shouwang.identification.IdentificationCase;
import org.shouwang.identification.StepRecord;
import org.shouwang.registry.MonitoringCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cases and their transitions in plain SQL; a save succeeds only on the version it was read at. */
@Component
public class CaseStore {

    /** A case row as lists need it, before the aggregate is built. */
    public record Row(long id, long householdId, String regionCode, Long clueId, CaseState state,
            MonitoringCategory suggested, MonitoringCategory category, List<String> riskTypes, String outcomeReason,
            String statusBefore, int version, OffsetDateTime openedAt) {
    }

    private static final String COLUMNS = "id, household_id, region_code, clue_id, state, suggested_category, category, "
            + "risk_types::text, outcome_reason, status_before, version, opened_at";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(IdentificationCase c, String statusBefore) {
        long id = jdbc.sql("""
                insert into identification_case (household_id, region_code, clue_id, state, suggested_category,
                    status_before, opened_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.householdId(), c.regionCode(), c.clueId(), c.state().name(),
                        c.suggestedCategory() == null ? null : c.suggestedCategory().name(), statusBefore,
                        c.steps().get(0).at())
                .query(Long.class).single();
        insertSteps(id, c.steps(), 0);
        return id;
    }

    /** Writes the new state and the transitions added since reading; false when someone else saved first. */
    public boolean update(IdentificationCase c, int knownSteps, OffsetDateTime closedAt) {
        int n = jdbc.sql("""
                update identification_case set state = ?, category = ?, risk_types = ?::jsonb, outcome_reason = ?,
                    closed_at = ?, green_channel = ?, green_channel_reason = ?, informed_on = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.state().name(), c.category() == null ? null : c.category().name(),
                        json.writeValueAsString(c.riskTypes()), c.outcomeReason(), closedAt, c.greenChannel(),
                        c.greenChannelReason(), c.doneOn(CaseStep.INFORM) == null ? null : informedOn(c), c.id(), c.version())
                .update();
        if (n == 0) {
            return false;
        }
        insertSteps(c.id(), c.steps(), knownSteps);
        return true;
    }

    /** The day the applicant was told, as the clerk entered it (not the day it was recorded). */
    private static java.time.LocalDate informedOn(IdentificationCase c) {
        return c.steps().stream().filter(s -> s.step() == CaseStep.INFORM)
                .map(s -> java.time.LocalDate.parse((String) s.details().get("informedOn"))).findFirst().orElse(null);
    }

    private void insertSteps(long caseId, List<StepRecord> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            StepRecord s = steps.get(i);
            jdbc.sql("""
                    insert into identification_step (case_id, seq, step, actor, actor_role, at, comment, state_before,
                        state_after, details)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(caseId, i, s.step().name(), s.actor(), s.role().name(), s.at(), s.comment(),
                            s.before().name(), s.after().name(), json.writeValueAsString(s.details()))
                    .update();
        }
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from identification_case where id = ?").param(id).query(this::row).optional();
    }

    /** The household a clue was raised for, if the clue exists and names one. */
    public Optional<Long> householdOfClue(long clueId) {
        return jdbc.sql("select household_id from risk_clue where id = ? and household_id is not null").param(clueId)
                .query(Long.class).optional();
    }

    public Optional<Row> openFor(long householdId) {
        return jdbc.sql("select " + COLUMNS + " from identification_case where household_id = ? "
                + "and state not in ('ANNOUNCED', 'NOT_INCLUDED')").param(householdId).query(this::row).optional();
    }

    /** Cases in a region code range, newest first; {@code states} empty means all. */
    public List<Row> search(String low, String high, List<String> states, int limit) {
        return search(low, high, states, false, limit);
    }

    /** As {@link #search(String, String, List, int)}, only 绿色通道 cases when {@code greenChannelOnly}. */
    public List<Row> search(String low, String high, List<String> states, boolean greenChannelOnly, int limit) {
        String stateFilter = (states.isEmpty() ? "" : " and state in (:states)") + (greenChannelOnly ? " and green_channel" : "");
        var spec = jdbc.sql("select " + COLUMNS + " from identification_case where region_code between :low and :high"
                + stateFilter + " order by id desc limit :limit").param("low", low).param("high", high).param("limit", limit);
        if (!states.isEmpty()) {
            spec = spec.param("states", states);
        }
        return spec.query(this::row).list();
    }

    public List<StepRecord> steps(long caseId) {
        return jdbc.sql("""
                select step, actor, actor_role, at, comment, state_before, state_after, details::text
                from identification_step where case_id = ? order by seq""").param(caseId)
                .query((rs, n) -> new StepRecord(CaseStep.valueOf(rs.getString(1)), rs.getString(2),
                        Role.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        CaseState.valueOf(rs.getString(6)), CaseState.valueOf(rs.getString(7)),
                        json.readValue(rs.getString(8), new TypeReference<Map<String, Object>>() { })))
                .list();
    }

    public IdentificationCase load(Row r, Clock clock, int publicityDays) {
        return IdentificationCase.restore(r.id(), r.householdId(), r.regionCode(), r.clueId(), r.suggested(), r.state(),
                r.category(), r.riskTypes(), r.outcomeReason(), r.version(), steps(r.id()), clock, publicityDays);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
                CaseState.valueOf(rs.getString(5)), category(rs.getString(6)), category(rs.getString(7)),
                json.readValue(rs.getString(8), new TypeReference<List<String>>() { }), rs.getString(9),
                rs.getString(10), rs.getInt(11), rs.getObject(12, OffsetDateTime.class));
    }

    private static MonitoringCategory category(String code) {
        return code == null ? null : MonitoringCategory.valueOf(code);
    }
}
