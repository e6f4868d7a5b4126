package org.shouwang.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows straight into the tables reporting reads (other sessions' modules fill them in production), so each
 * test states exactly the cases, contact persons, plans, schedules, clues and visits it counts.
 */
public final class ReportRows {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcTemplate jdbc;

    public ReportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long household(String village, String head, String status) {
        return jdbc.queryForObject("""
                insert into household (household_no, region_code, household_type, monitoring_status, head_name)
                values (?, ?, 'ORDINARY', ?, ?) returning id""", Long.class,
                "RPT" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet(), village, status, head);
    }

    /** An identification case; {@code closed} null for an open one. */
    public long caseOf(long household, String village, String state, LocalDateTime opened, LocalDateTime closed,
            String dueState, LocalDate nextDue, String nextDueStep, LocalDate overallDue, Long clueId, boolean green) {
        return jdbc.queryForObject("""
                insert into identification_case (household_id, region_code, clue_id, state, status_before, opened_at,
                    closed_at, due_state, next_due, next_due_step, overall_due, green_channel)
                values (?, ?, ?, ?, 'NOT_MONITORED', ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                household, village, clueId, state, ts(opened), ts(closed), dueState, nextDue, nextDueStep, overallDue, green);
    }

    /** The opening and the application of a case, so its page can show the timeline (the aggregate needs them). */
    public void openedAndApplied(long caseId, LocalDateTime opened, LocalDateTime applied) {
        jdbc.update("""
                insert into identification_step (case_id, seq, step, actor, actor_role, at, state_before, state_after)
                values (?, 0, 'OPEN', 'test', 'VILLAGE_CLERK', ?, 'OPENED', 'OPENED'),
                       (?, 1, 'APPLICATION', 'test', 'VILLAGE_CLERK', ?, 'OPENED', 'APPLIED')""",
                caseId, ts(opened), caseId, ts(applied));
    }

    public void contact(long household, String username, String kind, LocalDate start, LocalDate ended) {
        jdbc.update("""
                insert into contact_person (household_id, name, username, unit, kind, start_on, ended_on, assigned_by)
                values (?, '联系人', ?, '镇政府', ?, ?, ?, 'test')""", household, username, kind, start, ended);
    }

    public long plan(long household, LocalDate started, LocalDate measuresDue) {
        return jdbc.queryForObject("""
                insert into assistance_plan (household_id, started_on, measures_due, created_by)
                values (?, ?, ?, 'test') returning id""", Long.class, household, started, measuresDue);
    }

    public void measure(long plan, long household, LocalDate start) {
        jdbc.update("""
                insert into assistance_measure (plan_id, household_id, category, item, start_on, status, responsible_unit,
                    created_by) values (?, ?, 'EMPLOYMENT', '公益岗位', ?, 'IN_PROGRESS', '人社局', 'test')""",
                plan, household, start);
    }

    public void follow(long household, String village, String kind, int everyMonths, LocalDate nextDue, String dueState,
            boolean active) {
        jdbc.update("""
                insert into follow_schedule (household_id, region_code, kind, every_months, next_due, due_state, active)
                values (?, ?, ?, ?, ?, ?, ?)""", household, village, kind, everyMonths, nextDue, dueState, active);
    }

    /** A clue; {@code household} null for one about someone not in the ledger. */
    public long clue(String village, Long household, LocalDate opened, LocalDate due, String status, String outcome,
            LocalDateTime decided) {
        return jdbc.queryForObject("""
                insert into risk_clue (region_code, household_id, subject_name, status, opened_on, due_on, outcome,
                    decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                village, household, household == null ? "未建档人员" : null, status, opened, due, outcome,
                decided == null ? null : "test", ts(decided));
    }

    public long visit(long household, String village, LocalDate day, Long corrects) {
        return jdbc.queryForObject("""
                insert into visit (household_id, region_code, visitor_username, visitor_name, visitor_role, mode,
                    visit_date, household_reached, findings, corrects_visit_id)
                values (?, ?, 'r-grid', '网格员', 'GRID_WORKER', 'IN_PERSON', ?, true, '家中情况稳定', ?) returning id""",
                Long.class, household, village, day, corrects);
    }

    /** A Beijing wall-clock time as the instant the timestamptz columns keep. */
    private static Timestamp ts(LocalDateTime beijing) {
        return beijing == null ? null
                : Timestamp.from(beijing.atZone(org.shouwang.identification.MovableClock.SHANGHAI).toInstant());
    }
}
