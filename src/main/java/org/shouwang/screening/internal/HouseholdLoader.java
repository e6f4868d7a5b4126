package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.screening.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads households for screening in batches: one query each for households, members, income statements, facts and
 * clue channels, keyed by household id, so a run costs five queries per thousand households rather than thousands.
 */
@Component
public class HouseholdLoader {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    HouseholdLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every household id of a region code range, in id order: read once (300,000 ids are 2.4 MB), because paging
     * with "id > last order by id limit n" lets the planner choose the region index and sort the whole range again
     * for every page, which made a county-wide run quadratic.
     */
    public long[] ids(String low, String high) {
        return jdbc.sql("select id from household where region_code between ? and ? order by id")
                .params(low, high).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** {lowest id, highest id, count} of the households of a region code range, from one index-only scan. */
    public long[] bounds(String low, String high) {
        return jdbc.sql("select coalesce(min(id), 0), coalesce(max(id), -1), count(*) from household where region_code between ? and ?")
                .params(low, high).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /**
     * One household in one round trip (the household page's explanation must answer within a few milliseconds under
     * load): the same data as {@link #load}, with members, statements, facts and channels as JSON arrays.
     */
    public java.util.Optional<HouseholdData> loadOne(long id) {
        return jdbc.sql("""
                select h.id, h.household_no, h.region_code, h.household_type, h.poverty_exit_year, h.monitoring_status,
                       h.monitoring_category, h.relocated,
                       (select coalesce(json_agg(json_build_array(m.birth_date, m.sex, m.relation, m.labour_capacity, m.health,
                                m.disability_category, m.disability_grade, m.school_stage, m.work_months, m.medical_insurance,
                                m.dibao, m.tekun) order by m.id), '[]')
                          from member m where m.household_id = h.id and m.removed_at is null)::text,
                       (select coalesce(json_agg(json_build_array(i.period_start, i.period_end, i.wage_income, i.business_income,
                                i.property_income, i.transfer_income, i.production_expense, i.compliant_self_paid,
                                i.member_count_used)), '[]')
                          from income_statement i where i.household_id = h.id)::text,
                       (select coalesce(json_agg(json_build_array(f.id, f.department, f.kind, f.fact_date, f.amount, f.fields,
                                f.source_ref, f.source) order by f.id), '[]')
                          from risk_fact f where f.household_id = h.id)::text,
                       (select coalesce(json_agg(distinct s.channel order by s.channel), '[]')
                          from clue_signal s join risk_clue c on c.id = s.clue_id where c.household_id = h.id)::text
                  from household h where h.id = ?""")
                .param(id).query((rs, n) -> {
                    List<HouseholdData.MemberData> members = new ArrayList<>();
                    for (var m : json.readTree(rs.getString(9))) {
                        members.add(new HouseholdData.MemberData(date(m.get(0)), text(m.get(1)), text(m.get(2)),
                                text(m.get(3)), text(m.get(4)), text(m.get(5)), integer(m.get(6)), text(m.get(7)),
                                integer(m.get(8)), text(m.get(9)), m.get(10).asBoolean(), m.get(11).asBoolean()));
                    }
                    List<HouseholdData.IncomeData> incomes = new ArrayList<>();
                    for (var i : json.readTree(rs.getString(10))) {
                        incomes.add(new HouseholdData.IncomeData(date(i.get(0)), date(i.get(1)), money(i.get(2)),
                                money(i.get(3)), money(i.get(4)), money(i.get(5)), money(i.get(6)), money(i.get(7)),
                                i.get(8).asInt()));
                    }
                    List<HouseholdData.FactData> facts = new ArrayList<>();
                    for (var f : json.readTree(rs.getString(11))) {
                        facts.add(new HouseholdData.FactData(f.get(0).asLong(), text(f.get(1)), text(f.get(2)),
                                date(f.get(3)), money(f.get(4)), json.convertValue(f.get(5), FIELDS), text(f.get(6)),
                                text(f.get(7))));
                    }
                    List<String> channels = new ArrayList<>();
                    for (var c : json.readTree(rs.getString(12))) {
                        channels.add(Channel.valueOf(c.asString()).label());
                    }
                    return new HouseholdData(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), members,
                            incomes, facts, channels);
                }).optional();
    }

    private static String text(tools.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static Integer integer(tools.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static java.math.BigDecimal money(tools.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private static LocalDate date(tools.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asString());
    }

    /**
     * The households of these ids with their members, statements, facts and channels. A run's batches are runs of
     * consecutive ids, so each table is read by one index range ("household_id between first and last") rather than
     * a thousand index probes; rows of households outside the batch are dropped. Scattered ids are looked up one by one.
     */
    public List<HouseholdData> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        Set<Long> wanted = new HashSet<>(ids);
        boolean range = last - first < 2L * ids.size();
        Object[] params = range ? new Object[] {first, last} : new Object[] {ids.toArray(Long[]::new)};
        String inBatch = range ? " between ? and ?" : " = any(?)";
        Map<Long, List<HouseholdData.MemberData>> members = new HashMap<>();
        jdbc.sql("""
                select household_id, birth_date, sex, relation, labour_capacity, health, disability_category,
                       disability_grade, school_stage, work_months, medical_insurance, dibao, tekun
                  from member where household_id""" + inBatch + " and removed_at is null order by household_id, id")
                .params(params).query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new HouseholdData.MemberData(
                            rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getString(9),
                            (Integer) rs.getObject(10), rs.getString(11), rs.getBoolean(12), rs.getBoolean(13)));
                });
        Map<Long, List<HouseholdData.IncomeData>> incomes = new HashMap<>();
        jdbc.sql("""
                select household_id, period_start, period_end, wage_income, business_income, property_income,
                       transfer_income, production_expense, compliant_self_paid, member_count_used
                  from income_statement where household_id""" + inBatch)
                .params(params).query(rs -> {
                    incomes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new HouseholdData.IncomeData(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), rs.getInt(10)));
                });
        Map<Long, List<HouseholdData.FactData>> facts = new HashMap<>();
        jdbc.sql("""
                select household_id, id, department, kind, fact_date, amount, fields::text, source_ref, source
                  from risk_fact where household_id""" + inBatch + " order by id")
                .params(params).query(rs -> {
                    facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new HouseholdData.FactData(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getBigDecimal(6), json.readValue(rs.getString(7), FIELDS), rs.getString(8),
                            rs.getString(9)));
                });
        Map<Long, List<String>> channels = new HashMap<>();
        jdbc.sql("""
                select distinct c.household_id, s.channel
                  from clue_signal s join risk_clue c on c.id = s.clue_id
                 where c.household_id""" + inBatch + " order by 1, 2")
                .params(params).query(rs -> {
                    channels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(Channel.valueOf(rs.getString(2)).label());
                });
        Map<Long, HouseholdData> households = new LinkedHashMap<>();
        jdbc.sql("""
                select id, household_no, region_code, household_type, poverty_exit_year, monitoring_status,
                       monitoring_category, relocated
                  from household where id""" + inBatch + " order by id")
                .params(params).query(rs -> {
                    long id = rs.getLong(1);
                    if (!wanted.contains(id)) {
                        return;
                    }
                    households.put(id, new HouseholdData(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                            members.getOrDefault(id, List.of()), incomes.getOrDefault(id, List.of()),
                            facts.getOrDefault(id, List.of()), channels.getOrDefault(id, List.of())));
                });
        return new ArrayList<>(households.values());
    }
}
