package org.shouwang.intake.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.intake.FeedOutcome;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the villages decided about the clues a department's feed rows raised ("feed-row:<feed>:<row>"), recorded by
 * {@link ClueOutcomes} and shown on the department's feed page.
 */
@Component
public class FeedOutcomes {

    private static final String PREFIX = "feed-row:";

    private final JdbcClient jdbc;

    FeedOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the decision against the feed row a "feed-row:<feed>:<row>" reference names; other references are ignored. */
    void record(String ref, ClueDecided decided, OffsetDateTime now) {
        if (!ref.startsWith(PREFIX)) {
            return;
        }
        String[] parts = ref.substring(PREFIX.length()).split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
            return;
        }
        long feed = Long.parseLong(parts[0]);
        jdbc.sql("""
                insert into feed_outcome (feed_id, row_no, clue_id, outcome, reason_label, decided_at)
                select ?, ?, ?, ?, ?, ? where exists (select 1 from feed where id = ?)
                on conflict do nothing""")
                .params(feed, Integer.parseInt(parts[1]), decided.clueId(), decided.outcome().name(),
                        decided.reasonLabel(), now, feed)
                .update();
    }

    public List<FeedOutcome> of(long feedId) {
        return jdbc.sql("""
                select row_no, clue_id, outcome, reason_label, decided_at from feed_outcome
                 where feed_id = ? order by row_no, clue_id""")
                .param(feedId)
                .query((rs, n) -> new FeedOutcome(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        ClueOutcome.valueOf(rs.getString(3)).label(), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
