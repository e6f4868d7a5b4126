package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily deadline sweep of follow-up schedules (issue 4, points 7 and 14): recomputes due_state (OK, DUE_SOON within
 * the profile's days, OVERDUE) of every active schedule, one UPDATE per township (townships may have their own profile),
 * so inboxes and dashboards read a column. Running it twice a day changes nothing the second time.
 */
@Component
public class ScheduleSweep {

    /** What a sweep did: rows whose state it set, the counts by state afterwards, and how long it took. */
    public record Result(LocalDate day, int swept, long overdue, long dueSoon, long ok, long millis) {
    }

    private static final String STATE = """
            case when next_due < :today then 'OVERDUE' when next_due <= :soon then 'DUE_SOON' else 'OK' end""";

    /**
     * Only rows whose state changes (or that were never swept) are written: a day moves few schedules across a
     * boundary, and rewriting every row daily costs a full-table write (13 s for 600,000 rows in the benchmark)
     * where reading them costs a scan. So swept_on is the day the sweep last set the row's state; every active row's
     * state is current as of the last run, whose day {@link Result#day()} reports and the log records.
     */
    private static final String UPDATE = """
            update follow_schedule set swept_on = :today, due_state = %s
             where active and region_code between :low and :high
               and (swept_on is null or due_state <> %s)""".formatted(STATE, STATE);

    private final JdbcClient jdbc;
    private final FollowProfiles profiles;
    private final Clock clock;

    ScheduleSweep(JdbcClient jdbc, FollowProfiles profiles, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Result run() {
        return run(LocalDate.now(clock));
    }

    public Result run(LocalDate today) {
        long start = System.nanoTime();
        List<String> townships = jdbc.sql("select code from region where level = 4 order by code").query(String.class).list();
        int swept = 0;
        for (String township : townships) {
            swept += sweep(new RegionCode(township), today, profiles.settings(township, today).dueSoonDays());
        }
        Map<String, Long> counts = jdbc.sql("select due_state, count(*) from follow_schedule where active group by due_state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Result(today, swept, counts.getOrDefault("OVERDUE", 0L), counts.getOrDefault("DUE_SOON", 0L),
                counts.getOrDefault("OK", 0L), (System.nanoTime() - start) / 1_000_000);
    }

    int sweep(RegionCode township, LocalDate today, int dueSoonDays) {
        return jdbc.sql(UPDATE).param("today", today).param("soon", today.plusDays(dueSoonDays))
                .param("low", township.low()).param("high", township.high()).update();
    }
}
