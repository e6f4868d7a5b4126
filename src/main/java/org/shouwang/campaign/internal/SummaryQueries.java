package org.shouwang.campaign.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the campaign summary per township, read from other modules' tables by SQL (the campaign writes none
 * of them): cases announced and rollbacks approved between the campaign's start and its close (or now), for the
 * households it held.
 */
@Repository
public class SummaryQueries {

    /** One figure of one township, e.g. (341599001000, category, UNSTABLE, 3). */
    public record Figure(String township, String kind, String key, long count) {
    }

    private static final String WINDOW = """
            join campaign c on c.id = ch.campaign_id
            where ch.campaign_id = :id and ch.region_code between :low and :high
              and c.started_at is not null
            """;

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Figure> figures(long campaignId, String low, String high) {
        String sql = """
                select substr(ch.region_code, 1, 9), 'households', '', count(*) from campaign_household ch %1$s group by 1
                union all
                select substr(ch.region_code, 1, 9), 'screened', '', count(*) from campaign_household ch %1$s
                   and ch.status = 'SCREENED' group by 1
                union all
                select substr(ch.region_code, 1, 9), 'flagged', '', count(*) from campaign_household ch %1$s
                   and ch.flagged group by 1
                union all
                select substr(ch.region_code, 1, 9), 'category', coalesce(ic.category, ''), count(*)
                  from campaign_household ch join identification_case ic on ic.household_id = ch.household_id %1$s
                   and ic.state = 'ANNOUNCED' and ic.closed_at >= c.started_at and ic.closed_at <= coalesce(c.closed_at, now())
                 group by 1, 3
                union all
                select substr(ch.region_code, 1, 9), 'riskType', rt.value, count(*)
                  from campaign_household ch join identification_case ic on ic.household_id = ch.household_id
                  cross join lateral jsonb_array_elements_text(ic.risk_types) rt(value) %1$s
                   and ic.state = 'ANNOUNCED' and ic.closed_at >= c.started_at and ic.closed_at <= coalesce(c.closed_at, now())
                 group by 1, 3
                union all
                select substr(ch.region_code, 1, 9), 'rolledBack', '', count(*)
                  from campaign_household ch join elimination_request er on er.household_id = ch.household_id %1$s
                   and er.kind = 'ROLLBACK' and er.state = 'APPROVED'
                   and er.decided_at >= c.started_at and er.decided_at <= coalesce(c.closed_at, now())
                 group by 1
                """.formatted(WINDOW);
        return jdbc.sql(sql).param("id", campaignId).param("low", low).param("high", high)
                .query((rs, i) -> new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /**
     * Problems found and fixed, when the 问题台账 exists (V30, table {@code problem} with campaign_id, region_code and
     * status OPEN/RECTIFYING/CLOSED, built by another part of issue 5). Until then: null, shown as "未接入".
     */
    public List<Figure> problems(long campaignId, String low, String high) {
        Boolean ready = jdbc.sql("""
                select to_regclass('problem') is not null and exists (select 1 from information_schema.columns
                        where table_name = 'problem' and column_name in ('campaign_id', 'region_code', 'status')
                        group by table_name having count(*) = 3)""").query(Boolean.class).single();
        if (!Boolean.TRUE.equals(ready)) {
            return null;
        }
        return jdbc.sql("""
                select substr(region_code, 1, 9), 'problems', '', count(*) from problem
                 where campaign_id = :id and region_code between :low and :high group by 1
                union all
                select substr(region_code, 1, 9), 'problemsFixed', '', count(*) from problem
                 where campaign_id = :id and region_code between :low and :high and status = 'CLOSED' group by 1""")
                .param("id", campaignId).param("low", low).param("high", high)
                .query((rs, i) -> new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    public List<String[]> townships(String low, String high) {
        return jdbc.sql("select code, name from region where level = 4 and code between ? and ? order by code")
                .params(low, high).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }
}
