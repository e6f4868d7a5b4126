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
 * of that kind.
 */
@Repository
public class RiskClusterQueries {

    /** A clue of one kind in one village, first seen on {@code raisedOn}. */
    public record Hit(String village, String kind, long clueId, Long householdId, LocalDate raisedOn) {
    }

    public record ClueHousehold(long householdId, String householdNo, String headName) {
    }

    private final JdbcClient jdbc;

    RiskClusterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clues of each kind (from {@link DashboardTally}'s signal kinds) with a signal raised in the period. */
    public List<Hit> hits(String low, String high, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select k.region_code, d.kind, k.id, k.household_id, min(d.raised_on)
                from dashboard_signal_kind d
                join risk_clue k on k.id = d.clue_id
                where d.raised_on between :from and :to and k.region_code between :low and :high
                group by 1, 2, 3, 4""")
                .param("from", from).param("to", to).param("low", low).param("high", high)
                .query((rs, i) -> new Hit(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getDate(5).toLocalDate()))
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

    public Map<Long, ClueHousehold> households(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, household_no, head_name from household where id in (:ids)").param("ids", ids)
                .query((rs, i) -> new ClueHousehold(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .collect(Collectors.toMap(ClueHousehold::householdId, h -> h));
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
