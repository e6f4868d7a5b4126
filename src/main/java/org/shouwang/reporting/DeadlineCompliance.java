package org.shouwang.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.WorkingDays;
import org.shouwang.reporting.internal.ComplianceQueries;
import org.shouwang.reporting.internal.DeadlineClock;
import org.shouwang.reporting.internal.WorklistQueries;
import org.springframework.stereotype.Service;

/**
 * 时限监测 (issue 4, point 12): per township or village, how many clocks that started in the period met their deadline
 * (docs/glossary.md states each figure). Days come from the profile in force where and when each clock started.
 */
@Service
public class DeadlineCompliance {

    public record Row(String regionCode, String regionName, Ratio identification, Ratio contactPersons,
            Ratio measures, Ratio find, Ratio handle, Ratio help, Ratio visitsOnTime, Ratio visitsInPeriod) {
    }

    /** The days of "5天内发现、10天内处理、30天内帮扶" in force for the region at the end of the period. */
    public record ClueDays(int find, int handle, int help) {
    }

    public record Report(String regionCode, String regionName, LocalDate from, LocalDate to, LocalDate today,
            ClueDays clueDays, List<Row> rows, Row total) {
    }

    private final ComplianceQueries queries;
    private final WorklistQueries regions;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final Clock clock;

    DeadlineCompliance(ComplianceQueries queries, WorklistQueries regions, PolicyProfiles profiles,
            WorkingDays workingDays, Clock clock) {
        this.queries = queries;
        this.regions = regions;
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Report report(ReportScope scope, CompliancePeriod period) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ComplianceTally> rows = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (scope.rowLevel() == scope.region().level()) {
            names.put(scope.region().value(), name(scope.region().value()));
        } else {
            regions.regions(scope.low(), scope.high(), scope.rowLevel()).forEach(r -> names.put(r[0], r[1]));
        }
        names.keySet().forEach(k -> rows.put(k, new ComplianceTally()));
        tallies(scope.low(), scope.high(), scope.rowPrefix(), period, today)
                .forEach((row, t) -> rows.computeIfAbsent(row, k -> new ComplianceTally()).addAll(t));
        ComplianceTally sum = new ComplianceTally();
        List<Row> out = rows.entrySet().stream().map(e -> {
            sum.addAll(e.getValue());
            return row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue());
        }).toList();
        String own = scope.region().value();
        return new Report(own, name(own), period.from(), period.to(), today, clueDays(own, period), out,
                row(own, name(own), sum));
    }

    /** The 5/10/30 days in force for the region at the end of the period. */
    public ClueDays clueDays(String region, CompliancePeriod period) {
        return ClueClocks.days(profiles.inForce(region, period.to()));
    }

    /**
     * Every clock of the period in the range judged on {@code today}, tallied per region of {@code rowPrefix} leading
     * digits (keyed by the code padded with zeros): 12 gives one tally per village, which {@link ComplianceSnapshot}
     * keeps for the dashboard.
     */
    Map<String, ComplianceTally> tallies(String low, String high, int rowPrefix, CompliancePeriod period,
            LocalDate today) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        String zone = clock.getZone().getId();
        DeadlineClock clocks = new DeadlineClock(profiles, workingDays, from, to);
        Map<String, ComplianceTally> rows = new LinkedHashMap<>();
        Function<String, ComplianceTally> tally = code -> rows.computeIfAbsent(
                code.substring(0, rowPrefix) + "0".repeat(12 - rowPrefix), k -> new ComplianceTally());
        for (var c : queries.cases(low, high, from, to, zone)) {
            LocalDate due = c.overallDue() != null ? c.overallDue()
                    : clocks.due(c.regionCode(), c.openedOn(), "IDENTIFICATION_TOTAL", DeadlineClock.calendarDays(15));
            tally.apply(c.regionCode()).judge(ComplianceTally.IDENTIFICATION, c.closedOn(), due, today);
        }
        for (var c : queries.contacts(low, high, from, to, zone)) {
            LocalDate due = clocks.due(c.regionCode(), c.identifiedOn(), "CONTACT_PERSON", DeadlineClock.workingDays(5));
            tally.apply(c.regionCode()).judge(ComplianceTally.CONTACT_PERSONS, c.firstContact(), due, today);
        }
        for (var p : queries.plans(low, high, from, to)) {
            tally.apply(p.regionCode()).judge(ComplianceTally.MEASURES, p.firstMeasure(), p.measuresDue(), today);
        }
        for (var k : queries.clues(low, high, from, to, zone)) {
            ClueClocks.judge(k, clocks, tally.apply(k.regionCode()), today);
        }
        LocalDate visitsTo = to.isAfter(today) ? today : to;
        int months = visitsTo.isBefore(from) ? 0
                : (visitsTo.getYear() * 12 + visitsTo.getMonthValue()) - (from.getYear() * 12 + from.getMonthValue()) + 1;
        for (var v : queries.visits(low, high, rowPrefix, from, visitsTo, months)) {
            ComplianceTally t = tally.apply(v.prefix() + "0".repeat(12 - v.prefix().length()));
            t.add(ComplianceTally.VISITS_ON_TIME, v.notOverdue(), v.schedules());
            t.add(ComplianceTally.VISITS_IN_PERIOD, v.done(), v.expected());
        }
        return rows;
    }

    private String name(String code) {
        return regions.regionName(code).orElse(code);
    }

    static Row row(String code, String name, ComplianceTally t) {
        return new Row(code, name, t.ratio(ComplianceTally.IDENTIFICATION), t.ratio(ComplianceTally.CONTACT_PERSONS),
                t.ratio(ComplianceTally.MEASURES), t.ratio(ComplianceTally.FIND), t.ratio(ComplianceTally.HANDLE),
                t.ratio(ComplianceTally.HELP), t.ratio(ComplianceTally.VISITS_ON_TIME),
                t.ratio(ComplianceTally.VISITS_IN_PERIOD));
    }
}
