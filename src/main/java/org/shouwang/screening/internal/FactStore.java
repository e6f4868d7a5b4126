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

    /**
     * Analyzes the discovery tables that changed by half since their last ANALYZE. A county's first feeds grow them
     * from nothing; with statistics saying "empty" the planner joins by scanning, and a 10,000-row feed took a minute
     * instead of a second. Autovacuum gets there too, but only after the feed that needed it.
     */
    public void refreshStatistics(int justAdded) {
        // rows this transaction added are not in pg_stat_user_tables yet, hence justAdded; ANALYZE does see them
        String stale = jdbc.sql("""
                select string_agg(s.relname, ', ') from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                 where s.relname in ('risk_fact', 'risk_clue', 'clue_signal')
                   and s.n_mod_since_analyze + ? > 1000 + greatest(c.reltuples, 0) / 2""")
                .param(justAdded).query(String.class).optional().orElse(null);
        if (stale != null && stale.matches("[a-z_, ]+")) {
            jdbc.sql("analyze " + stale).update();
        }
    }


    /** Stores the facts whose dedup key is new, together; answers fact id → household id of those stored. */
    public java.util.Map<Long, Long> insertAll(java.util.List<Fact> facts) {
        java.util.Map<Long, Long> ids = new java.util.LinkedHashMap<>();
        for (int from = 0; from < facts.size(); from += 1000) {
            java.util.List<Fact> chunk = facts.subList(from, Math.min(facts.size(), from + 1000));
            jdbc.sql("""
                    insert into risk_fact (household_id, member_id, department, kind, fact_date, amount, fields, source_ref,
                                           source, dedup_key)
                    select t.household, t.member, t.department, t.kind, t.day, t.amount, cast(t.fields as jsonb), t.ref,
                           t.source, t.dedup
                      from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::date[], ?::numeric[], ?::text[],
                                  ?::varchar[], ?::text[], ?::varchar[])
                           as t(household, member, department, kind, day, amount, fields, ref, source, dedup)
                    on conflict (dedup_key) do nothing returning id, household_id""")
                    .params(chunk.stream().map(Fact::householdId).toArray(Long[]::new),
                            chunk.stream().map(Fact::memberId).toArray(Long[]::new),
                            chunk.stream().map(f -> f.department().name()).toArray(String[]::new),
                            chunk.stream().map(Fact::kind).toArray(String[]::new),
                            chunk.stream().map(f -> f.date() == null ? null : f.date().toString()).toArray(String[]::new),
                            chunk.stream().map(Fact::amount).toArray(java.math.BigDecimal[]::new),
                            chunk.stream().map(f -> json.writeValueAsString(f.fields())).toArray(String[]::new),
                            chunk.stream().map(Fact::sourceRef).toArray(String[]::new),
                            chunk.stream().map(Fact::source).toArray(String[]::new),
                            chunk.stream().map(Fact::dedupKey).toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return ids;
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
