package org.shouwang.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.shouwang.assistance.RiskType;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.reporting.internal.DashboardQueries;
import org.shouwang.reporting.internal.DashboardTally;
import org.shouwang.reporting.internal.WorklistQueries;
import org.shouwang.shared.Labelled;
import org.springframework.stereotype.Service;

/**
 * 统计看板 (issue 5, point 8): one region's households by type and monitoring status and category, risk types,
 * announcements by month, late clues and problems and the running campaigns' progress, each broken down into the
 * townships of a county or the villages of a township so that the page can drill down. Deadline compliance is the
 * 时限监测 read model's total ({@link DeadlineCompliance}), served beside this view rather than inside it. Households
 * and campaign progress are read from counts rebuilt every few minutes ({@code tallied} says when).
 */
@Service
public class Dashboard {

    private final DashboardQueries queries;
    private final DashboardTally tally;
    private final WorklistQueries regions;
    private final Clock clock;

    Dashboard(DashboardQueries queries, DashboardTally tally, WorklistQueries regions, Clock clock) {
        this.queries = queries;
        this.tally = tally;
        this.regions = regions;
        this.clock = clock;
    }

    public DashboardView view(ReportScope scope, CompliancePeriod period) {
        LocalDate today = LocalDate.now(clock);
        var tallied = tally.ensure();
        String low = scope.low();
        String high = scope.high();
        int n = scope.rowPrefix();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, DashboardRow> rows = new LinkedHashMap<>();
        String own = scope.region().value();
        if (scope.rowLevel() == scope.region().level()) {
            names.put(own, name(own));
        } else {
            regions.regions(low, high, scope.rowLevel()).forEach(r -> names.put(r[0], r[1]));
        }
        names.keySet().forEach(k -> rows.put(k, new DashboardRow()));
        Function<String, DashboardRow> row = prefix -> rows.computeIfAbsent(scope.rowOf(pad(prefix)),
                k -> new DashboardRow());

        Map<String, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (var c : queries.households(low, high, n)) {
            DashboardRow r = row.apply(c.prefix());
            r.households += c.count();
            if (HouseholdType.POVERTY_ALLEVIATED.name().equals(c.type())) {
                r.povertyAlleviated += c.count();
            } else {
                r.ordinary += c.count();
            }
            switch (c.status()) {
                case "IDENTIFYING" -> r.identifying += c.count();
                case "RISK_ACTIVE" -> r.riskActive += c.count();
                case "RISK_ELIMINATED" -> r.riskEliminated += c.count();
                default -> { }
            }
            types.merge(c.type(), c.count(), Integer::sum);
            statuses.merge(c.status(), c.count(), Integer::sum);
            // the category of households in monitoring now; an eliminated household keeps its old category
            if (c.category() != null && "RISK_ACTIVE".equals(c.status())) {
                categories.merge(c.category(), c.count(), Integer::sum);
            }
        }
        Map<String, int[]> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.put(m.toString(), new int[2]);
        }
        String zone = clock.getZone().getId();
        for (var m : queries.identified(low, high, n, period.from(), period.to(), zone)) {
            row.apply(m.prefix()).identified += m.count();
            months.computeIfAbsent(m.month(), k -> new int[2])[0] += m.count();
        }
        for (var m : queries.eliminated(low, high, n, period.from(), period.to())) {
            row.apply(m.prefix()).eliminated += m.count();
            months.computeIfAbsent(m.month(), k -> new int[2])[1] += m.count();
        }
        queries.overdueClues(low, high, n, today).forEach(c -> row.apply(c.prefix()).overdueClues += c.count());
        var problems = queries.overdueProblems(low, high, n, today);
        problems.ifPresent(list -> list.forEach(c -> row.apply(c.prefix()).overdueProblems += c.count()));
        var campaigns = queries.runningCampaigns(low, high);
        for (var c : queries.campaignProgress(campaigns.stream().map(DashboardQueries.Campaign::id).toList(), low,
                high, n)) {
            DashboardRow r = row.apply(c.prefix());
            r.campaignInScope += c.inScope();
            r.campaignScreened += c.screened();
            r.campaignFlagged += c.flagged();
        }

        DashboardRow sum = new DashboardRow();
        List<DashboardView.Row> out = new ArrayList<>();
        rows.forEach((code, r) -> {
            sum.add(r);
            out.add(r.view(code, names.getOrDefault(code, code)));
        });
        return new DashboardView(own, name(own), scope.region().level(), period.from(), period.to(), today, tallied,
                sum.view(own, name(own)), out, counts(types, HouseholdType.class), counts(statuses, MonitoringStatus.class),
                counts(categories, MonitoringCategory.class), riskTypes(low, high),
                months.entrySet().stream().map(e -> new DashboardView.Month(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                campaigns.stream().map(c -> new DashboardView.CampaignRef(c.id(), c.name(), c.year())).toList(),
                problems.isPresent());
    }

    private List<DashboardView.Count> riskTypes(String low, String high) {
        return queries.riskTypes(low, high).stream()
                .map(t -> new DashboardView.Count(t.code(), label(RiskType.class, t.code()), t.count())).toList();
    }

    /** Every constant of the enumeration in its order (zero included, so the charts keep their colours), then others. */
    private static <E extends Enum<E> & Labelled> List<DashboardView.Count> counts(Map<String, Integer> counted,
            Class<E> type) {
        List<DashboardView.Count> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(new DashboardView.Count(e.name(), e.label(), counted.getOrDefault(e.name(), 0)));
        }
        counted.keySet().stream().filter(k -> Labelled.fromLabel(type, k).isEmpty()).sorted(Comparator.naturalOrder())
                .forEach(k -> out.add(new DashboardView.Count(k, k, counted.get(k))));
        return out;
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        return Labelled.fromLabel(type, code).map(Labelled::label).orElse(code);
    }

    private String name(String code) {
        return regions.regionName(code).orElse(code);
    }

    private static String pad(String prefix) {
        return prefix + "0".repeat(12 - prefix.length());
    }
}
