package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.screening.ClueSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises many signals at once (a screening run, a department feed) with a handful of statements instead of four per
 * signal: known dedup keys are dropped, the households' open clues are found or created together, and the new signals
 * are inserted in one statement. Same outcome as raising them one by one; signals without a household go one by one.
 */
@Component
public class ClueBatches {

    private static final Logger log = LoggerFactory.getLogger(ClueBatches.class);

    private final JdbcClient jdbc;
    private final ClueStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    ClueBatches(JdbcClient jdbc, ClueStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Signals that must go one by one: those without a household. */
    public List<ClueSignal> withoutHousehold(List<ClueSignal> signals) {
        return signals.stream().filter(s -> s.householdId() == null).toList();
    }

    /**
     * Raises the signals that have a household; answers how many were new. Call inside a transaction. Each loop over
     * the signals is a small method of its own: the JIT compiles a long loop inside the method that runs it, with all
     * that method calls, and with every loop here the whole of this method was compiled three times during a county's
     * first run, on the cores PostgreSQL needed.
     */
    public int raise(List<ClueSignal> signals) {
        Map<String, ClueSignal> byKey = byDedupKey(signals);
        if (byKey.isEmpty()) {
            return 0;
        }
        long t0 = System.nanoTime();
        Set<String> known = new HashSet<>(jdbc.sql("select dedup_key from clue_signal where dedup_key = any(?)")
                .param(byKey.keySet().toArray(String[]::new)).query(String.class).list());
        List<ClueSignal> fresh = unknown(byKey.values(), known);
        if (fresh.isEmpty()) {
            return 0;
        }
        long t1 = System.nanoTime();
        Set<Long> opened = new HashSet<>();
        Map<Long, Long> clueOf = openClues(fresh, opened);
        long t2 = System.nanoTime();
        // one statement over arrays rather than a batch of single-row INSERTs: a county's first run raises tens of
        // thousands of signals, and executing them one by one kept PostgreSQL busy for seconds
        int inserted = jdbc.sql("""
                insert into clue_signal (clue_id, channel, source, source_ref, rule_code, reason, rule_values, raised_on,
                                         dedup_key)
                select t.clue, t.channel, t.source, t.ref, t.rule, t.reason, t.rule_values::json, t.raised, t.dedup
                  from unnest(?::bigint[], ?::varchar[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                              ?::text[]) with ordinality
                       as t(clue, channel, source, ref, rule, reason, rule_values, raised, dedup, n)
                 order by t.n
                on conflict (dedup_key) do nothing""")
                .params(columns(fresh, clueOf, json)).update();
        // A new signal changes what the village must weigh: a decision based on the clue as it was is refused. A clue
        // opened by this very batch has had no decision yet, and updating it again would write every row twice.
        long t3 = System.nanoTime();
        Long[] existing = notIn(clueOf.values(), opened);
        if (existing.length > 0) {
            jdbc.sql("update risk_clue set version = version + 1 where id = any(?)").param(existing).update();
        }
        if (log.isDebugEnabled()) {
            log.debug("Raised {} of {} signals: known keys {} ms, open clues {} ms ({} opened), insert signals {} ms, "
                    + "versions {} ms", inserted, byKey.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, opened.size(),
                    (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        }
        return inserted;
    }

    /** The signals with a household, the first of each dedup key, in their order. */
    private static Map<String, ClueSignal> byDedupKey(List<ClueSignal> signals) {
        Map<String, ClueSignal> byKey = new LinkedHashMap<>();
        for (ClueSignal s : signals) {
            if (s.householdId() != null) {
                byKey.putIfAbsent(s.dedupKey(), s);
            }
        }
        return byKey;
    }

    private static List<ClueSignal> unknown(java.util.Collection<ClueSignal> signals, Set<String> known) {
        List<ClueSignal> fresh = new ArrayList<>();
        for (ClueSignal s : signals) {
            if (!known.contains(s.dedupKey())) {
                fresh.add(s);
            }
        }
        return fresh;
    }

    /** The insert's nine arrays: clue, channel, source, ref, rule, reason, values, raised on, dedup key. */
    private static Object[] columns(List<ClueSignal> fresh, Map<Long, Long> clueOf, JsonMapper json) {
        int n = fresh.size();
        Long[] clueIds = new Long[n];
        String[] channels = new String[n], sources = new String[n], refs = new String[n], rules = new String[n],
                reasons = new String[n], values = new String[n], raised = new String[n], keys = new String[n];
        for (int i = 0; i < n; i++) {
            ClueSignal s = fresh.get(i);
            clueIds[i] = clueOf.get(s.householdId());
            channels[i] = s.channel().name();
            sources[i] = s.source();
            refs[i] = s.sourceRef();
            rules[i] = s.ruleCode();
            reasons[i] = s.reason();
            values[i] = JsonText.object(s.values(), json);
            raised[i] = s.raisedOn().toString();
            keys[i] = s.dedupKey();
        }
        return new Object[] {clueIds, channels, sources, refs, rules, reasons, values, raised, keys};
    }

    private static Long[] notIn(java.util.Collection<Long> ids, Set<Long> excluded) {
        Set<Long> out = new java.util.LinkedHashSet<>();
        for (Long id : ids) {
            if (!excluded.contains(id)) {
                out.add(id);
            }
        }
        return out.toArray(Long[]::new);
    }

    /** The open clue of every household concerned, creating the missing ones together (their ids go to {@code opened}). */
    private Map<Long, Long> openClues(List<ClueSignal> signals, Set<Long> opened) {
        Map<Long, ClueSignal> first = new LinkedHashMap<>();
        signals.forEach(s -> first.putIfAbsent(s.householdId(), s));
        Long[] households = first.keySet().toArray(Long[]::new);
        Map<Long, Long> clueOf = new HashMap<>();
        jdbc.sql("select household_id, id from risk_clue where household_id = any(?) and status = 'OPEN' for update")
                .param(households).query(rs -> {
                    clueOf.put(rs.getLong(1), rs.getLong(2));
                });
        long found = System.nanoTime();
        List<ClueSignal> missing = new ArrayList<>();
        first.forEach((h, s) -> {
            if (!clueOf.containsKey(h)) {
                missing.add(s);
            }
        });
        if (!missing.isEmpty()) {
            Long[] ids = missing.stream().map(ClueSignal::householdId).toArray(Long[]::new);
            String[] regions = missing.stream().map(ClueSignal::regionCode).toArray(String[]::new);
            LocalDate[] openedOn = missing.stream().map(ClueSignal::raisedOn).toArray(LocalDate[]::new);
            // the same village and day give the same due date: worked out once, not once per clue
            Map<String, LocalDate> dueOf = new HashMap<>();
            LocalDate[] due = missing.stream().map(s -> dueOf.computeIfAbsent(s.regionCode() + "|" + s.raisedOn(),
                    k -> store.dueDate(s.regionCode(), s.raisedOn()))).toArray(LocalDate[]::new);
            jdbc.sql("""
                    insert into risk_clue (region_code, household_id, opened_on, due_on, already_monitored)
                    select t.region, t.household, t.opened, t.due, h.monitoring_status <> 'NOT_MONITORED'
                      from unnest(?::varchar[], ?::bigint[], ?::date[], ?::date[]) as t(region, household, opened, due)
                      join household h on h.id = t.household
                    on conflict (household_id) where status = 'OPEN' and household_id is not null do nothing
                    returning household_id, id""")
                    .params(regions, ids, dates(openedOn), dates(due)).query(rs -> {
                        clueOf.put(rs.getLong(1), rs.getLong(2));
                        opened.add(rs.getLong(2));
                    });
            if (log.isDebugEnabled()) {
                log.debug("Opened {} clues in {} ms, after finding {} open ones", missing.size(),
                        (System.nanoTime() - found) / 1_000_000, households.length - missing.size());
            }
            // another channel may have opened a clue for one of them meanwhile
            List<Long> still = missing.stream().map(ClueSignal::householdId).filter(h -> !clueOf.containsKey(h)).toList();
            if (!still.isEmpty()) {
                jdbc.sql("select household_id, id from risk_clue where household_id = any(?) and status = 'OPEN'")
                        .param(still.toArray(Long[]::new)).query(rs -> {
                            clueOf.put(rs.getLong(1), rs.getLong(2));
                        });
            }
        }
        return clueOf;
    }

    private static String[] dates(LocalDate[] days) {
        String[] out = new String[days.length];
        for (int i = 0; i < days.length; i++) {
            out[i] = days[i].toString();
        }
        return out;
    }

}
