package org.shouwang.reporting.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds 统计看板's per-village counts of households and of running campaigns' progress in one transaction, so a
 * reader sees either the old or the new counts, never half, and adds the kinds of new clue signals. Reading a county's 300,000 households per request would
 * take about a second; the tables have a few rows per village.
 */
@Repository
public class DashboardTally {

    private final JdbcClient jdbc;

    DashboardTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void refresh() {
        jdbc.sql("delete from dashboard_household_tally").update();
        jdbc.sql("""
                insert into dashboard_household_tally (region_code, household_type, monitoring_status,
                    monitoring_category, households)
                select region_code, household_type, monitoring_status, coalesce(monitoring_category, ''), count(*)
                from household group by 1, 2, 3, 4""").update();
        jdbc.sql("delete from dashboard_campaign_tally").update();
        jdbc.sql("""
                insert into dashboard_campaign_tally (campaign_id, region_code, status, flagged, households)
                select ch.campaign_id, ch.region_code, ch.status, ch.flagged, count(*)
                from campaign_household ch join campaign c on c.id = ch.campaign_id
                where c.state = 'RUNNING' group by 1, 2, 3, 4""").update();
        long watermark = jdbc.sql("select coalesce(max(signal_watermark), 0) from dashboard_tally_refresh")
                .query(Long.class).single();
        // signals are only ever added; ids are taken before commit, so a signal committed late may sit below the
        // watermark: the last REVISIT ids are read again, and what was stored already is skipped
        jdbc.sql(KINDS).param("from", watermark - REVISIT).update();
        jdbc.sql(FIRST_DAYS).param("from", watermark - REVISIT).update();
        jdbc.sql("""
                insert into dashboard_tally_refresh (id, refreshed_at, signal_watermark)
                values (1, now(), (select coalesce(max(id), 0) from clue_signal))
                on conflict (id) do update set refreshed_at = excluded.refreshed_at,
                    signal_watermark = excluded.signal_watermark""").update();
    }

    static final int REVISIT = 1000;

    /**
     * A signal's kinds: the rule that fired, and the risk types a self-declaration ({@code 困难类型}) or a visit
     * ({@code 风险类型}, one label or several joined by 、, or a list) named.
     */
    static final String KINDS = """
            insert into dashboard_signal_kind (signal_id, clue_id, kind, raised_on)
            select s.id, s.clue_id, left(x.kind, 80), s.raised_on
            from clue_signal s
            cross join lateral (select s.rule_values::jsonb as v) j
            cross join lateral (
                select 'RULE:' || s.rule_code where s.rule_code is not null
                union all
                select 'RISK:' || btrim(t) from string_to_table(
                    case when jsonb_typeof(j.v -> '困难类型') = 'string' then j.v ->> '困难类型' end, '、') t
                where btrim(t) <> ''
                union all
                select 'RISK:' || btrim(t) from string_to_table(
                    case when jsonb_typeof(j.v -> '风险类型') = 'string' then j.v ->> '风险类型' end, '、') t
                where btrim(t) <> ''
                union all
                select 'RISK:' || t from jsonb_array_elements_text(
                    case when jsonb_typeof(j.v -> '风险类型') = 'array' then j.v -> '风险类型' else '[]'::jsonb end) t
            ) x(kind)
            where s.id > :from
            on conflict do nothing""";

    /** Each clue's first day of each kind, from the kinds just added (a late signal may move the day earlier). */
    static final String FIRST_DAYS = """
            insert into dashboard_clue_kind (clue_id, kind, region_code, first_on)
            select d.clue_id, d.kind, k.region_code, min(d.raised_on)
            from dashboard_signal_kind d join risk_clue k on k.id = d.clue_id
            where d.signal_id > :from
            group by 1, 2, 3
            on conflict (clue_id, kind) do update set first_on = least(dashboard_clue_kind.first_on, excluded.first_on)""";

    /** When the counts were built; a new installation (or one with the job switched off) builds them now. */
    public OffsetDateTime ensure() {
        return refreshedAt().orElseGet(() -> {
            refresh();
            return refreshedAt().orElseThrow();
        });
    }

    public Optional<OffsetDateTime> refreshedAt() {
        return jdbc.sql("select refreshed_at from dashboard_tally_refresh where id = 1").query(OffsetDateTime.class)
                .optional();
    }
}
