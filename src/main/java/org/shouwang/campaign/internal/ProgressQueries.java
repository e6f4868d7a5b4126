package org.shouwang.campaign.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts and lists over campaign_household; every query is bounded by the campaign and a region code range. */
@Repository
public class ProgressQueries {

    public record Tally(String regionCode, String regionName, long total, long screened, long flagged, long withErrors) {
    }

    public record Row(long householdId, String householdNo, String headName, String townshipName, String villageCode,
            String villageName, String householdType, String monitoringStatus, String assignRule, String screener,
            String screenerName, String status, boolean flagged, int errorCount, LocalDate screenedOn) {
    }

    private static final String ROWS = """
            select ch.household_id, h.household_no, h.head_name, t.name as township, ch.region_code, v.name as village,
                   h.household_type, h.monitoring_status, ch.assign_rule, ch.screener_username, u.display_name,
                   ch.status, ch.flagged, ch.error_count, ch.screened_on
              from campaign_household ch
              join household h on h.id = ch.household_id
              left join region v on v.code = ch.region_code
              left join region t on t.code = v.parent_code
              left join app_user u on u.username = ch.screener_username
             where ch.campaign_id = :id and ch.region_code between :low and :high
               and (cast(:status as varchar) is null or ch.status = :status)
               and (cast(:screener as varchar) is null or ch.screener_username = :screener)
            """;

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One tally per region of {@code prefix} leading digits (township: 9, village: 12) inside the range, summed from
     * the per-village counts that V34's triggers keep with every change to campaign_household.
     */
    public List<Tally> tallies(long campaignId, String low, String high, int prefix) {
        return jdbc.sql("""
                select rpad(g.p, 12, '0') as code, r.name, g.total, g.screened, g.flagged, g.errors
                  from (select substr(region_code, 1, :n) as p, sum(total) as total, sum(screened) as screened,
                               sum(flagged) as flagged, sum(with_errors) as errors
                          from campaign_village_tally
                         where campaign_id = :id and region_code between :low and :high
                         group by 1 having sum(total) > 0) g
                  left join region r on r.code = rpad(g.p, 12, '0')
                 order by 1""")
                .param("n", prefix).param("id", campaignId).param("low", low).param("high", high)
                .query((rs, i) -> new Tally(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    public long count(long campaignId, String low, String high, String status, String screener) {
        return jdbc.sql("select count(*) from campaign_household ch where ch.campaign_id = :id"
                        + " and ch.region_code between :low and :high"
                        + " and (cast(:status as varchar) is null or ch.status = :status)"
                        + " and (cast(:screener as varchar) is null or ch.screener_username = :screener)")
                .param("id", campaignId).param("low", low).param("high", high).param("status", status)
                .param("screener", screener).query(Long.class).single();
    }

    public List<Row> page(long campaignId, String low, String high, String status, String screener, int offset, int size) {
        return jdbc.sql(ROWS + " order by ch.region_code, h.household_no limit :size offset :offset")
                .param("id", campaignId).param("low", low).param("high", high).param("status", status)
                .param("screener", screener).param("size", size).param("offset", offset)
                .query(this::row).list();
    }

    /** Streams the rows (the caller closes the stream) so an export of a whole county stays small in memory. */
    public Stream<Row> stream(long campaignId, String low, String high, String status) {
        return jdbc.sql(ROWS + " order by ch.region_code, h.household_no")
                .param("id", campaignId).param("low", low).param("high", high).param("status", status)
                .param("screener", null).query(this::row).stream();
    }

    private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getBoolean(13), rs.getInt(14), rs.getObject(15, LocalDate.class));
    }
}
