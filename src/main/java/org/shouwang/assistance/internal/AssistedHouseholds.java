package org.shouwang.assistance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shouwang.registry.LabourCapacity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What assistance reads of other modules' tables, as a read model by SQL: the household's type, relocation and
 * status, its members with labour, and the risk types of its identification case. Nothing here writes to them.
 */
@Component
public class AssistedHouseholds {

    public record Household(long id, String regionCode, boolean povertyAlleviated, boolean relocated, String status) {

        /** Monitored now, or being identified (a 绿色通道 household is helped before approval). */
        public boolean assistable() {
            return "RISK_ACTIVE".equals(status) || "IDENTIFYING".equals(status);
        }
    }

    /** The identification case whose decision the plan answers. */
    public record CaseRisks(long caseId, List<String> riskTypes) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AssistedHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Household> find(long id) {
        return jdbc.sql("select id, region_code, household_type, relocated, monitoring_status from household where id = ?")
                .param(id).query((rs, n) -> new Household(rs.getLong(1), rs.getString(2),
                        "POVERTY_ALLEVIATED".equals(rs.getString(3)), rs.getBoolean(4), rs.getString(5)))
                .optional();
    }

    /** Members with labour for the assistance rules: 普通劳动力 and 技能劳动力 (DOMAIN.md 3.5, "有劳动力"). */
    public List<PlanRules.Worker> workers(long householdId) {
        return jdbc.sql("""
                select name, labour_capacity from member where household_id = ? and removed_at is null
                   and labour_capacity in ('SKILLED', 'ORDINARY') order by id""").param(householdId)
                .query((rs, n) -> new PlanRules.Worker(rs.getString(1), LabourCapacity.valueOf(rs.getString(2)).label()))
                .list();
    }

    /** Current members by id, for 一人一措施. */
    public Map<Long, String> members(long householdId) {
        return jdbc.sql("select id, name from member where household_id = ? and removed_at is null").param(householdId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The latest announced or 绿色通道 case, whose risk types the measures must answer. */
    public Optional<CaseRisks> caseRisks(long householdId) {
        return jdbc.sql("""
                select id, risk_types::text from identification_case
                 where household_id = ? and (state = 'ANNOUNCED' or green_channel) order by id desc limit 1""")
                .param(householdId)
                .query((rs, n) -> new CaseRisks(rs.getLong(1),
                        json.readValue(rs.getString(2), new TypeReference<List<String>>() { })))
                .optional();
    }

    static List<String> split(String codes) {
        return codes == null ? List.of() : Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
