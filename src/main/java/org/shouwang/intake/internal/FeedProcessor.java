package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shouwang.intake.Feed;
import org.shouwang.intake.FeedLayout;
import org.shouwang.registry.Members;
import org.shouwang.screening.Fact;
import org.shouwang.screening.Facts;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a feed's rows into facts: validates each row, matches the valid ones to current members in batches (only
 * households within the sender's region scope count), and hands the matched rows to the screening module. A fact's
 * dedup key is department + ID number + kind + a hash of the row's values, so a row sent again adds nothing.
 * One feed is one transaction: it is stored whole, or not at all and can simply be sent again.
 */
@Component
public class FeedProcessor {

    static final int BATCH = 1000;

    private final FeedStore store;
    private final Members members;
    private final Facts facts;
    private final Clock clock;

    FeedProcessor(FeedStore store, Members members, Facts facts, Clock clock) {
        this.store = store;
        this.members = members;
        this.facts = facts;
        this.clock = clock;
    }

    /** What the processing counted, with every row it could not use. */
    public record Outcome(long feedId, List<Feed.RowError> errors) {
    }

    @Transactional
    public Outcome process(FeedLayout layout, String channel, String fileName, String sender, RegionCode scope,
            List<FeedInput> rows) {
        long feedId = store.create(layout.department(), channel, fileName, sender, scope);
        FeedRowCheck check = new FeedRowCheck(layout, LocalDate.now(clock));
        List<Feed.RowError> errors = new ArrayList<>();
        List<FeedRowCheck.Checked> valid = new ArrayList<>();
        for (FeedInput row : rows) {
            FeedRowCheck.Outcome o = check.check(row);
            if (o.row() != null) {
                valid.add(o.row());
            } else {
                errors.add(new Feed.RowError(row.rowNo(), false, o.violations()));
            }
        }
        int invalid = errors.size();
        int matched = 0;
        int stored = 0;
        int clues = 0;
        String sourcePrefix = layout.departmentLabel() + " · " + fileName + " · 第";
        for (int from = 0; from < valid.size(); from += BATCH) {
            List<FeedRowCheck.Checked> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
            Map<String, Members.MemberRef> found = members.byIdNumbers(batch.stream().map(FeedRowCheck.Checked::idNumber)
                    .distinct().toList());
            List<Fact> recorded = new ArrayList<>(batch.size());
            for (FeedRowCheck.Checked r : batch) {
                Members.MemberRef m = found.get(r.idNumber());
                if (m == null || !scope.covers(m.regionCode())) {
                    errors.add(new Feed.RowError(r.input().rowNo(), true, List.of(new Violation(FeedLayout.ID_NUMBER, "NOT_FOUND",
                            "身份证号未在本辖区农户台账的现有成员中找到（请核对号码，或该人不在监测范围内）"))));
                    continue;
                }
                matched++;
                int rowNo = r.input().rowNo();
                recorded.add(new Fact(m.householdId(), m.memberId(), layout.department(), layout.kind(), r.date(), r.amount(),
                        r.fields(), "feed-row:" + feedId + ":" + rowNo, sourcePrefix + rowNo + "行",
                        layout.department().name() + ":" + r.idNumber() + ":" + layout.kind() + ":" + r.valuesHash()));
            }
            if (!recorded.isEmpty()) {
                Facts.Recorded result = facts.record(recorded);
                stored += result.stored();
                clues += result.clues();
            }
        }
        errors.sort(Comparator.comparingInt(Feed.RowError::row));
        store.errors(feedId, layout, rows, errors);
        store.finish(feedId, rows.size(), matched, errors.size() - invalid, invalid, stored, clues);
        return new Outcome(feedId, errors);
    }
}
