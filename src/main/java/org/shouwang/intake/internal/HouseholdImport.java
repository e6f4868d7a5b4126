package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.HouseholdDraft;
import org.shouwang.registry.Registrations;
import org.shouwang.shared.Violation;

/**
 * The household file's row stream, grouped into households and registered a batch at a time. A household is
 * stored whole or reported whole: when one of its rows is wrong, all its rows go to the error report.
 */
final class HouseholdImport {

    /** With the read-ahead, up to four batches are in memory at once; 2,000 was no faster and came near the 512 MB heap. */
    static final int BATCH_HOUSEHOLDS = 1000;
    static final int MAX_MEMBERS = 60;

    private final Registrations registrations;
    private final CurrentUser user;
    private final String source;
    private final Map<String, Integer> columns;
    private final ErrorSink errors;
    private final Counts counts;
    private final Runnable progress;

    private final java.util.function.Consumer<Runnable> database;

    private List<List<HouseholdRows.Parsed>> pending = new ArrayList<>();
    private List<SourceRow> tooMany = new ArrayList<>();
    private List<HouseholdRows.Parsed> current = new ArrayList<>();
    private String currentNo;
    private boolean overflow;
    private int batches;

    /**
     * Rows arrive on the reading thread, where they are grouped, parsed and checked by the rules that need nothing
     * stored; each batch's database step goes to {@code database}, which runs it on the writing thread. Counts and
     * the error sink are only touched there.
     */
    HouseholdImport(Registrations registrations, CurrentUser user, String source, Map<String, Integer> columns,
            ErrorSink errors, Counts counts, Runnable progress, java.util.function.Consumer<Runnable> database) {
        this.registrations = registrations;
        this.user = user;
        this.source = source;
        this.columns = columns;
        this.errors = errors;
        this.counts = counts;
        this.progress = progress;
        this.database = database;
    }

    void accept(SourceRow row) {
        HouseholdRows.Parsed p = HouseholdRows.parse(row, columns);
        String no = p.householdNo();
        if (no == null || !no.equals(currentNo)) {
            endGroup();
            currentNo = no;
        }
        if (overflow || current.size() >= MAX_MEMBERS) {
            overflow = true;
            tooMany.add(row);
            return;
        }
        current.add(p);
        if (no == null) {
            endGroup();
        }
    }

    void finish() {
        endGroup();
        flush();
    }

    private void endGroup() {
        if (!current.isEmpty()) {
            if (overflow) {
                current.forEach(p -> tooMany.add(p.row()));
            } else {
                pending.add(current);
            }
        }
        current = new ArrayList<>();
        overflow = false;
        currentNo = null;
        if (pending.size() >= BATCH_HOUSEHOLDS) {
            flush();
        }
    }

    /** On the reading thread: builds and checks the batch's drafts, then hands its database step on. */
    private void flush() {
        if (pending.isEmpty() && tooMany.isEmpty()) {
            return;
        }
        List<Registrations.Checked> drafts = new ArrayList<>();
        List<List<HouseholdRows.Parsed>> registered = new ArrayList<>();
        List<List<HouseholdRows.Parsed>> broken = new ArrayList<>();
        for (List<HouseholdRows.Parsed> rows : pending) {
            HouseholdDraft draft = HouseholdRows.draft(rows);
            if (rows.stream().anyMatch(p -> !p.violations().isEmpty())) {
                broken.add(rows);
            } else {
                drafts.add(registrations.check(draft));
                registered.add(rows);
            }
        }
        List<SourceRow> overflowRows = tooMany;
        pending = new ArrayList<>();
        tooMany = new ArrayList<>();
        database.accept(() -> write(overflowRows, broken, drafts, registered));
    }

    /** On the writing thread: registers one batch (one transaction) and reports its rows. */
    private void write(List<SourceRow> overflowRows, List<List<HouseholdRows.Parsed>> broken,
            List<Registrations.Checked> drafts, List<List<HouseholdRows.Parsed>> registered) {
        overflowRows.forEach(row -> {
            counts.processed++;
            errors.add(row, List.of(tooMany()));
        });
        for (List<HouseholdRows.Parsed> rows : broken) {
            reject(rows, List.of());
            counts.processed += rows.size();
        }
        List<Registrations.Outcome> outcomes = drafts.isEmpty() ? List.of() : registrations.registerChecked(drafts, user, source);
        for (int i = 0; i < outcomes.size(); i++) {
            List<HouseholdRows.Parsed> rows = registered.get(i);
            Registrations.Outcome o = outcomes.get(i);
            switch (o.status()) {
                case CREATED, UPDATED -> counts.stored += rows.size();
                case UNCHANGED -> counts.unchanged += rows.size();
                case REJECTED -> reject(rows, o.violations());
            }
            counts.processed += rows.size();
        }
        errors.flush();
        progress.run();
        batches++;
        if (Integer.bitCount(batches) == 1) {
            registrations.refreshStatistics();
        }
    }

    /** Spreads a household's violations over its rows; rows without their own get a note that the household was held back. */
    private void reject(List<HouseholdRows.Parsed> rows, List<Violation> registryViolations) {
        Map<Integer, List<Violation>> byRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byRow.put(i, new ArrayList<>(rows.get(i).violations()));
        }
        int head = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).member().relation() == org.shouwang.registry.Relation.HEAD) {
                head = i;
                break;
            }
        }
        for (Violation v : registryViolations) {
            int index = HouseholdRows.memberIndex(v.field());
            byRow.get(index >= 0 && index < rows.size() ? index : head)
                    .add(new Violation(HouseholdRows.column(v.field()), v.code(), v.message()));
        }
        for (int i = 0; i < rows.size(); i++) {
            List<Violation> own = byRow.get(i);
            if (own.isEmpty()) {
                own.add(new Violation("户编号", "HOUSEHOLD_HELD_BACK", "同户其他行有错误，本户暂未入库；改正后整户重新上传即可"));
            }
            errors.add(rows.get(i).row(), own);
        }
    }

    private static Violation tooMany() {
        return new Violation("户编号", "HOUSEHOLD_TOO_MANY_MEMBERS", "同一户编号下超过" + MAX_MEMBERS + "行，疑为重复数据，本户未入库");
    }
}
