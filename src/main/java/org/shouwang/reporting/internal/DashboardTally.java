package org.shouwang.reporting.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds 统计看板's per-village counts of households and of running campaigns' progress in one transaction, so a
 * reader sees either the old or the new counts, never half. Reading a county's 300,000 households per request would
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
        jdbc.sql("""
                insert into dashboard_tally_refresh (id, refreshed_at) values (1, now())
                on conflict (id) do update set refreshed_at = excluded.refreshed_at""").update();
    }

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
