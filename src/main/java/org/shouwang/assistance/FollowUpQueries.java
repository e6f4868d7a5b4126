package org.shouwang.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the follow-up lists. The state filter is a range of next_due computed from the day, not the swept
 * column, so a list is right even on a day the sweep has not run yet; the (region_code, kind, next_due) index serves it.
 */
@Component
class FollowUpQueries {

    /** What to list: a region range, optionally one kind, a due-date range, optionally one contact person's households. */
    record Criteria(RegionCode scope, FollowKind kind, LocalDate dueFrom, LocalDate dueTo, String contactUsername) {
    }

    private static final String FROM = """
              from follow_schedule s join household h on h.id = s.household_id
              left join region r on r.code = s.region_code
             where s.active and s.region_code between ? and ?""";

    private final JdbcClient jdbc;

    FollowUpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Overdue first, then by due date: ascending next_due gives both. */
    List<FollowUp> page(Criteria c, LocalDate day, int dueSoonDays, Set<String> largeSites, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = where(c, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                select s.id, s.household_id, h.household_no, h.head_name, s.region_code, r.name as village_name, s.kind,
                       s.every_months, s.mode, s.last_done, s.next_due, h.relocation_site,
                       (select string_agg(cp.name, '、' order by cp.id) from contact_person cp
                         where cp.household_id = s.household_id and cp.ended_on is null) as contacts
                """ + FROM + where + " " + """
                 order by s.next_due, h.household_no, s.kind limit ? offset ?""")
                .params(params).query((rs, n) -> row(rs, day, dueSoonDays, largeSites)).list();
    }

    long count(Criteria c) {
        List<Object> params = new ArrayList<>();
        String where = where(c, params);
        return jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
    }

    /** Relocation sites of the county with at least {@code minHouseholds} households (大型安置点). */
    Set<String> largeSites(String countyCode, int minHouseholds) {
        RegionCode county = new RegionCode(countyCode);
        return Set.copyOf(jdbc.sql("""
                select relocation_site from household
                 where region_code between ? and ? and relocation_site is not null and btrim(relocation_site) <> ''
                 group by relocation_site having count(*) >= ?""")
                .params(county.low(), county.high(), minHouseholds).query(String.class).list());
    }

    private static String where(Criteria c, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        params.add(c.scope().low());
        params.add(c.scope().high());
        if (c.kind() != null) {
            sql.append(" and s.kind = ?");
            params.add(c.kind().name());
        }
        if (c.dueFrom() != null) {
            sql.append(" and s.next_due >= ?");
            params.add(c.dueFrom());
        }
        if (c.dueTo() != null) {
            sql.append(" and s.next_due <= ?");
            params.add(c.dueTo());
        }
        if (c.contactUsername() != null) {
            sql.append(" and exists (select 1 from contact_person cp where cp.household_id = s.household_id"
                    + " and cp.ended_on is null and cp.username = ?)");
            params.add(c.contactUsername());
        }
        return sql.toString();
    }

    private static FollowUp row(ResultSet rs, LocalDate day, int dueSoonDays, Set<String> largeSites) throws SQLException {
        FollowKind kind = FollowKind.valueOf(rs.getString("kind"));
        VisitMode mode = VisitMode.valueOf(rs.getString("mode"));
        LocalDate due = rs.getObject("next_due", LocalDate.class);
        DueState state = FollowRules.state(due, day, dueSoonDays);
        int every = rs.getInt("every_months");
        String site = rs.getString("relocation_site");
        return new FollowUp(rs.getLong("id"), rs.getLong("household_id"), rs.getString("household_no"),
                rs.getString("head_name"), rs.getString("region_code"), rs.getString("village_name"), kind, kind.label(),
                every, FollowRules.every(every), mode, mode.label(), rs.getObject("last_done", LocalDate.class), due, state,
                state.label(), ChronoUnit.DAYS.between(day, due), site, site != null && largeSites.contains(site),
                rs.getString("contacts"));
    }
}
