package org.shouwang.screening.internal;

import org.shouwang.screening.Fact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** SQL for department facts. */
@Component
public class FactStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the fact unless one with its dedup key exists; its id when it was new, else null. */
    public Long insert(Fact f) {
        return jdbc.sql("""
                insert into risk_fact (household_id, member_id, department, kind, fact_date, amount, fields, source_ref,
                                       source, dedup_key)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (dedup_key) do nothing returning id""")
                .params(f.householdId(), f.memberId(), f.department().name(), f.kind(), f.date(), f.amount(),
                        json.writeValueAsString(f.fields()), f.sourceRef(), f.source(), f.dedupKey())
                .query(Long.class).optional().orElse(null);
    }
}
