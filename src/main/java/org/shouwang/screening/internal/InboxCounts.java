package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.screening.ClueInbox.Count;
import org.shouwang.screening.ClueInbox.Counts;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open, overdue and due-soon clues per child region, so a county sees which township is late and a township which
 * village ("overdue clues are counted per township", issue 3, point 11).
 */
@Component
public class InboxCounts {

    private final JdbcClient jdbc;
    private final InboxClock clock;

    InboxCounts(JdbcClient jdbc, InboxClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Counts counts(String region, CurrentUser user) {
        RegionCode parent = user.scope();
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region)) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "REGION_INVALID", "区划代码应为12位数字");
            }
            if (!user.covers(region)) {
                throw ProblemException.notFound("区划");
            }
            parent = new RegionCode(region);
        }
        LocalDate today = clock.today();
        LocalDate soon = clock.dueSoonLimit(parent.value());
        String name = jdbc.sql("select name from region where code = ?").param(parent.value()).query(String.class)
                .optional().orElseThrow(() -> ProblemException.notFound("区划"));
        Count total = count(parent, name, today, soon);
        if (parent.level() == 5) {
            return new Counts(total, List.of(total));
        }
        // Every child region appears, with zeros where nothing is open, so a township with no clue is visibly clean.
        int prefix = childPrefixLength(parent.level());
        List<Count> children = jdbc.sql("""
                select r.code, r.name,
                       count(c.id) as open,
                       count(c.id) filter (where c.due_on < :today) as overdue,
                       count(c.id) filter (where c.due_on >= :today and c.due_on <= :soon) as due_soon
                from region r
                left join risk_clue c on c.status = 'OPEN' and c.region_code between :low and :high
                                     and left(c.region_code, :prefix) = left(r.code, :prefix)
                where r.parent_code = :parent
                group by r.code, r.name order by r.code""")
                .param("today", today).param("soon", soon).param("low", parent.low()).param("high", parent.high())
                .param("prefix", prefix).param("parent", parent.value())
                .query((rs, n) -> new Count(rs.getString("code"), rs.getString("name"), rs.getLong("open"),
                        rs.getLong("overdue"), rs.getLong("due_soon")))
                .list();
        return new Counts(total, children);
    }

    private Count count(RegionCode region, String name, LocalDate today, LocalDate soon) {
        return jdbc.sql("""
                select count(*) as open,
                       count(*) filter (where due_on < :today) as overdue,
                       count(*) filter (where due_on >= :today and due_on <= :soon) as due_soon
                from risk_clue where status = 'OPEN' and region_code between :low and :high""")
                .param("today", today).param("soon", soon).param("low", region.low()).param("high", region.high())
                .query((rs, n) -> new Count(region.value(), name, rs.getLong("open"), rs.getLong("overdue"),
                        rs.getLong("due_soon")))
                .single();
    }

    /** How many leading digits name a child of a region of {@code level} (DOMAIN.md 9: 2, 4, 6, 9, 12). */
    static int childPrefixLength(int level) {
        return switch (level) {
            case 1 -> 4;
            case 2 -> 6;
            case 3 -> 9;
            default -> 12;
        };
    }
}
