package org.shouwang.screening;

import java.time.LocalDate;
import org.shouwang.screening.internal.ClueBatches;
import org.shouwang.screening.internal.ClueStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrance every discovery channel uses to report a possible risk. Signals about one household meet in its one
 * open clue; a signal seen before (same dedup key) changes nothing.
 */
@Component
public class Clues {

    /** @param clueId the open clue the signal now belongs to; created: whether the signal was new */
    public record Raised(long clueId, boolean created) {
    }

    private final ClueStore store;
    private final ClueBatches batches;

    Clues(ClueStore store, ClueBatches batches) {
        this.store = store;
        this.batches = batches;
    }

    @Transactional
    public Raised raise(ClueSignal signal) {
        Long existing = store.clueOfSignal(signal.dedupKey());
        if (existing != null) {
            return new Raised(existing, false);
        }
        long clue = store.openClueFor(signal);
        store.addSignal(clue, signal);
        return new Raised(clue, true);
    }

    /** Raises many signals together, as {@link #raise} would one by one; answers how many were new. */
    @Transactional
    public int raiseAll(java.util.List<ClueSignal> signals) {
        int created = batches.raise(signals);
        for (ClueSignal s : batches.withoutHousehold(signals)) {
            created += raise(s).created() ? 1 : 0;
        }
        return created;
    }

    /** The due date a clue opened today would get, for channels that show it to the sender. */
    public LocalDate dueDate(String regionCode, LocalDate openedOn) {
        return store.dueDate(regionCode, openedOn);
    }
}
