package org.shouwang.assistance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.RiskType;
import org.shouwang.shared.Labelled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** assistance_plan and assistance_measure in plain SQL; writes succeed only on the version they were read at. */
@Component
public class PlanStore {

    public record PlanRow(long id, long householdId, Long caseId, LocalDate startedOn, LocalDate contactDue,
            LocalDate measuresDue, int version, List<String> riskTypes) {
    }

    /** A measure as validated, ready to store. */
    public record MeasureEntry(MeasureCategory category, String item, Long memberId, LocalDate startOn, LocalDate endOn,
            BigDecimal amount, MeasureStatus status, LocalDate deliveredOn, String responsibleUnit, Set<String> riskTypes,
            String note) {
    }

    public record MeasureRow(long id, long planId, long householdId, Long memberId, String memberName, MeasureEntry entry,
            int version, String createdBy, OffsetDateTime createdAt) {
    }

    private static final String MEASURES = """
            select a.*, m.name as member_name from assistance_measure a left join member m on m.id = a.member_id""";

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanRow> ofHousehold(long householdId) {
        return jdbc.sql("select * from assistance_plan where household_id = ?").param(householdId)
                .query(PlanStore::plan).optional();
    }

    /** How many of the household's measures are 已落实 (DELIVERED), whatever plan they belong to. */
    public int deliveredMeasures(long householdId) {
        return jdbc.sql("select count(*) from assistance_measure where household_id = ? and status = 'DELIVERED'")
                .param(householdId).query(Integer.class).single();
    }

    /** Inserts the plan unless the household has one; answers whether it did (the unique household_id decides). */
    public boolean insert(long householdId, Long caseId, LocalDate startedOn, LocalDate contactDue, LocalDate measuresDue,
            List<String> riskTypes, String actor) {
        return jdbc.sql("""
                insert into assistance_plan (household_id, case_id, started_on, contact_due, measures_due, risk_types, created_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (household_id) do nothing""")
                .params(householdId, caseId, startedOn, contactDue, measuresDue, String.join(",", riskTypes), actor)
                .update() == 1;
    }

    /** 风险再标注: a new identification restarts the clocks of the same plan. */
    public void restart(long planId, Long caseId, LocalDate startedOn, LocalDate contactDue, LocalDate measuresDue,
            List<String> riskTypes) {
        jdbc.sql("""
                update assistance_plan set case_id = ?, started_on = ?, contact_due = ?, measures_due = ?, risk_types = ?,
                       version = version + 1 where id = ?""")
                .params(caseId, startedOn, contactDue, measuresDue, String.join(",", riskTypes), planId).update();
    }

    /** A plan started by hand or by the 绿色通道 learns the case that decided its risk types. */
    public void attachCase(long planId, long caseId, List<String> riskTypes) {
        jdbc.sql("update assistance_plan set case_id = ?, risk_types = ?, version = version + 1 where id = ? and case_id is null")
                .params(caseId, String.join(",", riskTypes), planId).update();
    }

    /** Takes the plan's next version; false when someone changed it since {@code version} was read. */
    public boolean bump(long planId, int version) {
        return jdbc.sql("update assistance_plan set version = version + 1 where id = ? and version = ?")
                .params(planId, version).update() == 1;
    }

    public List<MeasureRow> measures(long planId) {
        return jdbc.sql(MEASURES + " where a.plan_id = ? order by a.start_on, a.id").param(planId)
                .query(PlanStore::measure).list();
    }

    public Optional<MeasureRow> measure(long id) {
        return jdbc.sql(MEASURES + " where a.id = ?").param(id).query(PlanStore::measure).optional();
    }

    /** {@code at} is the application clock's time: the measures clock compares the day a measure was entered. */
    public long insertMeasure(PlanRow plan, MeasureEntry e, String actor, OffsetDateTime at) {
        return jdbc.sql("""
                insert into assistance_measure (plan_id, household_id, member_id, category, item, start_on, end_on, amount,
                    status, delivered_on, responsible_unit, risk_types, note, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plan.id(), plan.householdId(), e.memberId(), e.category().name(), e.item(), e.startOn(), e.endOn(),
                        e.amount(), e.status().name(), e.deliveredOn(), e.responsibleUnit(), String.join(",", e.riskTypes()),
                        e.note(), actor, at)
                .query(Long.class).single();
    }

    /** False when someone changed the measure since {@code version} was read. */
    public boolean updateMeasure(long id, int version, MeasureEntry e) {
        return jdbc.sql("""
                update assistance_measure set member_id = ?, category = ?, item = ?, start_on = ?, end_on = ?, amount = ?,
                    status = ?, delivered_on = ?, responsible_unit = ?, risk_types = ?, note = ?, version = version + 1
                where id = ? and version = ?""")
                .params(e.memberId(), e.category().name(), e.item(), e.startOn(), e.endOn(), e.amount(), e.status().name(),
                        e.deliveredOn(), e.responsibleUnit(), String.join(",", e.riskTypes()), e.note(), id, version)
                .update() == 1;
    }

    private static PlanRow plan(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("household_id"), rs.getObject("case_id", Long.class),
                rs.getObject("started_on", LocalDate.class), rs.getObject("contact_due", LocalDate.class),
                rs.getObject("measures_due", LocalDate.class), rs.getInt("version"),
                AssistedHouseholds.split(rs.getString("risk_types")));
    }

    private static MeasureRow measure(ResultSet rs, int n) throws SQLException {
        MeasureEntry e = new MeasureEntry(MeasureCategory.valueOf(rs.getString("category")), rs.getString("item"),
                rs.getObject("member_id", Long.class), rs.getObject("start_on", LocalDate.class),
                rs.getObject("end_on", LocalDate.class), rs.getBigDecimal("amount"), MeasureStatus.valueOf(rs.getString("status")),
                rs.getObject("delivered_on", LocalDate.class), rs.getString("responsible_unit"),
                new java.util.LinkedHashSet<>(AssistedHouseholds.split(rs.getString("risk_types"))), rs.getString("note"));
        return new MeasureRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("household_id"),
                rs.getObject("member_id", Long.class), rs.getString("member_name"), e, rs.getInt("version"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    static String riskLabel(String code) {
        return Labelled.fromLabel(RiskType.class, code).map(RiskType::label).orElse(code);
    }
}
