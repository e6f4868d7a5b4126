package org.shouwang.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.Regions;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open cases counted per township, or per village when the region is a township, from the columns the sweep keeps
 * (issue 4, point 2: due-soon and overdue counted per township). One grouped query, whatever the county's size.
 */
@Service
public class CaseDeadlineCounts {

    /**
     * One region's open cases: {@code dueSoon} and {@code overdue} from due_state, {@code overallExceeded} past the
     * overall clock today, {@code greenChannel} opened by 绿色通道, {@code informPending} 不予纳入 not yet told.
     */
    public record Count(String regionCode, String regionName, int open, int dueSoon, int overdue, int overallExceeded,
            int greenChannel, int informPending) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Regions regions;

    CaseDeadlineCounts(JdbcClient jdbc, Clock clock, Regions regions) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Count> counts(String region, CurrentUser user) {
        RegionCode scope = CaseSearch.scope(region, user);
        // a township or village is broken down by village, anything larger by township
        int digits = scope.level() >= 4 ? 12 : 9;
        return jdbc.sql("""
                select rpad(substr(region_code, 1, :digits), 12, '0') as code,
                        count(*) filter (where closed_at is null) as open,
                        count(*) filter (where closed_at is null and due_state = 'DUE_SOON') as due_soon,
                        count(*) filter (where closed_at is null and due_state = 'OVERDUE') as overdue,
                        count(*) filter (where closed_at is null and overall_due < :today) as exceeded,
                        count(*) filter (where closed_at is null and green_channel) as green,
                        count(*) filter (where state = 'NOT_INCLUDED' and informed_on is null) as uninformed
                      from identification_case
                      where region_code between :low and :high
                        and (closed_at is null or (state = 'NOT_INCLUDED' and informed_on is null))
                      group by 1 order by 1""")
                .param("digits", digits).param("today", LocalDate.now(clock))
                .param("low", scope.low()).param("high", scope.high())
                .query((rs, n) -> new Count(rs.getString(1), regions.byCode(rs.getString(1)).map(Regions.Region::name)
                        .orElse(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }
}
