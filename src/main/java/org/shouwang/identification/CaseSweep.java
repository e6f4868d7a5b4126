package org.shouwang.identification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.shouwang.access.Role;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.policy.WorkingDays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each open case's due state in its columns (next_due, next_due_step, overall_due, due_state, swept_on), so the
 * inbox, the counts and the dashboards read columns instead of recomputing clocks (issue 4, points 2 and 14).
 * {@link #run()} streams every open case with its transitions in one query ordered by case, computes the clocks in
 * Java with {@link CaseDeadlines}, and writes them back a few thousand rows per statement.
 */
@Service
public class CaseSweep {

    /** Due state values of identification_case.due_state (V20). */
    public enum DueState { OK, DUE_SOON, OVERDUE }

    /** One case's computed columns. */
    public record Due(LocalDate nextDue, CaseStep nextDueStep, LocalDate overallDue, DueState state) {
    }

    static final int CHUNK = 5000;

    private final JdbcTemplate streaming;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseSweep(DataSource dataSource, PolicyProfiles profiles, WorkingDays workingDays, Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Recomputes every open case; answers how many were swept. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Map<String, DeadlineRules> rules = new HashMap<>();
        Map<String, WorkingDayCalendar> calendars = new HashMap<>();
        Batch batch = new Batch(today);
        var current = new Object() {
            long id = -1;
            String region;
            List<StepRecord> steps = new ArrayList<>();
            CaseState state;
        };
        Runnable flush = () -> {
            if (current.id < 0) {
                return;
            }
            IdentificationCase c = IdentificationCase.restore(current.id, 0, current.region, null, null, current.state,
                    null, null, null, 0, current.steps, clock, 0);
            batch.add(current.id, due(c, rules, calendars));
            if (batch.size() >= CHUNK) {
                batch.write();
            }
        };
        streaming.query("""
                select c.id, c.region_code, c.state, s.step, s.at, s.state_before, s.state_after
                from identification_case c join identification_step s on s.case_id = c.id
                where c.closed_at is null
                order by c.id, s.seq""", (ResultSet rs) -> {
            long id = rs.getLong(1);
            if (id != current.id) {
                flush.run();
                current.id = id;
                current.region = rs.getString(2);
                current.state = CaseState.valueOf(rs.getString(3));
                current.steps = new ArrayList<>();
            }
            current.steps.add(new StepRecord(CaseStep.valueOf(rs.getString(4)), "", Role.VILLAGE_CLERK,
                    rs.getObject(5, OffsetDateTime.class), null, CaseState.valueOf(rs.getString(6)),
                    CaseState.valueOf(rs.getString(7)), Map.of()));
        });
        flush.run();
        batch.write();
        return batch.total;
    }

    /** Recomputes one case after it changed (open or act), so its columns are fresh without waiting for the night. */
    void refresh(IdentificationCase c) {
        Batch batch = new Batch(LocalDate.now(clock));
        batch.add(c.id(), c.state().closed() ? new Due(null, null, null, DueState.OK)
                : due(c, new HashMap<>(), new HashMap<>()));
        batch.write();
    }

    /** The columns of one open case under the profile in force where and when it was opened. */
    Due due(IdentificationCase c, Map<String, DeadlineRules> rules, Map<String, WorkingDayCalendar> calendars) {
        LocalDate opened = c.openedOn();
        DeadlineRules r = rules.computeIfAbsent(c.regionCode() + opened,
                k -> DeadlineRules.from(profiles.inForce(c.regionCode(), opened)));
        WorkingDayCalendar calendar = calendars.computeIfAbsent(c.regionCode().substring(0, 6),
                k -> workingDays.forRegion(c.regionCode()));
        return due(new CaseDeadlines(r, calendar, clock).report(c), calendar);
    }

    /** OVERDUE: a pending step past its date or the overall clock exceeded; DUE_SOON: a date within a working day. */
    static Due due(CaseDeadlines.Report report, WorkingDayCalendar calendar) {
        CaseDeadlines.StepDue next = null;
        for (CaseDeadlines.StepDue s : report.steps()) {
            if (s.due() != null && s.doneOn() == null && (next == null || s.due().isBefore(next.due()))) {
                next = s;
            }
        }
        LocalDate soon = calendar.addWorkingDays(report.today(), 1);
        DueState state = report.anyOverdue() || report.overallExceeded() ? DueState.OVERDUE
                : report.anyDueSoon() || !report.overallDue().isAfter(soon) ? DueState.DUE_SOON : DueState.OK;
        return new Due(next == null ? null : next.due(), next == null ? null : next.step(), report.overallDue(), state);
    }

    /**
     * Column values gathered as arrays and written with one update per chunk (update ... from unnest(...)); rows
     * already swept today with the same values are left alone, so a second run on one day writes nothing.
     */
    private final class Batch {
        private final LocalDate today;
        private final List<Long> ids = new ArrayList<>();
        private final List<LocalDate> nextDue = new ArrayList<>();
        private final List<String> nextStep = new ArrayList<>();
        private final List<LocalDate> overall = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        int total;

        Batch(LocalDate today) {
            this.today = today;
        }

        void add(long id, Due d) {
            ids.add(id);
            nextDue.add(d.nextDue());
            nextStep.add(d.nextDueStep() == null ? null : d.nextDueStep().name());
            overall.add(d.overallDue());
            states.add(d.state().name());
        }

        int size() {
            return ids.size();
        }

        void write() {
            if (ids.isEmpty()) {
                return;
            }
            streaming.execute((Connection con) -> {
                try (PreparedStatement ps = con.prepareStatement("""
                        update identification_case c set next_due = u.next_due, next_due_step = u.step,
                            overall_due = u.overall_due, due_state = u.due_state, swept_on = ?
                        from unnest(?::bigint[], ?::date[], ?::varchar[], ?::date[], ?::varchar[])
                            as u(id, next_due, step, overall_due, due_state)
                        where c.id = u.id and (c.swept_on is distinct from ? or (c.next_due, c.next_due_step,
                            c.overall_due, c.due_state) is distinct from (u.next_due, u.step, u.overall_due, u.due_state))""")) {
                    ps.setObject(1, today);
                    ps.setArray(2, con.createArrayOf("bigint", ids.toArray()));
                    ps.setArray(3, dates(con, nextDue));
                    ps.setArray(4, con.createArrayOf("varchar", nextStep.toArray()));
                    ps.setArray(5, dates(con, overall));
                    ps.setArray(6, con.createArrayOf("varchar", states.toArray()));
                    ps.setObject(7, today);
                    return ps.executeUpdate();
                }
            });
            total += ids.size();
            ids.clear();
            nextDue.clear();
            nextStep.clear();
            overall.clear();
            states.clear();
        }

        private static Array dates(Connection con, List<LocalDate> values) throws SQLException {
            return con.createArrayOf("date", values.stream().map(d -> d == null ? null : java.sql.Date.valueOf(d)).toArray());
        }
    }
}
