package org.shouwang.elimination;

import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.elimination.internal.EliminationStore;
import org.springframework.stereotype.Component;

/**
 * Recomputes the due state of every open elimination (next_due, next_due_step, due_state, swept_on), so inboxes and
 * dashboards read columns. Safe to run any number of times a day; a case changed meanwhile is simply swept again.
 */
@Component
public class EliminationSweep {

    private final EliminationStore store;
    private final Eliminations eliminations;
    private final Clock clock;

    EliminationSweep(EliminationStore store, Eliminations eliminations, Clock clock) {
        this.store = store;
        this.eliminations = eliminations;
        this.clock = clock;
    }

    /** Returns how many open cases were swept. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (EliminationStore.Row row : store.open()) {
            EliminationDeadlines.Report d = eliminations.deadlines(store.load(row, clock, 0));
            store.markDue(row.id(), d.next() == null ? null : d.next().due(), d.next() == null ? null : d.next().step().name(),
                    d.dueState().name(), today);
            n++;
        }
        return n;
    }
}
