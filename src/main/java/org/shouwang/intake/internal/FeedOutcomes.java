package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.shouwang.intake.FeedOutcome;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells departments the villages' decisions (issue 3, point 11): when a clue that a feed row raised is decided, the
 * outcome is recorded against the feed and row ("feed-row:<feed>:<row>"), where the department's feed page shows it.
 * Runs after the decision commits, in its own transaction, like {@link DeclarationOutcomes}.
 */
@Component
public class FeedOutcomes {

    private static final String PREFIX = "feed-row:";

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedOutcomes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ClueDecided decided) {
        if (decided.sourceRefs() == null || decided.outcome() == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String ref : decided.sourceRefs()) {
            if (ref == null || !ref.startsWith(PREFIX)) {
                continue;
            }
            String[] parts = ref.substring(PREFIX.length()).split(":");
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
                continue;
            }
            jdbc.sql("""
                    insert into feed_outcome (feed_id, row_no, clue_id, outcome, reason_label, decided_at)
                    select ?, ?, ?, ?, ?, ? where exists (select 1 from feed where id = ?)
                    on conflict do nothing""")
                    .params(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), decided.clueId(), decided.outcome().name(),
                            decided.reasonLabel(), now, Long.parseLong(parts[0]))
                    .update();
        }
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
