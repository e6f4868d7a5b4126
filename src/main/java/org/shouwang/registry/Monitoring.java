package org.shouwang.registry;

import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's monitoring status and category, which the registry shows but does not decide: the identification
 * (and later elimination) procedures set them here, and each change goes to the household's history.
 */
@Component
public class Monitoring {

    /**
     * What a procedure needs to know about a household before it acts on it; {@code perCapitaIncome} is the latest
     * statement's 人均纯收入 (null when none is registered).
     */
    public record Household(long id, String householdNo, String regionCode, HouseholdType type, MonitoringStatus status,
            MonitoringCategory category, String headName, java.math.BigDecimal perCapitaIncome) {
    }

    private final JdbcClient jdbc;

    Monitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Household> find(long householdId) {
        return jdbc.sql("""
                select id, household_no, region_code, household_type, monitoring_status, monitoring_category, head_name,
                       per_capita_income
                from household where id = ?""").param(householdId)
                .query((rs, n) -> new Household(rs.getLong(1), rs.getString(2), rs.getString(3),
                        HouseholdType.valueOf(rs.getString(4)), MonitoringStatus.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : MonitoringCategory.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getBigDecimal(8)))
                .optional();
    }

    /**
     * Sets status and category (null clears the category) and logs what changed, with {@code source} naming the
     * procedure (e.g. "identification:12"). The household's edit version is left alone: a status set by a procedure
     * must not make an officer's open edit of the address fail.
     */
    @Transactional
    public void mark(long householdId, MonitoringStatus status, MonitoringCategory category, String actor, String source) {
        Household before = find(householdId).orElseThrow(() -> new IllegalArgumentException("no household " + householdId));
        jdbc.sql("update household set monitoring_status = ?, monitoring_category = ?, updated_at = now() where id = ?")
                .params(status.name(), category == null ? null : category.name(), householdId).update();
        log(before, "monitoringStatus", before.status().name(), status.name(), actor, source);
        log(before, "monitoringCategory", before.category() == null ? null : before.category().name(),
                category == null ? null : category.name(), actor, source);
    }

    private void log(Household h, String field, String from, String to, String actor, String source) {
        if (Objects.equals(from, to)) {
            return;
        }
        jdbc.sql("""
                insert into change_log (household_id, entity, entity_id, entity_label, field, before_value, after_value, actor, source)
                values (?, 'HOUSEHOLD', ?, ?, ?, ?, ?, ?, ?)""")
                .params(h.id(), h.id(), "户 " + h.householdNo(), field, from, to, actor, source).update();
    }
}
