package org.shouwang.screening.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueDecisions;
import org.shouwang.screening.ClueInbox;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.screening.ClueStatus;
import org.shouwang.screening.NotIncludedReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The explanation of one clue: its signals, its decision history and where the household stands today. */
@Component
class InboxDetails {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    InboxDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClueInbox.Detail complete(ClueInbox.Row row, CurrentUser user) {
        Map<String, Object> clue = jdbc.sql("""
                select c.outcome_reason, c.outcome_note, c.decided_by, c.version, h.monitoring_status,
                       concat_ws('/', co.name, t.name, v.name) as path
                from risk_clue c join region v on v.code = c.region_code left join region t on t.code = v.parent_code
                     left join region co on co.code = t.parent_code left join household h on h.id = c.household_id
                where c.id = ?""").param(row.id()).query().singleRow();
        String reasonCode = (String) clue.get("outcome_reason");
        NotIncludedReason reason = reasonCode == null ? null : NotIncludedReason.valueOf(reasonCode);
        String statusCode = (String) clue.get("monitoring_status");
        MonitoringStatus monitoring = statusCode == null ? null : MonitoringStatus.valueOf(statusCode);
        boolean decidable = row.status() == ClueStatus.OPEN && ClueDecisions.DECIDERS.contains(user.role());
        return new ClueInbox.Detail(row, (String) clue.get("path"), statusCode,
                monitoring == null ? null : monitoring.label(), reason, reason == null ? null : reason.label(),
                (String) clue.get("outcome_note"), (String) clue.get("decided_by"),
                ((Number) clue.get("version")).intValue(), decidable, signals(row.id()), events(row.id()));
    }

    private List<ClueInbox.Signal> signals(long clueId) {
        return jdbc.sql("""
                select id, channel, source, rule_code, reason, rule_values::text as rule_values, raised_on
                from clue_signal where clue_id = ? order by raised_on, id""").param(clueId)
                .query((rs, n) -> {
                    Channel channel = Channel.valueOf(rs.getString("channel"));
                    return new ClueInbox.Signal(rs.getLong("id"), channel, channel.label(), rs.getString("source"),
                            rs.getString("rule_code"), rs.getString("reason"), json.readValue(rs.getString("rule_values"), MAP),
                            rs.getObject("raised_on", LocalDate.class));
                }).list();
    }

    private List<ClueInbox.Event> events(long clueId) {
        return jdbc.sql("""
                select at, actor, action, status_before, status_after, outcome, reason, note
                from clue_event where clue_id = ? order by at, id""").param(clueId)
                .query((rs, n) -> {
                    String outcomeCode = rs.getString("outcome");
                    ClueOutcome outcome = outcomeCode == null ? null : ClueOutcome.valueOf(outcomeCode);
                    String reasonCode = rs.getString("reason");
                    String before = rs.getString("status_before");
                    String after = rs.getString("status_after");
                    String action = rs.getString("action");
                    Timestamp at = rs.getTimestamp("at");
                    return new ClueInbox.Event(at.toInstant(), rs.getString("actor"), action,
                            InboxDecisionStore.DECIDE.equals(action) ? "研判处理" : action,
                            before == null ? null : ClueStatus.valueOf(before), after == null ? null : ClueStatus.valueOf(after),
                            outcome, outcome == null ? null : outcome.label(),
                            reasonCode == null ? null : NotIncludedReason.valueOf(reasonCode).label(), rs.getString("note"));
                }).list();
    }
}
