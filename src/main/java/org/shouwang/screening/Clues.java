package org.shouwang.screening;

import java.time.LocalDate;
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

    Clues(ClueStore store) {
        this.store = store;
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

    /** The due date a clue opened today would get, for channels that show it to the sender. */
    public LocalDate dueDate(String regionCode, LocalDate openedOn) {
        return store.dueDate(regionCode, openedOn);
    }
}
