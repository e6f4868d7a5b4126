package org.shouwang.reporting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clue signals behind 规模性返贫风险, each reduced to its kinds by {@link DashboardTally}: the policy rule that fired
 * ({@code RULE:code}), or the risk types a household declared ({@code 困难类型}) or a visitor recorded ({@code 风险类型})
 * as {@code RISK:因灾}. A signal may carry several kinds; a clue counts once per kind, on the day of its first signal
 * of that kind (kept by the job in dashboard_clue_kind), so a clue signalled again weeks later is not a new risk.
 */
@Repository
public class RiskClusterQueries {

    /**
     * The clues of one kind in one village whose first signal of the kind fell in trend window {@code window} (0 the
     * oldest, the last ending today).
     */
    public record VillageCount(String village, String kind, int window, int clues) {
    }

    /** A clue of a kind in a village ({@code regionCode}), with its household when it has one. */
    public record Listed(String regionCode, String kind, long clueId, Long householdId, String householdNo,
            String headName, String villageName) {
    }

    private final JdbcClient jdbc;

    RiskClusterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clues of each kind per village and trend window of {@code days} days ({@code windows} of them, the last ending
     * {@code to}), each counted on the day of its first signal of the kind as the dashboard job keeps it.
     */
    public List<VillageCount> counts(String low, String high, LocalDate from, LocalDate to, int days, int windows) {
        return jdbc.sql("""
                select region_code, kind, :last - (cast(:to as date) - first_on) / :days, count(*)
                from dashboard_clue_kind
                where first_on between :from and :to and region_code between :low and :high
                group by 1, 2, 3""")
                .param("last", windows - 1).param("days", days).param("from", from).param("to", to)
                .param("low", low).param("high", high)
                .query((rs, i) -> new VillageCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /**
     * The clues of the range first signalled with one of {@code kinds} between {@code from} and {@code to}: what the
     * clusters of the window are made of, newest first, with their households and villages. A county's window holds a
     * few thousand; the caller picks each cluster's newest.
     */
    public List<Listed> inWindow(String low, String high, Collection<String> kinds, LocalDate from, LocalDate to) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.region_code, c.kind, c.clue_id, k.household_id, h.household_no, h.head_name, v.name
                from dashboard_clue_kind c
                join risk_clue k on k.id = c.clue_id
                left join household h on h.id = k.household_id
                left join region v on v.code = c.region_code
                where c.first_on between :from and :to and c.region_code between :low and :high
                  and c.kind in (:kinds)
                order by c.clue_id desc""")
                .param("low", low).param("high", high).param("kinds", kinds).param("from", from).param("to", to)
                .query((rs, i) -> new Listed(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /**
     * Households per village ({@code prefix} 12) or township (9) of the range, from 统计看板's tally ({@link
     * DashboardTally}), keyed by the padded region code.
     */
    public Map<String, Integer> householdsUnder(String low, String high, int prefix) {
        return jdbc.sql("""
                select substr(region_code, 1, :n), sum(households) from dashboard_household_tally
                where region_code between :low and :high group by 1""")
                .param("n", prefix).param("low", low).param("high", high)
                .query((rs, i) -> Map.entry(rs.getString(1) + "0".repeat(12 - prefix), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The names of the rules, by code (the latest version's name). */
    public Map<String, String> ruleNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select distinct on (code) code, name from policy_rule where code in (:codes)
                order by code, id desc""")
                .param("codes", codes).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Map<String, String> regionNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select code, name from region where code in (:codes)").param("codes", codes)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
