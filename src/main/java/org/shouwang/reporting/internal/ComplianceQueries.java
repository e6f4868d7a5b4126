package org.shouwang.reporting.internal;

import static org.shouwang.reporting.internal.WorklistQueries.date;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows behind the deadline-compliance dashboard, each fetched for the clocks that started in the period: cases
 * opened, households announced, plans started, clues raised. Dates of timestamps are taken in the application's zone.
 */
@Repository
public class ComplianceQueries {

    /** A case: when it opened and closed, and its overall due date when the sweep has stored one. */
    public record CaseRow(String regionCode, LocalDate openedOn, LocalDate closedOn, LocalDate overallDue) {
    }

    /** A household announced as monitored, and the first contact person of its monitoring. */
    public record ContactRow(String regionCode, LocalDate identifiedOn, LocalDate firstContact) {
    }

    /** A plan, its measures' due date and its first measure. */
    public record PlanRow(String regionCode, LocalDate measuresDue, LocalDate firstMeasure) {
    }

    /** A clue and what became of it: decision, its case's opening and conclusion, the household's first measure. */
    public record ClueRow(String regionCode, LocalDate raisedOn, String outcome, LocalDate decidedOn,
            LocalDate caseOpened, LocalDate caseClosed, String caseState, LocalDate firstMeasure) {
    }

    /** Visit schedules of one row: how many, how many not overdue, visits expected in the period and done. */
    public record VisitRow(String prefix, int schedules, int notOverdue, int expected, int done) {
    }

    private final JdbcClient jdbc;

    ComplianceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseRow> cases(String low, String high, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                select region_code, (opened_at at time zone :zone)::date, (closed_at at time zone :zone)::date, overall_due
                from identification_case
                where region_code between :low and :high
                  and opened_at >= (cast(:from as date)::timestamp at time zone :zone)
                  and opened_at < ((cast(:to as date) + 1)::timestamp at time zone :zone)""")
                .param("zone", zone).param("low", low).param("high", high).param("from", from).param("to", to)
                .query((rs, n) -> new CaseRow(rs.getString(1), date(rs, 2), date(rs, 3), date(rs, 4))).list();
    }

    /** Contact persons of the household's own monitoring (not a 脱贫户's existing one) assigned since the case opened. */
    public List<ContactRow> contacts(String low, String high, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                select c.region_code, (c.closed_at at time zone :zone)::date,
                       (select min(cp.start_on) from contact_person cp where cp.household_id = c.household_id
                          and cp.kind <> 'EXISTING' and cp.start_on >= (c.opened_at at time zone :zone)::date)
                from identification_case c
                where c.state = 'ANNOUNCED' and c.region_code between :low and :high
                  and c.closed_at >= (cast(:from as date)::timestamp at time zone :zone)
                  and c.closed_at < ((cast(:to as date) + 1)::timestamp at time zone :zone)""")
                .param("zone", zone).param("low", low).param("high", high).param("from", from).param("to", to)
                .query((rs, n) -> new ContactRow(rs.getString(1), date(rs, 2), date(rs, 3))).list();
    }

    /** Plans started in the period; measures count from the plan's (re)start, an earlier episode's do not. */
    public List<PlanRow> plans(String low, String high, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select h.region_code, p.measures_due,
                       (select min(m.start_on) from assistance_measure m where m.household_id = p.household_id
                          and m.plan_id = p.id and m.start_on >= p.started_on)
                from assistance_plan p join household h on h.id = p.household_id
                where h.region_code between :low and :high and p.started_on between :from and :to""")
                .param("low", low).param("high", high).param("from", from).param("to", to)
                .query((rs, n) -> new PlanRow(rs.getString(1), date(rs, 2), date(rs, 3))).list();
    }

    public List<ClueRow> clues(String low, String high, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                select k.region_code, k.opened_on, k.outcome, (k.decided_at at time zone :zone)::date,
                       c.opened_on, c.closed_on, c.state,
                       (select min(m.start_on) from assistance_measure m where m.household_id = k.household_id
                          and m.start_on >= k.opened_on)
                from risk_clue k
                left join lateral (select (x.opened_at at time zone :zone)::date as opened_on,
                                          (x.closed_at at time zone :zone)::date as closed_on, x.state
                                   from identification_case x where x.clue_id = k.id order by x.id limit 1) c on true
                where k.household_id is not null and k.region_code between :low and :high
                  and k.opened_on between :from and :to""")
                .param("zone", zone).param("low", low).param("high", high).param("from", from).param("to", to)
                .query((rs, n) -> new ClueRow(rs.getString(1), date(rs, 2), rs.getString(3), date(rs, 4), date(rs, 5),
                        date(rs, 6), rs.getString(7), date(rs, 8)))
                .list();
    }

    /**
     * Active visit schedules per row: on time now (not OVERDUE), and visits in the period against those due. A
     * schedule every {@code every_months} months expects ceil(months / every_months) visits in a period touching
     * {@code months} calendar months; a household's extra visits do not make up for another's missing ones, and a
     * correction is not a visit of its own.
     */
    public List<VisitRow> visits(String low, String high, int prefix, LocalDate from, LocalDate to, int months) {
        return jdbc.sql("""
                select substr(f.region_code, 1, :n), count(*), count(*) filter (where f.due_state <> 'OVERDUE'),
                       coalesce(sum(ceil(:months / f.every_months::numeric)), 0),
                       coalesce(sum(least(coalesce(v.done, 0), ceil(:months / f.every_months::numeric))), 0)
                from follow_schedule f
                left join (select household_id, count(*) as done from visit
                           where region_code between :low and :high and visit_date between :from and :to
                             and corrects_visit_id is null
                           group by household_id) v on v.household_id = f.household_id
                where f.active and f.kind = 'VISIT' and f.region_code between :low and :high
                group by 1""")
                .param("n", prefix).param("months", months).param("low", low).param("high", high)
                .param("from", from).param("to", to)
                .query((rs, n) -> new VisitRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }
}
