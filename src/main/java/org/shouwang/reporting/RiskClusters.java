package org.shouwang.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.reporting.internal.DashboardTally;
import org.shouwang.reporting.internal.RiskClusterQueries;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 规模性返贫风险 (issue 5, point 8): villages and townships where clues of one kind gather within a few days, so that
 * officials see a regional risk (a flood, a factory closing, a price fall) before it spreads. The days, the number of
 * clues and the share of households come from the profile's {@code params} ({@code clusterDays}, {@code
 * clusterMinClues}, {@code clusterMinShare}; 14, 5 and 3 % when it is silent) and may be tried otherwise per request.
 */
@Service
public class RiskClusters {

    static final int DEFAULT_DAYS = 14;
    static final int DEFAULT_MIN = 5;
    static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.03");
    static final int MAX_DAYS = 90;
    static final int MAX_MIN = 1000;
    /** Households listed per cluster; the count says how many there are. */
    static final int HOUSEHOLDS_SHOWN = 50;

    public record Params(int days, int minClues, BigDecimal minShare) {
    }

    public record Household(long clueId, Long householdId, String householdNo, String headName, String villageCode,
            String villageName) {
    }

    /**
     * @param trend clues of the kind in each of the last {@value RiskClusterRules#TREND_WINDOWS} windows of
     *              {@code days} days, the last ending today
     */
    public record Cluster(String level, String regionCode, String regionName, String kind, String kindLabel,
            int clues, int villages, Integer households, BigDecimal share, String explanation, List<Integer> trend,
            List<Household> clueHouseholds) {
    }

    public record Report(String regionCode, LocalDate from, LocalDate to, Params params, List<Cluster> clusters) {
    }

    private final RiskClusterQueries queries;
    private final DashboardTally tally;
    private final PolicyProfiles profiles;
    private final Clock clock;

    RiskClusters(RiskClusterQueries queries, DashboardTally tally, PolicyProfiles profiles, Clock clock) {
        this.queries = queries;
        this.tally = tally;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Report find(ReportScope scope, String days, String min) {
        LocalDate today = LocalDate.now(clock);
        Params params = params(scope.region().value(), today, days, min);
        LocalDate from = today.minusDays(params.days() - 1L);
        tally.ensure();
        LocalDate trendFrom = RiskClusterRules.trendStart(today, params.days());
        var counts = queries.counts(scope.low(), scope.high(), trendFrom, today, params.days(),
                RiskClusterRules.TREND_WINDOWS);
        var candidates = RiskClusterRules.candidates(counts).stream()
                .filter(c -> c.level() >= scope.region().level()).toList();
        Map<String, Integer> households = new HashMap<>();
        if (!candidates.isEmpty()) {
            households.putAll(queries.householdsUnder(scope.low(), scope.high(), 12));
            households.putAll(queries.householdsUnder(scope.low(), scope.high(), 9));
        }
        var found = RiskClusterRules.clusters(candidates, households, params.minClues(), params.minShare());

        Set<String> codes = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (var c : found) {
            codes.add(c.regionCode());
            if (c.kind().startsWith("RULE:")) {
                rules.add(c.kind().substring(5));
            }
        }
        Map<String, String> names = queries.regionNames(codes);
        Map<String, String> ruleNames = queries.ruleNames(rules);
        Map<String, List<Household>> listed = listed(scope, found, from, today);
        List<Cluster> out = new ArrayList<>();
        for (var c : found) {
            String label = c.kind().startsWith("RULE:")
                    ? "“" + ruleNames.getOrDefault(c.kind().substring(5), c.kind().substring(5)) + "”"
                    : c.kind().substring(5);
            Integer n = households.get(c.regionCode());
            BigDecimal share = RiskClusterRules.share(c.clues(), n);
            String name = names.getOrDefault(c.regionCode(), c.regionCode());
            out.add(new Cluster(c.level() == 5 ? "VILLAGE" : "TOWNSHIP", c.regionCode(), name, c.kind(), label,
                    c.clues(), c.villages().size(), n, share,
                    explain(name, c.level(), params.days(), c.clues(), c.villages().size(), label, share),
                    Arrays.stream(c.trend()).boxed().toList(),
                    listed.getOrDefault(key(c.regionCode(), c.kind()), List.of())));
        }
        return new Report(scope.region().value(), from, today, params, out);
    }

    /** The newest clues of each cluster with their households, as many as are shown. */
    private Map<String, List<Household>> listed(ReportScope scope, List<RiskClusterRules.Candidate> found,
            LocalDate from, LocalDate today) {
        Set<String> kinds = new HashSet<>();
        found.forEach(c -> kinds.add(c.kind()));
        Set<String> wanted = new HashSet<>();
        found.forEach(c -> wanted.add(key(c.regionCode(), c.kind())));
        Map<String, List<Household>> out = new HashMap<>();
        // newest first: each clue goes to its village's cluster and its township's, until each has enough
        for (var r : queries.inWindow(scope.low(), scope.high(), kinds, from, today)) {
            String township = r.regionCode().substring(0, 9) + "000";
            for (String k : List.of(key(r.regionCode(), r.kind()), key(township, r.kind()))) {
                if (!wanted.contains(k)) {
                    continue;
                }
                List<Household> list = out.computeIfAbsent(k, x -> new ArrayList<>());
                if (list.size() < HOUSEHOLDS_SHOWN) {
                    list.add(new Household(r.clueId(), r.householdId(), r.householdNo(), r.headName(),
                            r.regionCode(), r.villageName() == null ? r.regionCode() : r.villageName()));
                }
            }
        }
        return out;
    }

    private static String key(String region, String kind) {
        return region + "|" + kind;
    }

    /** "南村 14 天内 7 条因灾线索，占该村农户 3.2%". */
    static String explain(String name, int level, int days, int clues, int villages, String kind, BigDecimal share) {
        StringBuilder s = new StringBuilder(name).append(' ').append(days).append(" 天内 ").append(clues).append(" 条")
                .append(kind).append("线索");
        if (level == 4) {
            s.append("（分布在 ").append(villages).append(" 个村）");
        }
        if (share != null) {
            s.append("，占该").append(level == 5 ? "村" : "乡镇").append("农户 ")
                    .append(share.movePointRight(2).stripTrailingZeros().toPlainString()).append('%');
        }
        return s.toString();
    }

    Params params(String region, LocalDate today, String days, String min) {
        Map<String, BigDecimal> p = profiles.inForce(region, today).parameters().params();
        Map<String, BigDecimal> given = p == null ? Map.of() : p;
        int d = parse(days, "统计天数", "BAD_DAYS", 1, MAX_DAYS, number(given.get("clusterDays"), DEFAULT_DAYS));
        int m = parse(min, "线索条数", "BAD_MIN", 2, MAX_MIN, number(given.get("clusterMinClues"), DEFAULT_MIN));
        BigDecimal share = given.getOrDefault("clusterMinShare", DEFAULT_SHARE);
        return new Params(d, m, share.signum() > 0 ? share : null);
    }

    private static int number(BigDecimal value, int fallback) {
        return value == null ? fallback : value.intValue();
    }

    private static int parse(String text, String name, String code, int low, int high, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip();
        if (t.length() > 4 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, code, name + "须为 " + low + " 至 " + high + " 之间的整数");
        }
        int v = Integer.parseInt(t);
        if (v < low || v > high) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, code, name + "须为 " + low + " 至 " + high + " 之间的整数");
        }
        return v;
    }
}
