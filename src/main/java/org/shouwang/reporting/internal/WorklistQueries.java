package org.shouwang.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind 我的待办 and its counts. Every query starts from an index on a region-code range (or the contact
 * person's username) and a due-state or due-date condition, so a village's or a township's list never scans the county
 * (EXPLAIN plans in docs/benchmarks.md).
 */
@Repository
public class WorklistQueries {

    /** An open case that is due soon or overdue, with the step it waits for and the household it concerns. */
    public record CaseRow(long id, long householdId, String householdNo, String headName, String regionCode,
            String villageName, String step, LocalDate dueOn, boolean greenChannel) {
    }

    /** A follow-up schedule that is due soon or overdue. */
    public record FollowRow(long id, long householdId, String householdNo, String headName, String regionCode,
            String villageName, String kind, String mode, LocalDate dueOn) {
    }

    /** A monitored household, with the day its identification was announced (null when no case announced it). */
    public record MonitoredRow(long householdId, String householdNo, String headName, String regionCode,
            String villageName, LocalDate identifiedOn, LocalDate dueOn) {
    }

    /** An open risk clue with its due date. */
    public record ClueRow(long id, Long householdId, String householdNo, String headName, String regionCode,
            String villageName, LocalDate dueOn) {
    }

    /**
     * The step an open case waits for: the sweep's next_due_step, or else the step its state leads to (a case the
     * sweep marked overdue on its overall clock alone may have no pending step date).
     */
    static final String PENDING_STEP = """
            coalesce(c.next_due_step, case c.state when 'OPENED' then 'APPLICATION' when 'APPLIED' then 'HOME_CHECK'
                when 'HOME_CHECKED' then 'DEMOCRATIC_REVIEW' when 'REVIEWED' then 'PUBLICITY'
                when 'PUBLICIZED' then 'TOWNSHIP_REVIEW' when 'TOWNSHIP_APPROVED' then 'COUNTY_APPROVAL'
                when 'COUNTY_APPROVED' then 'ANNOUNCEMENT' end)""";

    private final JdbcClient jdbc;

    WorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open cases in the range whose sweep state is DUE_SOON or OVERDUE and whose pending step is one of {@code steps}. */
    public List<CaseRow> cases(String low, String high, Collection<String> steps, int limit) {
        return jdbc.sql("""
                select c.id, c.household_id, h.household_no, h.head_name, c.region_code, r.name, %s as step,
                       least(c.next_due, c.overall_due) as due_on, c.green_channel
                from identification_case c
                join household h on h.id = c.household_id
                left join region r on r.code = c.region_code
                where c.closed_at is null and c.region_code between :low and :high and c.due_state in ('DUE_SOON', 'OVERDUE')
                  and %s in (:steps)
                order by due_on nulls last, c.id limit :limit""".formatted(PENDING_STEP, PENDING_STEP))
                .param("low", low).param("high", high).param("steps", steps).param("limit", limit)
                .query((rs, n) -> new CaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), date(rs, 8), rs.getBoolean(9)))
                .list();
    }

    /** Due-soon and overdue schedules of the households in the range (a village's clerks and grid workers). */
    public List<FollowRow> followOfRegion(String low, String high, int limit) {
        return jdbc.sql(FOLLOW_SELECT + """
                where f.active and f.due_state in ('DUE_SOON', 'OVERDUE') and f.region_code between :low and :high
                order by f.next_due, f.id limit :limit""")
                .param("low", low).param("high", high).param("limit", limit).query(WorklistQueries::follow).list();
    }

    /** Due-soon and overdue schedules of the households {@code username} is the current contact person of. */
    public List<FollowRow> followOfContact(String username, String low, String high, int limit) {
        return jdbc.sql(FOLLOW_SELECT + """
                where f.active and f.due_state in ('DUE_SOON', 'OVERDUE') and f.region_code between :low and :high
                  and f.household_id in (select cp.household_id from contact_person cp
                                         where cp.username = :username and cp.ended_on is null)
                order by f.next_due, f.id limit :limit""")
                .param("username", username).param("low", low).param("high", high).param("limit", limit)
                .query(WorklistQueries::follow).list();
    }

    private static final String FOLLOW_SELECT = """
            select f.id, f.household_id, h.household_no, h.head_name, f.region_code, r.name, f.kind, f.mode, f.next_due
            from follow_schedule f
            join household h on h.id = f.household_id
            left join region r on r.code = f.region_code
            """;

    private static FollowRow follow(ResultSet rs, int n) throws SQLException {
        return new FollowRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), date(rs, 9));
    }

    /**
     * Monitored (RISK_ACTIVE) households of the range with no current contact person of their own monitoring (a
     * 脱贫户's existing 帮扶责任人 does not count: DOMAIN.md 0 asks for a second one), with the announcement day.
     */
    public List<MonitoredRow> withoutContactPerson(String low, String high, String zone, int limit) {
        return jdbc.sql("""
                select h.id, h.household_no, h.head_name, h.region_code, r.name,
                       (select max((c.closed_at at time zone :zone)::date) from identification_case c
                        where c.household_id = h.id and c.state = 'ANNOUNCED') as identified_on
                from household h
                left join region r on r.code = h.region_code
                where h.monitoring_status = 'RISK_ACTIVE' and h.region_code between :low and :high
                  and not exists (select 1 from contact_person cp where cp.household_id = h.id and cp.ended_on is null
                                  and cp.kind <> 'EXISTING')
                order by identified_on nulls last, h.id limit :limit""")
                .param("zone", zone).param("low", low).param("high", high).param("limit", limit)
                .query((rs, n) -> new MonitoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), date(rs, 6), null))
                .list();
    }

    /** Monitored households of the range whose plan has no measure and whose measures are due by {@code dueBy}. */
    public List<MonitoredRow> withoutMeasures(String low, String high, LocalDate dueBy, int limit) {
        return jdbc.sql("""
                select h.id, h.household_no, h.head_name, h.region_code, r.name, p.started_on, p.measures_due
                from household h
                join assistance_plan p on p.household_id = h.id
                left join region r on r.code = h.region_code
                where h.monitoring_status = 'RISK_ACTIVE' and h.region_code between :low and :high
                  and p.measures_due <= :dueBy
                  and not exists (select 1 from assistance_measure m where m.household_id = h.id and m.plan_id = p.id)
                order by p.measures_due, h.id limit :limit""")
                .param("low", low).param("high", high).param("dueBy", dueBy).param("limit", limit)
                .query((rs, n) -> new MonitoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), date(rs, 6), date(rs, 7)))
                .list();
    }

    /** Open clues of the range due by {@code dueBy}. */
    public List<ClueRow> clues(String low, String high, LocalDate dueBy, int limit) {
        return jdbc.sql("""
                select k.id, k.household_id, h.household_no, coalesce(h.head_name, k.subject_name), k.region_code,
                       r.name, k.due_on
                from risk_clue k
                left join household h on h.id = k.household_id
                left join region r on r.code = k.region_code
                where k.status = 'OPEN' and k.region_code between :low and :high and k.due_on <= :dueBy
                order by k.due_on, k.id limit :limit""")
                .param("low", low).param("high", high).param("dueBy", dueBy).param("limit", limit)
                .query((rs, n) -> new ClueRow(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), date(rs, 7)))
                .list();
    }

    /** Due-soon and overdue counts of open cases ({@code kind} "case") and schedules ("follow") per row prefix. */
    public List<DueCount> dueCounts(String low, String high, int prefix) {
        return jdbc.sql("""
                select 'case', substr(region_code, 1, :n), count(*) filter (where due_state = 'OVERDUE'),
                       count(*) filter (where due_state = 'DUE_SOON')
                from identification_case
                where closed_at is null and region_code between :low and :high and due_state in ('DUE_SOON', 'OVERDUE')
                group by 2
                union all
                select 'follow', substr(region_code, 1, :n), count(*) filter (where due_state = 'OVERDUE'),
                       count(*) filter (where due_state = 'DUE_SOON')
                from follow_schedule
                where active and region_code between :low and :high and due_state in ('DUE_SOON', 'OVERDUE')
                group by 2""")
                .param("n", prefix).param("low", low).param("high", high)
                .query((rs, i) -> new DueCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** Counts of one kind for the regions whose codes start with {@code prefix}. */
    public record DueCount(String kind, String prefix, int overdue, int dueSoon) {
    }

    /** The regions of a level inside a range, for rows that must show even when nothing is due there. */
    public List<String[]> regions(String low, String high, int level) {
        return jdbc.sql("select code, name from region where code between :low and :high and level = :level order by code")
                .param("low", low).param("high", high).param("level", level)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    public java.util.Optional<String> regionName(String code) {
        return jdbc.sql("select name from region where code = ?").param(code).query(String.class).optional();
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
