package org.shouwang.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shouwang.screening.Finding;
import org.shouwang.screening.ScreeningRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** SQL for screening runs and their results. */
@Component
public class RunStore {

    /** One household's outcome in a run. */
    public record Result(long householdId, String regionCode, boolean flagged, boolean baseline, List<Finding> findings) {
    }

    private static final String COLUMNS = """
            r.id, r.region_code, (select name from region where code = r.region_code) as region_name, r.as_of, r.kind,
            r.status, r.trigger, r.profile_names, r.total, r.processed, r.flagged, r.baseline_flagged, r.new_signals,
            r.message, r.started_by, r.created_at, r.finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = JsonMapper.builder().build();

    RunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public JsonMapper json() {
        return json;
    }

    public long create(String region, LocalDate asOf, String kind, String trigger, String candidateJson, String actor) {
        return jdbc.sql("""
                insert into screening_run (region_code, as_of, kind, status, trigger, candidate, started_by)
                values (?, ?, ?, 'QUEUED', ?, cast(? as jsonb), ?) returning id""")
                .params(region, asOf, kind, trigger, candidateJson, actor).query(Long.class).single();
    }

    public String candidate(long id) {
        return jdbc.sql("select candidate::text from screening_run where id = ?").param(id).query(String.class).single();
    }

    public Optional<ScreeningRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from screening_run r where r.id = ?").param(id).query(this::run).optional();
    }

    public List<ScreeningRun> recent(String low, String high, int limit) {
        return jdbc.sql("select " + COLUMNS + " from screening_run r where r.region_code between ? and ? order by r.id desc limit ?")
                .params(low, high, limit).query(this::run).list();
    }

    public List<Long> unfinished() {
        return jdbc.sql("select id from screening_run where status in ('QUEUED', 'RUNNING') order by id").query(Long.class).list();
    }

    public void started(long id, int total, String profileNames) {
        jdbc.sql("update screening_run set status = 'RUNNING', started_at = now(), total = ?, profile_names = ? where id = ?")
                .params(total, profileNames, id).update();
    }

    public void progress(long id, int processed, int flagged, int baseline, int newSignals) {
        jdbc.sql("update screening_run set processed = ?, flagged = ?, baseline_flagged = ?, new_signals = ? where id = ?")
                .params(processed, flagged, baseline, newSignals, id).update();
    }

    public void finish(long id, String status, String message) {
        jdbc.sql("update screening_run set status = ?, message = ?, finished_at = now() where id = ?")
                .params(status, message, id).update();
    }

    public void saveResults(long runId, List<Result> results) {
        template.batchUpdate("""
                insert into screening_result (run_id, household_id, region_code, flagged, baseline, rule_codes, findings)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (run_id, household_id) do nothing""",
                results, 500, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, r.householdId());
                    ps.setString(3, r.regionCode());
                    ps.setBoolean(4, r.flagged());
                    ps.setBoolean(5, r.baseline());
                    ps.setArray(6, ps.getConnection().createArrayOf("text",
                            r.findings().stream().map(Finding::ruleCode).distinct().toArray()));
                    ps.setString(7, json.writeValueAsString(r.findings()));
                });
    }

    private ScreeningRun run(ResultSet rs, int n) throws SQLException {
        return new ScreeningRun(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getObject("as_of", LocalDate.class), rs.getString("kind"), rs.getString("status"), rs.getString("trigger"),
                rs.getString("profile_names"), rs.getInt("total"), rs.getInt("processed"), rs.getInt("flagged"),
                rs.getInt("baseline_flagged"), rs.getInt("new_signals"), rs.getString("message"), rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }
}
