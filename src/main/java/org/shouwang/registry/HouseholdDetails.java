package org.shouwang.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one household with members, statements and history, refusing households outside the user's scope. */
@Component
public class HouseholdDetails {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Clock clock;

    HouseholdDetails(JdbcClient jdbc, Regions regions, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    /** The region of a household if the user may see it; otherwise "not found", so ids outside scope reveal nothing. */
    public String regionInScope(long householdId, CurrentUser user) {
        return jdbc.sql("select region_code from household where id = ?").param(householdId).query(String.class).optional()
                .filter(user::covers).orElseThrow(() -> ProblemException.notFound("该户"));
    }

    public HouseholdView view(long id, CurrentUser user) {
        String region = regionInScope(id, user);
        LocalDate today = LocalDate.now(clock);
        List<HouseholdView.Member> members = jdbc.sql("select * from member where household_id = ? and removed_at is null "
                + "order by case relation when 'HEAD' then 0 when 'SPOUSE' then 1 else 2 end, birth_date, id")
                .param(id).query((rs, n) -> member(rs, today)).list();
        List<HouseholdView.Income> incomes = jdbc.sql("select * from income_statement where household_id = ? order by period_end desc, id desc")
                .param(id).query((rs, n) -> new HouseholdView.Income(rs.getLong("id"), rs.getDate("period_start").toLocalDate(),
                        rs.getDate("period_end").toLocalDate(), rs.getBigDecimal("wage_income"), rs.getBigDecimal("business_income"),
                        rs.getBigDecimal("property_income"), rs.getBigDecimal("transfer_income"),
                        rs.getBigDecimal("production_expense"), rs.getBigDecimal("compliant_self_paid"),
                        rs.getBigDecimal("net_income"), rs.getBigDecimal("per_capita_income"), rs.getInt("member_count_used"),
                        rs.getInt("version"))).list();
        return jdbc.sql("""
                select h.*, g.name as group_name, d.name as grid_name from household h
                left join village_group g on g.id = h.group_id left join grid d on d.id = h.grid_id where h.id = ?""")
                .param(id).query((rs, n) -> {
                    HouseholdType type = HouseholdType.valueOf(rs.getString("household_type"));
                    MonitoringCategory cat = parse(MonitoringCategory.class, rs.getString("monitoring_category"));
                    MonitoringStatus status = MonitoringStatus.valueOf(rs.getString("monitoring_status"));
                    return new HouseholdView(id, rs.getString("household_no"), region, regions.path(region),
                            (Long) rs.getObject("group_id"), rs.getString("group_name"), (Long) rs.getObject("grid_id"),
                            rs.getString("grid_name"), rs.getString("address"), IdNumber.maskPhone(rs.getString("phone")), type,
                            type.label(), rs.getObject("poverty_exit_year", Integer.class), cat, label(cat), status, status.label(), rs.getBoolean("relocated"),
                            rs.getString("relocation_site"), rs.getInt("version"), members, incomes);
                }).single();
    }

    public List<HouseholdView.Change> history(long id, CurrentUser user) {
        regionInScope(id, user);
        Map<String, String> labels = FieldLabels.ALL;
        return jdbc.sql("select * from change_log where household_id = ? order by at desc, id desc limit 500").param(id)
                .query((rs, n) -> {
                    String field = rs.getString("field");
                    boolean sensitive = "idNumber".equals(field) || "phone".equals(field);
                    return new HouseholdView.Change(rs.getObject("at", java.time.OffsetDateTime.class), rs.getString("actor"),
                            rs.getString("entity"), rs.getString("entity_label"), field,
                            "*".equals(field) ? "" : labels.getOrDefault(field, field),
                            display(field, rs.getString("before_value"), sensitive),
                            display(field, rs.getString("after_value"), sensitive), rs.getString("source"));
                }).list();
    }

    private static String display(String field, String value, boolean sensitive) {
        if (value == null) {
            return null;
        }
        if (sensitive) {
            return "phone".equals(field) ? IdNumber.maskPhone(value) : IdNumber.mask(value);
        }
        return FieldLabels.valueLabel(field, value);
    }

    private static HouseholdView.Member member(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getDate("birth_date").toLocalDate();
        Sex sex = Sex.valueOf(rs.getString("sex"));
        Relation relation = Relation.valueOf(rs.getString("relation"));
        Education education = parse(Education.class, rs.getString("education"));
        SchoolStage stage = parse(SchoolStage.class, rs.getString("school_stage"));
        List<Health> health = Arrays.stream(rs.getString("health").split(",")).filter(s -> !s.isBlank()).map(Health::valueOf).toList();
        DisabilityCategory dc = parse(DisabilityCategory.class, rs.getString("disability_category"));
        LabourCapacity lc = parse(LabourCapacity.class, rs.getString("labour_capacity"));
        MedicalInsurance mi = parse(MedicalInsurance.class, rs.getString("medical_insurance"));
        PensionInsurance pi = parse(PensionInsurance.class, rs.getString("pension_insurance"));
        return new HouseholdView.Member(rs.getLong("id"), rs.getString("name"), IdNumber.mask(rs.getString("id_number")),
                sex.name(), sex.label(), birth, Period.between(birth, today).getYears(), rs.getString("ethnicity"), relation,
                relation.label(), education, label(education), stage, label(stage), health,
                health.stream().map(Health::label).toList(), dc, label(dc), (Integer) rs.getObject("disability_grade", Integer.class),
                lc, label(lc), rs.getString("work_place"), rs.getObject("work_months", Integer.class), mi, label(mi), pi, label(pi),
                rs.getBoolean("dibao"), rs.getBoolean("tekun"), rs.getBoolean("relocated"), IdNumber.maskPhone(rs.getString("phone")),
                rs.getInt("version"));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }

    static String label(Labelled l) {
        return l == null ? null : l.label();
    }
}
