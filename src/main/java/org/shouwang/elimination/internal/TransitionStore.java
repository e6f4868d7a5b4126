package org.shouwang.elimination.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shouwang.access.Role;
import org.shouwang.elimination.Transition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The transitions of cases and requests (table elimination_step), appended, never changed. */
@Component
public class TransitionStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    TransitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the transitions from index {@code from} on. */
    public void append(String subject, long subjectId, List<Transition> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Transition s = steps.get(i);
            jdbc.sql("""
                    insert into elimination_step (subject, subject_id, seq, step, actor, actor_role, at, comment,
                        state_before, state_after, details)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(subject, subjectId, i, s.step(), s.actor(), s.role().name(), s.at(), s.comment(), s.before(),
                            s.after(), JSON.writeValueAsString(s.details()))
                    .update();
        }
    }

    public List<Transition> of(String subject, long subjectId) {
        return jdbc.sql("""
                select step, actor, actor_role, at, comment, state_before, state_after, details::text
                from elimination_step where subject = ? and subject_id = ? order by seq""").params(subject, subjectId)
                .query((rs, n) -> new Transition(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        JSON.readValue(rs.getString(8), new TypeReference<Map<String, Object>>() { })))
                .list();
    }
}
