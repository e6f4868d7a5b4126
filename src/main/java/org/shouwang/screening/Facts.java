package org.shouwang.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shouwang.screening.internal.FactStore;
import org.shouwang.screening.internal.HouseholdData;
import org.shouwang.screening.internal.HouseholdLoader;
import org.shouwang.screening.internal.Screeners;
import org.shouwang.screening.internal.Signals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department facts: stored once (a fact sent again is ignored) and evaluated at once against the department rules of
 * the profile in force for each household, which raise clues (channel 部门筛查预警) naming the row that triggered them.
 * The facts stay, so every later screening run and household explanation reads them too.
 */
@Component
public class Facts {

    /** @param stored how many facts were new; clues: how many new clue signals the department rules raised */
    public record Recorded(int stored, int clues) {
    }

    private final FactStore store;
    private final HouseholdLoader loader;
    private final Screeners screeners;
    private final Clues clues;

    Facts(FactStore store, HouseholdLoader loader, Screeners screeners, Clues clues) {
        this.store = store;
        this.loader = loader;
        this.screeners = screeners;
        this.clues = clues;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Facts.class);

    @Transactional
    public Recorded record(List<Fact> facts) {
        long started = System.nanoTime();
        // within one feed a row sent twice counts once
        java.util.Map<String, Fact> unique = new java.util.LinkedHashMap<>();
        facts.forEach(f -> unique.putIfAbsent(f.dedupKey(), f));
        java.util.Map<Long, Long> stored = store.insertAll(new ArrayList<>(unique.values()));
        Set<Long> newFacts = new HashSet<>(stored.keySet());
        Set<Long> households = new LinkedHashSet<>(stored.values());
        if (!newFacts.isEmpty()) {
            store.refreshStatistics(newFacts.size());
        }
        List<ClueSignal> signals = new ArrayList<>();
        List<Long> ids = new ArrayList<>(households);
        for (int from = 0; from < ids.size(); from += 1000) {
            for (HouseholdData h : loader.load(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                var screener = screeners.forRegion(h.regionCode(), screeners.today());
                for (Finding finding : screener.evaluate(h)) {
                    if (finding.factId() != null && newFacts.contains(finding.factId())) {
                        signals.add(Signals.of(h, finding, screeners.today(), "部门推送"));
                    }
                }
            }
        }
        long evaluated = System.nanoTime();
        int raised = clues.raiseAll(signals);
        log.info("Department facts: {} received, {} new, {} households evaluated in {} ms, {} clue signals raised in {} ms",
                facts.size(), newFacts.size(), households.size(), (evaluated - started) / 1_000_000, raised,
                (System.nanoTime() - evaluated) / 1_000_000);
        return new Recorded(newFacts.size(), raised);
    }
}
