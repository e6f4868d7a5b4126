package org.shouwang.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of 统计看板, each grouped by the first {@code n} digits of the region code (the township or village a row
 * stands for), over a region range. Households and campaign progress come from the per-village tallies
 * ({@link DashboardTally}); the rest start from an index on the region range.
 */
@Repository
public class DashboardQueries {

    /** Households of one row with one type, monitoring status and category. */
    public record HouseholdCount(String prefix, String type, String status, String category, int count) {
    }

    /** Announcements (identifications or eliminations) of one row in one month (yyyy-MM). */
    public record MonthCount(String prefix, String month, int count) {
    }

    public record PrefixCount(String prefix, int count) {
    }

    /** Households in running campaigns of one row: in scope, screened, flagged. */
    public record CampaignCount(String prefix, int inScope, int screened, int flagged) {
    }

    public record Campaign(long id, String name, int year) {
    }

    public record Named(String code, int count) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HouseholdCount> households(String low, String high, int n) {
        return jdbc.sql("""
                select substr(region_code, 1, :n), household_type, monitoring_status, nullif(monitoring_category, ''),
                       sum(households)
                from dashboard_household_tally where region_code between :low and :high group by 1, 2, 3, 4""")
                .param("n", n).param("low", low).param("high", high)
                .query((rs, i) -> new HouseholdCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** Risk types of each household's latest announced identification (a household counts once per type). */
    public List<Named> riskTypes(String low, String high) {
        return jdbc.sql("""
                select t, count(*) from (
                    select distinct on (household_id) risk_types from identification_case
                    where state = 'ANNOUNCED' and region_code between :low and :high
                    order by household_id, closed_at desc nulls last, id desc) c
                cross join lateral jsonb_array_elements_text(
                    case when jsonb_typeof(c.risk_types) = 'array' then c.risk_types else '[]'::jsonb end) t
                group by 1 order by 2 desc, 1""")
                .param("low", low).param("high", high)
                .query((rs, i) -> new Named(rs.getString(1), rs.getInt(2))).list();
    }

    public List<MonthCount> identified(String low, String high, int n, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                select substr(region_code, 1, :n), to_char(closed_at at time zone :zone, 'YYYY-MM'), count(*)
                from identification_case
                where state = 'ANNOUNCED' and region_code between :low and :high
                  and closed_at >= (cast(:from as date)::timestamp at time zone :zone)
                  and closed_at < ((cast(:to as date) + 1)::timestamp at time zone :zone)
                group by 1, 2""")
                .param("n", n).param("zone", zone).param("low", low).param("high", high).param("from", from)
                .param("to", to).query((rs, i) -> new MonthCount(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public List<MonthCount> eliminated(String low, String high, int n, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select substr(region_code, 1, :n), to_char(eliminated_on, 'YYYY-MM'), count(*)
                from elimination_case
                where state = 'ANNOUNCED' and region_code between :low and :high
                  and eliminated_on between :from and :to
                group by 1, 2""")
                .param("n", n).param("low", low).param("high", high).param("from", from).param("to", to)
                .query((rs, i) -> new MonthCount(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Open clues past their due day (研判 late). */
    public List<PrefixCount> overdueClues(String low, String high, int n, LocalDate today) {
        return jdbc.sql("""
                select substr(region_code, 1, :n), count(*) from risk_clue
                where status = 'OPEN' and region_code between :low and :high and due_on < :today group by 1""")
                .param("n", n).param("low", low).param("high", high).param("today", today)
                .query((rs, i) -> new PrefixCount(rs.getString(1), rs.getInt(2))).list();
    }

    /**
     * Problems past their deadline and not closed (the campaign module's own meaning of 逾期, {@code Problem.overdue}),
     * or empty when 问题台账 (V30: table {@code problem} with {@code region_code}, {@code deadline}, {@code status}) is
     * not installed in this database.
     */
    public Optional<List<PrefixCount>> overdueProblems(String low, String high, int n, LocalDate today) {
        Integer columns = jdbc.sql("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and table_name = 'problem'
                  and column_name in ('region_code', 'deadline', 'status')""").query(Integer.class).single();
        if (columns == null || columns < 3) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                select substr(region_code, 1, :n), count(*) from problem
                where region_code between :low and :high and deadline < :today and status <> 'CLOSED'
                group by 1""")
                .param("n", n).param("low", low).param("high", high).param("today", today)
                .query((rs, i) -> new PrefixCount(rs.getString(1), rs.getInt(2))).list());
    }

    /** Running campaigns with households in the range. */
    public List<Campaign> runningCampaigns(String low, String high) {
        return jdbc.sql("""
                select c.id, c.name, c.year from campaign c
                where c.state = 'RUNNING' and exists (select 1 from dashboard_campaign_tally t
                    where t.campaign_id = c.id and t.region_code between :low and :high)
                order by c.id""")
                .param("low", low).param("high", high)
                .query((rs, i) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    public List<CampaignCount> campaignProgress(List<Long> campaigns, String low, String high, int n) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select substr(region_code, 1, :n), sum(households),
                       coalesce(sum(households) filter (where status = 'SCREENED'), 0),
                       coalesce(sum(households) filter (where flagged), 0)
                from dashboard_campaign_tally
                where campaign_id in (:campaigns) and region_code between :low and :high group by 1""")
                .param("n", n).param("campaigns", campaigns).param("low", low).param("high", high)
                .query((rs, i) -> new CampaignCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
