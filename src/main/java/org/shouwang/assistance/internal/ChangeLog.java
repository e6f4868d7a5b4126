package org.shouwang.assistance.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Records who changed which contact person, plan or measure, when, and the values before and after (as JSON). */
@Component
public class ChangeLog {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long householdId, String entity, long entityId, String action, Object before, Object after,
            String actor) {
        jdbc.sql("""
                insert into assistance_change (household_id, entity, entity_id, action, before_value, after_value, actor)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, entity, entityId, action, before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after), actor)
                .update();
    }
}
