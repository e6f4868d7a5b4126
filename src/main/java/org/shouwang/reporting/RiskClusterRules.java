package org.shouwang.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shouwang.reporting.internal.RiskClusterQueries.VillageCount;

/**
 * When clues of one kind make a 规模性返贫风险 (issue 5, point 8): in a village, at least {@code minClues} clues of the
 * kind within the last {@code days} days, or — for small villages — at least two that make {@code minShare} of its
 * households (one clue is never a cluster). In a township, at least {@code minClues} of the kind from two villages or
 * more, which catches a risk spread thinly over many villages; one village's cluster is reported for the village.
 */
final class RiskClusterRules {

    /** How many windows of {@code days} the trend shows, the last ending today. */
    static final int TREND_WINDOWS = 6;

    record Candidate(int level, String regionCode, String kind, int[] trend, Set<String> villages) {

        /** Clues in the window ending today. */
        int clues() {
            return trend[TREND_WINDOWS - 1];
        }
    }

    private RiskClusterRules() {
    }

    static LocalDate trendStart(LocalDate to, int days) {
        return to.minusDays((long) days * TREND_WINDOWS - 1);
    }

    /** The trend window (0 the oldest, {@value #TREND_WINDOWS} - 1 ending {@code to}) of a day, or -1 before them. */
    static int window(LocalDate day, LocalDate to, int days) {
        long age = day.until(to, java.time.temporal.ChronoUnit.DAYS);
        int window = TREND_WINDOWS - 1 - (int) (age / days);
        return age < 0 || window < 0 ? -1 : window;
    }

    /** Clues of each kind per village (level 5) and per township (level 4), from the villages' counts per window. */
    static List<Candidate> candidates(List<VillageCount> counts) {
        Map<String, Candidate> byKey = new TreeMap<>();
        for (VillageCount v : counts) {
            if (v.window() < 0 || v.window() >= TREND_WINDOWS) {
                continue;
            }
            String township = v.village().substring(0, 9) + "000";
            for (var key : List.of(new String[] {"5", v.village()}, new String[] {"4", township})) {
                Candidate c = byKey.computeIfAbsent(key[0] + key[1] + "|" + v.kind(), k -> new Candidate(
                        Integer.parseInt(key[0]), key[1], v.kind(), new int[TREND_WINDOWS], new HashSet<>()));
                c.trend()[v.window()] += v.clues();
                if (v.window() == TREND_WINDOWS - 1 && v.clues() > 0) {
                    c.villages().add(v.village());
                }
            }
        }
        return byKey.values().stream().filter(c -> c.clues() > 0).toList();
    }

    /** The candidates that are clusters; {@code households} counts the households of each village and township. */
    static List<Candidate> clusters(List<Candidate> candidates, Map<String, Integer> households, int minClues,
            BigDecimal minShare) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            int n = c.clues();
            boolean cluster = c.level() == 5
                    ? n >= minClues || n >= 2 && minShare != null && share(n, households.get(c.regionCode())) != null
                            && share(n, households.get(c.regionCode())).compareTo(minShare) >= 0
                    : n >= minClues && c.villages().size() >= 2;
            if (cluster) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing((Candidate c) -> c.clues()).reversed().thenComparing(Candidate::level)
                .thenComparing(Candidate::regionCode).thenComparing(Candidate::kind));
        return out;
    }

    /** Clues per household of the region, or null when it has none on the ledger. */
    static BigDecimal share(int clues, Integer households) {
        if (households == null || households == 0) {
            return null;
        }
        return BigDecimal.valueOf(clues).divide(BigDecimal.valueOf(households), 4, RoundingMode.HALF_UP);
    }
}
