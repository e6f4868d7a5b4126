package org.shouwang.screening.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.shouwang.screening.Finding;
import org.shouwang.screening.ScreeningRun;
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
    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();

    RunStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    /** The run's rule texts (see {@link CompactFindings}); null for runs stored with full findings. */
    public List<CompactFindings.RuleText> catalogue(long id) {
        return CompactFindings.catalogue(jdbc.sql("select rules::text from screening_run where id = ?").param(id)
                .query(String.class).single(), json);
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

    /** Stores the run's rule texts, when rules were added to them since they were last stored. */
    public void saveCatalogue(long runId, CompactFindings.Catalogue catalogue) {
        String rules = catalogue.changed(json);
        if (rules != null) {
            jdbc.sql("update screening_run set rules = cast(? as json) where id = ?").params(rules, runId).update();
        }
    }

    /**
     * Stores a batch of results with COPY: a county run writes tens of thousands of rows, and batched INSERTs spent
     * more time than evaluating the rules. The run's own rows only, so nothing can clash. Findings are stored compact
     * ({@link CompactFindings}), the rule texts once per run.
     */
    public void saveResults(long runId, List<Result> results, CompactFindings.Catalogue catalogue) {
        if (results.isEmpty()) {
            return;
        }
        List<String> findings = encode(results, catalogue);
        // the rule texts first, so a result is never read without them (the list can be opened while a run goes on)
        saveCatalogue(runId, catalogue);
        // streamed to COPY in pieces of about 64 KB rather than as one text of the whole batch and its copies
        try (Connection c = dataSource.getConnection()) {
            CopyIn copy = new CopyManager(c.unwrap(BaseConnection.class)).copyIn(
                    "copy screening_result (run_id, household_id, region_code, flagged, baseline, rule_codes, findings) from stdin");
            try {
                StringBuilder text = new StringBuilder(1 << 16);
                for (int i = 0; i < results.size(); i++) {
                    row(runId, results.get(i), findings.get(i), text);
                    if (text.length() >= 60_000 || i == results.size() - 1) {
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        text.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing screening results failed: " + e.getMessage(), e);
        }
    }

    /**
     * The compact findings of each result. A loop of its own: the JIT compiles a long loop inside the method that runs
     * it, and inside {@link #saveResults} that meant the whole COPY, twice, during a county's first run.
     */
    private List<String> encode(List<Result> results, CompactFindings.Catalogue catalogue) {
        List<String> findings = new java.util.ArrayList<>(results.size());
        for (Result r : results) {
            findings.add(CompactFindings.encode(r.findings(), catalogue, json));
        }
        return findings;
    }

    /** One result as a line of COPY's text format. */
    private static void row(long runId, Result r, String findings, StringBuilder text) {
        text.append(runId).append('\t').append(r.householdId()).append('\t').append(r.regionCode()).append('\t')
                .append(r.flagged() ? 't' : 'f').append('\t').append(r.baseline() ? 't' : 'f').append("\t{");
        appendRuleCodes(r.findings(), text);
        text.append("}\t");
        escape(findings, text);
        text.append('\n');
    }

    /** The distinct rule codes of the findings, comma-separated (rule codes need no quoting in an array literal). */
    private static void appendRuleCodes(List<Finding> findings, StringBuilder out) {
        java.util.Set<String> seen = new java.util.HashSet<>(4);
        for (Finding f : findings) {
            if (seen.add(f.ruleCode())) {
                out.append(seen.size() == 1 ? "" : ",").append(f.ruleCode());
            }
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped; rule codes need none. */
    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private ScreeningRun run(ResultSet rs, int n) throws SQLException {
        return new ScreeningRun(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getObject("as_of", LocalDate.class), rs.getString("kind"), rs.getString("status"), rs.getString("trigger"),
                rs.getString("profile_names"), rs.getInt("total"), rs.getInt("processed"), rs.getInt("flagged"),
                rs.getInt("baseline_flagged"), rs.getInt("new_signals"), rs.getString("message"), rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }
}
