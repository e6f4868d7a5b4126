package org.shouwang.screening.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a slice's results and raises its clue signals from {@code screening_found}, in PostgreSQL, with the outcome
 * {@link RunStore#saveResults} and {@link ClueBatches#raise} give the same findings in Java: a result per household,
 * known dedup keys dropped, the household's open clue found or opened (with the due date of its village), the new
 * signals inserted in order and the clues that already were open given a new version. Households with a finding SQL
 * could not decide are taken out first and handed back, for CEL. Plain Java over a JDBC connection, inside the
 * caller's transaction.
 */
final class FoundWriter {

    private static final Logger log = LoggerFactory.getLogger(FoundWriter.class);

    /** The temporary table of one slice's findings (emptied by each commit). */
    static final String TABLE = """
            create temp table if not exists screening_found (household_id bigint not null, region_code varchar(12) not null,
                k int not null, f_id bigint, f_source text, f_ref text, decided boolean not null, rule_code text,
                dedup_key text, reason text, values_json text, tail text) on commit delete rows""";

    private static final String UNDECIDED = """
            with u as (select distinct household_id from screening_found where not decided),
                 d as (delete from screening_found f using u where f.household_id = u.household_id)
            select household_id from u order by 1""";

    /** A result per household: rule codes in rule order, findings compact in rule and fact order. */
    private static final String RESULTS = """
            insert into screening_result (run_id, household_id, region_code, flagged, baseline, rule_codes, findings)
            select ?, household_id, min(region_code), true, false,
                   (select array_agg((?::text[])[x + 1] order by x) from unnest(array_agg(distinct k)) x),
                   ('[' || string_agg('[' || (?::int[])[k + 1] || ',' || tail, ',' order by k, f_id nulls first) || ']')::json
              from screening_found group by household_id""";

    /**
     * The findings whose signals are known, taken out. The keys are looked up in the index as one array: written as a
     * join, the slice's few thousand rows (a temporary table has no statistics) were hashed against a scan of every
     * signal the county ever had, once per slice.
     */
    private static final String KNOWN = """
            delete from screening_found f
             using (select s.dedup_key from clue_signal s where s.dedup_key = any(array(select dedup_key from screening_found))) known
             where f.dedup_key = known.dedup_key""";

    /** The villages of the households that need a clue opened (none is open). */
    private static final String VILLAGES = """
            select distinct f.region_code from screening_found f
             where not exists (select 1 from risk_clue c where c.household_id = f.household_id and c.status = 'OPEN')""";

    /**
     * Parameters: the households to raise for (null for all, twice), opened on, the due date by village (a JSON
     * object), the run's label, raised on. Answers the signals inserted and the households left without a clue (another channel opened one at the
     * same moment, which this statement cannot see: raised again by the caller).
     */
    private static final String RAISE = """
            with fresh as materialized (select * from screening_found where ?::bigint[] is null or household_id = any(?)),
                 need as (select household_id, min(region_code) as region_code from fresh group by household_id),
                 existing as (select c.household_id, c.id from risk_clue c join need n on n.household_id = c.household_id
                               where c.status = 'OPEN' for update of c),
                 created as (insert into risk_clue (region_code, household_id, opened_on, due_on, already_monitored)
                             select n.region_code, n.household_id, ?::date, (?::jsonb ->> n.region_code)::date,
                                    h.monitoring_status <> 'NOT_MONITORED'
                               from need n join household h on h.id = n.household_id
                              where not exists (select 1 from existing e where e.household_id = n.household_id)
                              order by n.household_id
                             on conflict (household_id) where status = 'OPEN' and household_id is not null do nothing
                             returning household_id, id),
                 clue as (select household_id, id from existing union all select household_id, id from created),
                 bumped as (update risk_clue set version = version + 1 where id in (select id from existing)),
                 inserted as (insert into clue_signal (clue_id, channel, source, source_ref, rule_code, reason, rule_values,
                                                       raised_on, dedup_key)
                              select c.id, case when f.f_id is null then 'SCREENING_RUN' else 'DEPARTMENT' end,
                                     case when f.f_id is null then ? || ' · 规则 ' || f.rule_code else f.f_source end,
                                     f.f_ref, f.rule_code, f.reason, f.values_json::json, ?::date, f.dedup_key
                                from fresh f join clue c on c.household_id = f.household_id
                               order by f.household_id, f.k, f.f_id nulls first
                              on conflict (dedup_key) do nothing returning 1)
            select (select count(*) from inserted),
                   array(select household_id from need where household_id not in (select household_id from clue))""";

    /** The run a slice belongs to: its id, label, day, and the due date of a clue opened today in a village. */
    record Run(long id, String label, LocalDate today, Function<String, LocalDate> dueOn) {
    }

    /** What a slice wrote: households flagged (results stored), signals raised, and households left to CEL. */
    record Written(int flagged, int signals, List<Long> undecided) {
    }

    private FoundWriter() {
    }

    /**
     * Finds, stores and raises one slice of one SQL form's villages.
     *
     * @param catalogue the run's catalogue index of each rule of the form
     */
    static Written write(Connection c, SqlScreener.Statements statements, SqlScreener screener, Integer[] catalogue,
            Run run, long lo, long hi, String regionLow, String regionHigh, List<String> villages) throws SQLException {
        if (screener.find(c, statements, lo, hi, regionLow, regionHigh, villages) == 0) {
            return new Written(0, 0, List.of());
        }
        return store(c, statements, screener.codes(), catalogue, run);
    }

    /**
     * Stores and raises what {@code screening_found} holds.
     *
     * @param codes the rule code of each rule index
     */
    static Written store(Connection c, SqlScreener.Statements statements, List<String> codes, Integer[] catalogue,
            Run run) throws SQLException {
        List<Long> undecided = new ArrayList<>();
        try (ResultSet rs = statements.prepare(UNDECIDED).executeQuery()) {
            while (rs.next()) {
                undecided.add(rs.getLong(1));
            }
        }
        PreparedStatement results = statements.prepare(RESULTS);
        results.setLong(1, run.id());
        results.setArray(2, c.createArrayOf("text", codes.toArray()));
        results.setArray(3, c.createArrayOf("int4", catalogue));
        int flagged = results.executeUpdate();
        statements.prepare(KNOWN).executeUpdate();
        Set<String> due = new LinkedHashSet<>();
        try (ResultSet rs = statements.prepare(VILLAGES).executeQuery()) {
            while (rs.next()) {
                due.add(rs.getString(1));
            }
        }
        StringBuilder object = new StringBuilder("{");
        for (String village : due) {
            LocalDate day = run.dueOn().apply(village);
            if (day != null) { // village codes are twelve digits, dates ISO: nothing to escape
                object.append(object.length() > 1 ? "," : "").append('"').append(village).append("\":\"").append(day)
                        .append('"');
            }
        }
        String dues = object.append('}').toString();
        int signals = 0;
        Long[] only = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            PreparedStatement raise = statements.prepare(RAISE);
            raise.setArray(1, only == null ? null : c.createArrayOf("int8", only));
            raise.setArray(2, only == null ? null : c.createArrayOf("int8", only));
            raise.setObject(3, run.today());
            raise.setString(4, dues);
            raise.setString(5, run.label());
            raise.setObject(6, run.today());
            try (ResultSet rs = raise.executeQuery()) {
                rs.next();
                signals += rs.getInt(1);
                only = (Long[]) rs.getArray(2).getArray();
            }
            if (only.length == 0) {
                break;
            }
        }
        if (only.length > 0) {
            // the next run raises them: their keys are not stored
            log.warn("{} households of screening run {} got no clue: another channel kept opening one", only.length, run.id());
        }
        return new Written(flagged, signals, undecided);
    }
}
