package org.shouwang.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.access.Role;
import org.shouwang.campaign.Problem;
import org.shouwang.campaign.ProblemAction;
import org.shouwang.campaign.ProblemCategory;
import org.shouwang.campaign.ProblemEvent;
import org.shouwang.campaign.ProblemSource;
import org.shouwang.campaign.ProblemStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables problem and problem_event: problems saved with optimistic locking, their events appended, never changed. */
@Component
public class ProblemStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLUMNS = """
            id, campaign_id, source, category, description, region_code, household_id, responsible_unit,
            responsible_person, responsible_username, deadline, status, measures, evidence, attachments::text, found_on,
            recorded_by, recorded_at, closed_on, reported_by, version""";

    private final JdbcClient jdbc;

    ProblemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Problem problem) {
        Problem.State s = problem.state();
        long id = jdbc.sql("""
                insert into problem (campaign_id, source, category, description, region_code, household_id,
                    responsible_unit, responsible_person, responsible_username, deadline, status, attachments, found_on,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?) returning id""")
                .params(s.campaignId(), s.source().name(), s.category().name(), s.description(), s.regionCode(),
                        s.householdId(), s.responsibleUnit(), s.responsiblePerson(), s.responsibleUsername(),
                        s.deadline(), s.status().name(), JSON.writeValueAsString(s.attachments()), s.foundOn(),
                        s.recordedBy(), s.recordedAt())
                .query(Long.class).single();
        append(id, problem.pendingEvents());
        return id;
    }

    /** Saves a changed problem if nobody changed it since {@code version} was read. */
    public void update(Problem problem, int version) {
        Problem.State s = problem.state();
        int n = jdbc.sql("""
                update problem set status = ?, measures = ?, evidence = ?, attachments = ?::json, closed_on = ?,
                    reported_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(s.status().name(), s.measures(), s.evidence(), JSON.writeValueAsString(s.attachments()),
                        s.closedOn(), s.reportedBy(), s.id(), version)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("problem " + s.id() + " changed since version " + version);
        }
        append(s.id(), problem.pendingEvents());
    }

    public Optional<Problem> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from problem where id = ?").param(id)
                .query((rs, n) -> Problem.of(state(rs))).optional();
    }

    public List<ProblemEvent> events(long problemId) {
        return jdbc.sql("""
                select action, actor, role, at, comment, status_before, status_after, changes::text
                from problem_event where problem_id = ? order by id""").param(problemId)
                .query((rs, n) -> new ProblemEvent(ProblemAction.valueOf(rs.getString(1)),
                        ProblemAction.valueOf(rs.getString(1)).label(), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getString(6) == null ? null : ProblemStatus.valueOf(rs.getString(6)),
                        ProblemStatus.valueOf(rs.getString(7)),
                        JSON.readValue(rs.getString(8), new TypeReference<Map<String, Object>>() { })))
                .list();
    }

    static Problem.State state(ResultSet rs) throws SQLException {
        return new Problem.State(rs.getLong("id"), rs.getObject("campaign_id", Long.class),
                ProblemSource.valueOf(rs.getString("source")), ProblemCategory.valueOf(rs.getString("category")),
                rs.getString("description"), rs.getString("region_code"), rs.getObject("household_id", Long.class),
                rs.getString("responsible_unit"), rs.getString("responsible_person"),
                rs.getString("responsible_username"), rs.getObject("deadline", LocalDate.class),
                ProblemStatus.valueOf(rs.getString("status")), rs.getString("measures"), rs.getString("evidence"),
                JSON.readValue(rs.getString("attachments"), new TypeReference<List<String>>() { }),
                rs.getObject("found_on", LocalDate.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("reported_by"), rs.getInt("version"));
    }

    private void append(long problemId, List<ProblemEvent> events) {
        for (ProblemEvent e : events) {
            jdbc.sql("""
                    insert into problem_event (problem_id, action, actor, role, at, comment, status_before, status_after,
                        changes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::json)""")
                    .params(problemId, e.action().name(), e.actor(), e.role().name(), e.at(), e.comment(),
                            e.before() == null ? null : e.before().name(), e.after().name(),
                            JSON.writeValueAsString(e.changes()))
                    .update();
        }
    }
}
