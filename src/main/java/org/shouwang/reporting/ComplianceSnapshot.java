package org.shouwang.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.reporting.internal.WorklistQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计看板's deadline-compliance headline for the year so far, judged per village by the dashboard job (V37) rather
 * than on every request: a county's year of clocks took a second or more to judge, the kept rows sum in milliseconds.
 * The rows serve only the period they were judged for and only on the day they were judged, so a headline is never
 * judged against a stale "today"; any other period is judged on request by {@link DeadlineCompliance}.
 */
@Service
public class ComplianceSnapshot {

    /** The headline of a region and when its clocks were judged. */
    public record Headline(DeadlineCompliance.Row total, OffsetDateTime judgedAt) {
    }

    private static final String ALL_LOW = "000000000000";
    private static final String ALL_HIGH = "999999999999";

    private final DeadlineCompliance compliance;
    private final WorklistQueries regions;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ComplianceSnapshot(DeadlineCompliance compliance, WorklistQueries regions, JdbcClient jdbc, JdbcTemplate batch,
            Clock clock) {
        this.compliance = compliance;
        this.regions = regions;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** The year so far, as the dashboard shows it by default. */
    CompliancePeriod kept(LocalDate today) {
        return new CompliancePeriod(today.withDayOfYear(1), today);
    }

    /** Judges every village's clocks of the year so far and replaces the kept rows (the dashboard job calls this). */
    @Transactional
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        CompliancePeriod period = kept(today);
        Map<String, ComplianceTally> villages = compliance.tallies(ALL_LOW, ALL_HIGH, 12, period, today);
        jdbc.sql("delete from dashboard_compliance_tally").update();
        List<Object[]> rows = new ArrayList<>();
        villages.forEach((village, t) -> {
            for (int m = 0; m < ComplianceTally.METRICS; m++) {
                int[] c = t.counts(m);
                if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                    rows.add(new Object[] {village, m, c[0], c[1], c[2]});
                }
            }
        });
        batch.batchUpdate("""
                insert into dashboard_compliance_tally (region_code, metric, met, counted, pending)
                values (?, ?, ?, ?, ?)""", rows);
        // the row also carries the other tallies' time; a fresh installation gets it here when this runs first
        jdbc.sql("""
                insert into dashboard_tally_refresh (id, refreshed_at, compliance_from, compliance_to,
                    compliance_judged_on, compliance_at)
                values (1, now(), :from, :to, :today, now())
                on conflict (id) do update set compliance_from = excluded.compliance_from,
                    compliance_to = excluded.compliance_to, compliance_judged_on = excluded.compliance_judged_on,
                    compliance_at = excluded.compliance_at""")
                .param("from", period.from()).param("to", period.to()).param("today", today).update();
    }

    /** The kept headline of the region when it covers {@code period} and was judged today. */
    public Optional<Headline> headline(ReportScope scope, CompliancePeriod period) {
        LocalDate today = LocalDate.now(clock);
        if (!period.equals(kept(today))) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select compliance_at from dashboard_tally_refresh
                where id = 1 and compliance_from = :from and compliance_to = :to and compliance_judged_on = :today""")
                .param("from", period.from()).param("to", period.to()).param("today", today)
                .query(OffsetDateTime.class).optional()
                .map(at -> new Headline(total(scope), at));
    }

    private DeadlineCompliance.Row total(ReportScope scope) {
        ComplianceTally sum = new ComplianceTally();
        jdbc.sql("""
                select metric, sum(met), sum(counted), sum(pending) from dashboard_compliance_tally
                where region_code between :low and :high group by metric""")
                .param("low", scope.low()).param("high", scope.high())
                .query((RowCallbackHandler) rs -> sum.add(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        String own = scope.region().value();
        return DeadlineCompliance.row(own, regions.regionName(own).orElse(own), sum);
    }
}
