package org.shouwang.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.CurrentUser;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueInbox;
import org.shouwang.screening.ClueInbox.Criteria;
import org.shouwang.screening.ClueInbox.Option;
import org.shouwang.screening.ClueInbox.Row;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.screening.ClueStatus;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the inbox list and of one clue's explanation; the caller's region range is part of every query. */
@Component
public class InboxQueries {

    /** The columns of a list row; signals are summarised per clue so a page costs one statement. */
    static final String ROW_SELECT = """
            select c.id, c.household_id, h.household_no, coalesce(h.head_name, c.subject_name) as head_name,
                   coalesce(h.head_id_number, c.subject_id_number) as id_number, c.region_code, v.name as village,
                   t.name as township, c.status, c.opened_on, c.due_on, c.already_monitored, c.outcome, c.decided_at,
                   (select string_agg(distinct s.channel, ',') from clue_signal s where s.clue_id = c.id) as channels,
                   (select count(*) from clue_signal s where s.clue_id = c.id) as signal_count
            from risk_clue c join region v on v.code = c.region_code left join region t on t.code = v.parent_code
                 left join household h on h.id = c.household_id""";

    private final JdbcClient jdbc;
    private final InboxClock clock;
    private final InboxDetails details;

    InboxQueries(JdbcClient jdbc, InboxClock clock, InboxDetails details) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.details = details;
    }

    public ClueInbox.Page search(Criteria c, CurrentUser user) {
        int size = Math.max(1, Math.min(c.size(), 200));
        int page = Math.max(0, c.page());
        RegionCode scope = user.scope();
        if (c.region() != null && !c.region().isBlank()) {
            if (!RegionCode.isValid(c.region()) || !user.covers(c.region())) {
                return new ClueInbox.Page(List.of(), 0, page, size);
            }
            scope = new RegionCode(c.region());
        }
        StringBuilder where = new StringBuilder(" where c.region_code between ? and ?");
        List<Object> params = new ArrayList<>(List.of(scope.low(), scope.high()));
        if (c.status() != null) {
            where.append(" and c.status = ?");
            params.add(c.status().name());
        }
        if (c.overdueOnly()) {
            where.append(" and c.status = 'OPEN' and c.due_on < ?");
            params.add(clock.today());
        }
        if (c.channel() != null) {
            where.append(" and exists (select 1 from clue_signal s where s.clue_id = c.id and s.channel = ?)");
            params.add(c.channel().name());
        }
        if (c.householdId() != null) {
            where.append(" and c.household_id = ?");
            params.add(c.householdId());
        }
        long total = jdbc.sql("select count(*) from risk_clue c" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        // Open clues first, the most urgent on top; decided ones after, the latest decision first.
        List<Row> rows = jdbc.sql(ROW_SELECT + where + "\n" + """
                 order by case when c.status = 'OPEN' then 0 else 1 end,
                          case when c.status = 'OPEN' then c.due_on end nulls last, c.decided_at desc, c.id desc
                 limit ? offset ?""")
                .params(pageParams).query((rs, n) -> row(rs)).list();
        return new ClueInbox.Page(rows, total, page, size);
    }

    public Optional<ClueInbox.Detail> detail(long clueId, CurrentUser user) {
        RegionCode scope = user.scope();
        return jdbc.sql(ROW_SELECT + " where c.id = ? and c.region_code between ? and ?")
                .params(clueId, scope.low(), scope.high())
                .query((rs, n) -> row(rs)).optional()
                .map(row -> details.complete(row, user));
    }

    Row row(ResultSet rs) throws SQLException {
        ClueStatus status = ClueStatus.valueOf(rs.getString("status"));
        String outcomeCode = rs.getString("outcome");
        ClueOutcome outcome = outcomeCode == null ? null : ClueOutcome.valueOf(outcomeCode);
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        String region = rs.getString("region_code");
        boolean open = status == ClueStatus.OPEN && dueOn != null;
        boolean overdue = open && dueOn.isBefore(clock.today());
        boolean dueSoon = open && !overdue && !dueOn.isAfter(clock.dueSoonLimit(region));
        Integer left = open ? clock.workingDaysLeft(region, dueOn) : null;
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        long householdId = rs.getLong("household_id");
        return new Row(rs.getLong("id"), rs.wasNull() ? null : householdId, rs.getString("household_no"),
                rs.getString("head_name"), IdNumber.mask(rs.getString("id_number")), region, rs.getString("village"),
                rs.getString("township"), channels(rs.getString("channels")), rs.getInt("signal_count"),
                rs.getObject("opened_on", LocalDate.class), dueOn, status, status.label(), overdue, dueSoon, left,
                rs.getBoolean("already_monitored"), outcome, outcome == null ? null : outcome.label(),
                decidedAt == null ? null : decidedAt.toInstant());
    }

    private static List<Option> channels(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(Channel::valueOf).sorted()
                .map(ch -> new Option(ch.name(), ch.label())).toList();
    }
}
