package org.shouwang.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.campaign.CampaignProgress;
import org.shouwang.reporting.CompliancePeriod;
import org.shouwang.reporting.ComplianceSnapshot;
import org.shouwang.reporting.Dashboard;
import org.shouwang.reporting.DeadlineCompliance;
import org.shouwang.reporting.ReportScope;
import org.shouwang.reporting.RiskClusters;
import org.shouwang.reporting.internal.DashboardTally;
import org.shouwang.reporting.internal.RiskClusterQueries;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 统计看板 and 排查进度 (issue 5, point 10) on a county of N households (default 300,000; 20 townships × 15 villages),
 * generated set-based in SQL on top of {@link ReportingBenchmark}'s county: 20 % 脱贫户, categories and risk types for
 * the monitored, eliminations, one signal per clue of three kinds, and a running campaign with every household in
 * scope, 60 % screened and 5 % flagged. Prints p50/p95 of 20 runs after 3 warm-ups for the dashboard at county,
 * township and village level, the campaign progress by township, 规模性返贫风险 and the compliance headline; the limit
 * is the dashboard's heaviest statement (households by type and status) as hand-written SQL on the same connection
 * pool. Households and campaign progress are read from the tally the job rebuilds (its rebuild is timed too). Run with {@code ./mvnw -Pbench-dashboard}.
 */
public final class DashboardBenchmark {

    static final String COUNTY = ReportingBenchmark.COUNTY;
    static final String TOWNSHIP = "341599001000";
    static final String VILLAGE = "341599001001";

    public static void main(String[] args) {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=" + BenchDirs.freshPostgres(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            ReportingBenchmark.generate(jdbc, households);
            long campaign = generate(jdbc);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %s, campaign_household %,d, clue_signal %,d%n",
                    (System.nanoTime() - t) / 1e9, ReportingBenchmark.sizes(jdbc),
                    jdbc.queryForObject("select count(*) from campaign_household", Long.class),
                    jdbc.queryForObject("select count(*) from clue_signal", Long.class));
            DashboardTally tally = app.getBean(DashboardTally.class);
            ReportingBenchmark.time("tally rebuild (job, every 5 min)", () -> {
                tally.refresh();
                return 1;
            });
            Dashboard dashboard = app.getBean(Dashboard.class);
            RiskClusters clusters = app.getBean(RiskClusters.class);
            DeadlineCompliance compliance = app.getBean(DeadlineCompliance.class);
            CampaignProgress progress = app.getBean(CampaignProgress.class);
            CurrentUser admin = ReportingBenchmark.user("admin", Role.COUNTY_ADMIN, COUNTY);
            LocalDate today = LocalDate.now();
            CompliancePeriod year = new CompliancePeriod(today.withDayOfYear(1), today);
            for (String[] level : List.of(new String[] {"county", COUNTY}, new String[] {"township", TOWNSHIP},
                    new String[] {"village", VILLAGE})) {
                String region = level[1];
                String high = new org.shouwang.shared.RegionCode(region).high();
                int n = level[0].equals("county") ? 9 : 12;
                ReportingBenchmark.time("limit: households SQL, " + level[0], () -> jdbc.queryForList("""
                        select substr(region_code, 1, ?), household_type, monitoring_status, monitoring_category, count(*)
                        from household where region_code between ? and ? group by 1, 2, 3, 4""", n, region, high).size());
                ReportingBenchmark.time("dashboard, " + level[0], () -> dashboard.view(ReportScope.of(region, admin),
                        year).total().households());
            }
            for (String[] level : List.of(new String[] {"county by township", COUNTY, "9"},
                    new String[] {"township by village", TOWNSHIP, "12"})) {
                String high = new org.shouwang.shared.RegionCode(level[1]).high();
                ReportingBenchmark.time("campaign progress SQL, " + level[0], () -> jdbc.queryForList(PROGRESS,
                        Integer.parseInt(level[2]), campaign, level[1], high).size());
                ReportingBenchmark.time("dashboard campaign tally, " + level[0], () -> jdbc.queryForList(TALLIED,
                        Integer.parseInt(level[2]), campaign, level[1], high).size());
                ReportingBenchmark.time("campaign progress API, " + level[0], () -> progress.progress(campaign,
                        level[1], admin).rows().size());
            }
            ReportingBenchmark.time("risk clusters, county, 14 days", () -> clusters.find(ReportScope.of(null, admin),
                    null, null).clusters().size());
            // its two statements alone: counts per village, kind and window; the clues listed for the clusters shown
            var shown = clusters.find(ReportScope.of(null, admin), null, null).clusters();
            RiskClusterQueries cq = app.getBean(RiskClusterQueries.class);
            LocalDate trendFrom = today.minusDays(14L * 6 - 1);
            String countyHigh = new org.shouwang.shared.RegionCode(COUNTY).high();
            ReportingBenchmark.time("  its counts statement", () -> cq.counts(COUNTY, countyHigh, trendFrom, today, 14, 6)
                    .size());
            ReportingBenchmark.time("  its listing statement", () -> cq.inWindow(COUNTY, countyHigh,
                    shown.stream().map(RiskClusters.Cluster::kind).distinct().toList(),
                    today.minusDays(13), today).size());
            ReportingBenchmark.time("compliance headline judged on request, county", () -> compliance.report(
                    ReportScope.of(null, admin), year).total().identification().denominator());
            ComplianceSnapshot snapshot = app.getBean(ComplianceSnapshot.class);
            ReportingBenchmark.time("compliance headline judged by the job (every 5 min)", () -> {
                snapshot.refresh();
                return 1;
            });
            for (String region : List.of(COUNTY, TOWNSHIP, VILLAGE)) {
                ReportingBenchmark.time("compliance headline kept, " + region, () -> snapshot.headline(
                        ReportScope.of(region, admin), year).orElseThrow().total().identification().denominator());
            }
            explain(jdbc, campaign);
        }
    }

    /**
     * 排查进度 per township (or village) as the campaign module would count it: households in scope, screened, flagged
     * and with form errors, by status, from campaign_household alone.
     */
    static final String PROGRESS = """
            select substr(region_code, 1, ?), status, count(*), count(*) filter (where flagged),
                   count(*) filter (where error_count > 0)
            from campaign_household where campaign_id = ? and region_code between ? and ? group by 1, 2""";

    /** The same figures from 统计看板's tally (at most five minutes old). */
    static final String TALLIED = """
            select substr(region_code, 1, ?), status, sum(households), sum(households) filter (where flagged)
            from dashboard_campaign_tally where campaign_id = ? and region_code between ? and ? group by 1, 2""";

    static long generate(JdbcTemplate jdbc) {
        jdbc.update("update household set household_type = 'POVERTY_ALLEVIATED' where id % 5 = 0");
        jdbc.update("""
                update household set monitoring_category = (array['UNSTABLE','MARGINAL','SUDDEN'])[1 + id::int % 3]
                where monitoring_status = 'RISK_ACTIVE'""");
        jdbc.update("""
                update identification_case set risk_types = (array['["ILLNESS"]','["DISASTER","ILLNESS"]',
                    '["UNSTABLE_EMPLOYMENT"]','["EDUCATION"]'])[1 + id::int % 4]::jsonb where state = 'ANNOUNCED'""");
        jdbc.update("""
                insert into elimination_case (household_id, region_code, method, state, eligibility, eliminated_on,
                    opened_at, closed_at)
                select id, region_code, 'ASSISTED', 'ANNOUNCED', '{}', current_date - id::int % 300,
                       now() - (30 + id::int % 300) * interval '1 day', now() - (id::int % 300) * interval '1 day'
                from household where monitoring_status = 'RISK_ACTIVE' and id % 4 = 0""");
        jdbc.update("""
                insert into clue_signal (clue_id, channel, rule_code, reason, rule_values, raised_on, dedup_key)
                select id, 'SCREENING_RUN', case when id % 3 = 0 then 'LS_FARM_LOSS' end, '基准信号',
                       (case id % 3 when 1 then '{"风险类型": "因灾"}' when 2 then '{"困难类型": "因病"}' else '{}' end)::json,
                       opened_on, 'bench-' || id
                from risk_clue""");
        long campaign = jdbc.queryForObject("""
                insert into campaign (name, year, region_code, profile_date, state, created_by)
                values ('基准集中排查', extract(year from current_date)::int, ?, current_date, 'RUNNING', 'bench')
                returning id""", Long.class, COUNTY);
        jdbc.update("""
                insert into campaign_phase (campaign_id, seq, kind, name, due_on)
                values (?, 1, 'SCREENING', '入户排查', current_date + 10), (?, 2, 'SUMMARY', '总结', current_date + 30)""",
                campaign, campaign);
        jdbc.update("""
                insert into campaign_household (campaign_id, household_id, region_code, assign_rule, status, flagged,
                    error_count, screened_on)
                select ?, id, region_code, 'VILLAGE', case when abs(hashint4(id::int)) % 10 < 6 then 'SCREENED'
                       else 'PENDING' end, abs(hashint4(id::int)) % 100 < 5, case when id % 50 = 0 then 1 else 0 end,
                       case when abs(hashint4(id::int)) % 10 < 6 then current_date - id::int % 20 end
                from household""", campaign);
        // as autovacuum would leave them: statistics and the visibility map, so counts can be read from the index
        for (String table : List.of("household", "campaign_household", "identification_case", "elimination_case",
                "clue_signal", "risk_clue")) {
            jdbc.execute("vacuum analyze " + table);
        }
        return campaign;
    }

    static void explain(JdbcTemplate jdbc, long campaign) {
        String county = "'341599000000' and '341599999999'";
        for (String q : List.of(
                "select substr(region_code, 1, 9), household_type, monitoring_status, monitoring_category, count(*)"
                        + " from household where region_code between " + county + " group by 1, 2, 3, 4",
                "select substr(region_code, 1, 9), count(*), count(*) filter (where status = 'SCREENED'),"
                        + " count(*) filter (where flagged) from campaign_household where campaign_id in (" + campaign
                        + ") and region_code between " + county + " group by 1")) {
            System.out.println("\nEXPLAIN ANALYZE " + q);
            jdbc.queryForList("explain (analyze, costs off, timing off, summary on) " + q, String.class)
                    .forEach(line -> System.out.println("  " + line));
        }
    }

    private DashboardBenchmark() {
    }
}
