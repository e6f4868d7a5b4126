package org.shouwang.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and counts of the 问题台账 within the user's scope; overdue means the deadline has passed and it is not closed. */
@Service
public class ProblemSearch {

    static final int MAX_PAGE = 200;

    public record Row(long id, Long campaignId, String campaignName, ProblemSource source, String sourceLabel,
            ProblemCategory category, String categoryLabel, String description, String regionCode, String townshipName,
            String villageName, Long householdId, String householdNo, String headName, String responsibleUnit,
            String responsiblePerson, LocalDate deadline, boolean overdue, ProblemStatus status, String statusLabel,
            String measures, String evidence, LocalDate foundOn, String recordedBy, LocalDate closedOn) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
    }

    /** One township's figures (or the county's own problems, with the county's code). */
    public record TownshipCount(String regionCode, String name, long total, long open, long overdue, long submitted,
            long closed) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ProblemSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(ProblemFilter filter, int page, int size, CurrentUser user) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PAGE", "页码或每页条数不正确（每页 1–" + MAX_PAGE + " 条）");
        }
        Where w = where(filter, user);
        long total = jdbc.sql("select count(*) from problem p where " + w.sql).params(w.params).query(Long.class).single();
        List<Object> params = new ArrayList<>(w.params);
        params.add(size);
        params.add((long) page * size);
        List<Row> items = jdbc.sql(SELECT + " where " + w.sql + " order by (p.status = 'CLOSED'), p.deadline, p.id limit ? offset ?")
                .params(params).query((rs, n) -> row(rs)).list();
        return new Page(items, total, page, size);
    }

    /** Every row in scope matching the filter, for the export (a ledger is a few thousand rows at most). */
    @Transactional(readOnly = true)
    public List<Row> all(ProblemFilter filter, CurrentUser user) {
        Where w = where(filter, user);
        return jdbc.sql(SELECT + " where " + w.sql + " order by p.region_code, p.id").params(w.params)
                .query((rs, n) -> row(rs)).list();
    }

    /** Figures per township in scope (a township user sees its own township only). */
    @Transactional(readOnly = true)
    public List<TownshipCount> countsByTownship(ProblemFilter filter, CurrentUser user) {
        Where w = where(filter, user);
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock));
        params.addAll(w.params);
        return jdbc.sql("""
                select k.tcode, coalesce(r.name, k.tcode), count(*),
                    count(*) filter (where p.status in ('OPEN', 'RECTIFYING')),
                    count(*) filter (where p.status <> 'CLOSED' and p.deadline < ?),
                    count(*) filter (where p.status = 'SUBMITTED'),
                    count(*) filter (where p.status = 'CLOSED')
                from problem p
                cross join lateral (select rpad(substr(p.region_code, 1, 9), 12, '0') as tcode) k
                left join region r on r.code = k.tcode
                """ + "where " + w.sql + " group by k.tcode, r.name order by k.tcode")
                .params(params).query((rs, n) -> new TownshipCount(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    static final String SELECT = """
            select p.id, p.campaign_id, c.name as campaign_name, p.source, p.category, p.description, p.region_code,
                t.name as township_name, v.name as village_name, p.household_id, h.household_no, h.head_name,
                p.responsible_unit, p.responsible_person, p.deadline, p.status, p.measures, p.evidence, p.found_on,
                p.recorded_by, p.closed_on
            from problem p
            left join campaign c on c.id = p.campaign_id
            left join region t on t.code = rpad(substr(p.region_code, 1, 9), 12, '0') and t.level = 4
            left join region v on v.code = p.region_code and v.level = 5
            left join household h on h.id = p.household_id""";

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        ProblemSource source = ProblemSource.valueOf(rs.getString("source"));
        ProblemCategory category = ProblemCategory.valueOf(rs.getString("category"));
        ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        return new Row(rs.getLong("id"), rs.getObject("campaign_id", Long.class), rs.getString("campaign_name"), source,
                source.label(), category, category.label(), rs.getString("description"), rs.getString("region_code"),
                rs.getString("township_name"), rs.getString("village_name"), rs.getObject("household_id", Long.class),
                rs.getString("household_no"), rs.getString("head_name"), rs.getString("responsible_unit"),
                rs.getString("responsible_person"), deadline,
                status != ProblemStatus.CLOSED && deadline.isBefore(LocalDate.now(clock)), status, status.label(),
                rs.getString("measures"), rs.getString("evidence"), rs.getObject("found_on", LocalDate.class),
                rs.getString("recorded_by"), rs.getObject("closed_on", LocalDate.class));
    }

    private record Where(String sql, List<Object> params) {
    }

    /** Scope first, then the filters; a region filter outside the scope finds nothing rather than widening it. */
    private Where where(ProblemFilter f, CurrentUser user) {
        StringBuilder sql = new StringBuilder("p.region_code between ? and ?");
        List<Object> params = new ArrayList<>(List.of(user.scope().low(), user.scope().high()));
        if (f.region() != null && !f.region().isBlank()) {
            if (!RegionCode.isValid(f.region().strip())) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "区划代码应为12位数字");
            }
            RegionCode r = new RegionCode(f.region().strip());
            sql.append(" and p.region_code between ? and ?");
            params.add(r.low());
            params.add(r.high());
        }
        if (f.source() != null) {
            sql.append(" and p.source = ?");
            params.add(f.source().name());
        }
        if (f.category() != null) {
            sql.append(" and p.category = ?");
            params.add(f.category().name());
        }
        if (f.status() != null) {
            sql.append(" and p.status = ?");
            params.add(f.status().name());
        }
        if (f.overdue() != null) {
            sql.append(f.overdue() ? " and p.status <> 'CLOSED' and p.deadline < ?"
                    : " and not (p.status <> 'CLOSED' and p.deadline < ?)");
            params.add(LocalDate.now(clock));
        }
        if (f.campaignId() != null) {
            sql.append(" and p.campaign_id = ?");
            params.add(f.campaignId());
        }
        return new Where(sql.toString(), params);
    }
}
