package org.shouwang.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for one household's follow-up schedules (table follow_schedule, V19). The household, its members, visits and
 * registrations are read from their tables as a read model; only follow_schedule is written here.
 */
@Component
class ScheduleStore {

    /** What the rules need to know about a household, with the name of its county (for 长期外出). */
    record Facts(long id, String regionCode, MonitoringStatus status, HouseholdType type, String countyName) {
    }

    record Row(long id, FollowKind kind, int everyMonths, VisitMode mode, LocalDate lastDone, LocalDate nextDue,
            boolean active) {
    }

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Facts> facts(long householdId) {
        return jdbc.sql("""
                select h.id, h.region_code, h.monitoring_status, h.household_type,
                       (select r.name from region r where r.code = substr(h.region_code, 1, 6) || '000000') as county_name
                  from household h where h.id = ?""").param(householdId)
                .query((rs, n) -> new Facts(rs.getLong(1), rs.getString(2), MonitoringStatus.valueOf(rs.getString(3)),
                        HouseholdType.valueOf(rs.getString(4)), rs.getString(5)))
                .optional();
    }

    List<FollowRules.Presence> presence(long householdId) {
        return jdbc.sql("select work_place, work_months from member where household_id = ? and removed_at is null")
                .param(householdId)
                .query((rs, n) -> new FollowRules.Presence(rs.getString(1), rs.getObject(2, Integer.class))).list();
    }

    /** The last visit that reached the household: a visit where nobody was met does not count as one. */
    LocalDate lastVisit(long householdId) {
        return jdbc.sql("select max(visit_date) from visit where household_id = ? and household_reached")
                .param(householdId).query(LocalDate.class).optional().orElse(null);
    }

    /** The end of the latest registered income period. */
    LocalDate lastIncomeEnd(long householdId) {
        return jdbc.sql("select max(period_end) from income_registration where household_id = ?")
                .param(householdId).query(LocalDate.class).optional().orElse(null);
    }

    List<Row> rows(long householdId) {
        return jdbc.sql("""
                select id, kind, every_months, mode, last_done, next_due, active
                  from follow_schedule where household_id = ? order by kind for update""").param(householdId)
                .query((rs, n) -> new Row(rs.getLong(1), FollowKind.valueOf(rs.getString(2)), rs.getInt(3),
                        VisitMode.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getBoolean(7)))
                .list();
    }

    void upsert(long householdId, String regionCode, FollowRules.Plan plan, LocalDate lastDone, LocalDate nextDue,
            DueState state, LocalDate today) {
        jdbc.sql("""
                insert into follow_schedule (household_id, region_code, kind, every_months, mode, last_done, next_due,
                                             due_state, swept_on, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                on conflict (household_id, kind) do update set region_code = excluded.region_code,
                    every_months = excluded.every_months, mode = excluded.mode, last_done = excluded.last_done,
                    next_due = excluded.next_due, due_state = excluded.due_state, swept_on = excluded.swept_on,
                    active = true""")
                .params(householdId, regionCode, plan.kind().name(), plan.everyMonths(), plan.mode().name(), lastDone,
                        nextDue, state.name(), today)
                .update();
    }

    /** Schedules of kinds the household no longer needs stop (kept, inactive, so their history stays readable). */
    void deactivateExcept(long householdId, List<FollowKind> keep) {
        String[] kinds = keep.stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("update follow_schedule set active = false where household_id = ? and active and kind <> all (?)")
                .params(householdId, kinds).update();
    }

    void done(long id, LocalDate lastDone, LocalDate nextDue, DueState state, LocalDate today) {
        jdbc.sql("update follow_schedule set last_done = ?, next_due = ?, due_state = ?, swept_on = ? where id = ?")
                .params(lastDone, nextDue, state.name(), today, id).update();
    }
}
