package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.reporting.internal.RiskClusterQueries.VillageCount;

class RiskClusterRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final String V1 = "349994001001";
    static final String V2 = "349994001002";
    static final String TOWN = "349994001000";

    /** One clue per day given, counted per trend window as the database does. */
    static List<VillageCount> hits(String village, String kind, long firstId, int... daysAgo) {
        int[] perWindow = new int[RiskClusterRules.TREND_WINDOWS];
        for (int d : daysAgo) {
            int w = RiskClusterRules.window(TODAY.minusDays(d), TODAY, 14);
            if (w >= 0) {
                perWindow[w]++;
            }
        }
        List<VillageCount> out = new ArrayList<>();
        for (int w = 0; w < perWindow.length; w++) {
            if (perWindow[w] > 0) {
                out.add(new VillageCount(village, kind, w, perWindow[w]));
            }
        }
        return out;
    }

    @Test
    void countsTheWindowEndingTodayAndTheTrendBeforeIt() {
        var c = RiskClusterRules.candidates(hits(V1, "RISK:因灾", 1, 0, 13, 14, 27, 28, 83, 84));
        var village = c.stream().filter(x -> x.level() == 5).findFirst().orElseThrow();
        assertThat(village.clues()).isEqualTo(2);
        // 84 days back is outside the six windows of 14 days; 83 is in the oldest
        assertThat(village.trend()).containsExactly(1, 0, 0, 1, 2, 2);
        assertThat(c).extracting(RiskClusterRules.Candidate::level).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void aVillageNeedsTheNumberOrTheShareOfAtLeastTwoClues() {
        var five = RiskClusterRules.candidates(hits(V1, "RISK:因灾", 1, 0, 1, 2, 3, 4));
        var four = RiskClusterRules.candidates(hits(V1, "RISK:因灾", 1, 0, 1, 2, 3));
        var one = RiskClusterRules.candidates(hits(V2, "RISK:因灾", 9, 0));
        Map<String, Integer> households = Map.of(V1, 200, V2, 10, TOWN, 210);
        BigDecimal share = new BigDecimal("0.03");
        assertThat(RiskClusterRules.clusters(five, households, 5, share)).extracting(RiskClusterRules.Candidate::level)
                .containsExactly(5);
        assertThat(RiskClusterRules.clusters(four, households, 5, share)).isEmpty();
        // one clue is 10 % of a 10-household village, but one clue is never a cluster
        assertThat(RiskClusterRules.clusters(one, households, 5, share)).isEmpty();
        assertThat(RiskClusterRules.clusters(four, Map.of(V1, 100), 5, share)).hasSize(1);
        assertThat(RiskClusterRules.clusters(four, Map.of(V1, 100), 5, null)).isEmpty();
    }

    @Test
    void aTownshipNeedsTheNumberFromTwoVillages() {
        List<VillageCount> spread = new ArrayList<>(hits(V1, "RISK:因病", 1, 0, 1, 2));
        spread.addAll(hits(V2, "RISK:因病", 10, 3, 4));
        var found = RiskClusterRules.clusters(RiskClusterRules.candidates(spread),
                Map.of(V1, 1000, V2, 1000, TOWN, 2000), 5, new BigDecimal("0.03"));
        assertThat(found).extracting(RiskClusterRules.Candidate::regionCode).containsExactly(TOWN);
        var oneVillage = RiskClusterRules.clusters(RiskClusterRules.candidates(hits(V1, "RISK:因病", 1, 0, 1, 2, 3, 4)),
                Map.of(V1, 1000, TOWN, 2000), 5, null);
        assertThat(oneVillage).extracting(RiskClusterRules.Candidate::level).containsExactly(5);
    }

    @Test
    void explainsInChinese() {
        assertThat(RiskClusters.explain("南村", 5, 14, 7, 1, "因灾", new BigDecimal("0.0320")))
                .isEqualTo("南村 14 天内 7 条因灾线索，占该村农户 3.2%");
        assertThat(RiskClusters.explain("一号镇", 4, 10, 6, 3, "“价格下跌”", null))
                .isEqualTo("一号镇 10 天内 6 条“价格下跌”线索（分布在 3 个村）");
    }
}
