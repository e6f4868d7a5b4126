package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Finding;
import org.shouwang.screening.WhatIfCandidate;

/**
 * Evaluates the rules over one batch of a run, split over several threads: evaluating is the dearest stage of a run
 * (the views and the CEL programs are plain Java, and thread-safe), so it gets every core that reading and writing
 * leave. The parts are joined in household order, so the outcome is the same as on one thread.
 */
final class BatchEvaluation {

    /** What one batch (or part of one) produced. */
    static final class Outcome {
        final List<RunStore.Result> results = new ArrayList<>();
        final List<ClueSignal> signals = new ArrayList<>();
        final Set<String> profileNames = new LinkedHashSet<>();
        final Set<String> blocked = new LinkedHashSet<>();
        int flagged;
        int baseline;
        /** Signals raised already (by the SQL that stored the findings), beside those in {@link #signals}. */
        int raised;

        void add(Outcome other) {
            results.addAll(other.results);
            signals.addAll(other.signals);
            profileNames.addAll(other.profileNames);
            blocked.addAll(other.blocked);
            flagged += other.flagged;
            baseline += other.baseline;
            raised += other.raised;
        }
    }

    private final Screeners screeners;
    private final WhatIfScreeners whatIf;
    private final WhatIfCandidate candidate;
    private final LocalDate asOf;
    private final LocalDate today;
    private final String label;
    private final ExecutorService helpers;
    private final int parts;
    private final Map<String, Screener> byVillage = new ConcurrentHashMap<>();

    /**
     * @param candidate the what-if candidate, or null for a run that raises clues
     * @param helpers   threads besides the caller's; {@code parts - 1} of them are used
     */
    BatchEvaluation(Screeners screeners, WhatIfScreeners whatIf, WhatIfCandidate candidate, LocalDate asOf, String label,
            ExecutorService helpers, int parts) {
        this.screeners = screeners;
        this.whatIf = whatIf;
        this.candidate = candidate;
        this.asOf = asOf;
        this.today = screeners.today();
        this.label = label;
        this.helpers = helpers;
        this.parts = Math.max(1, parts);
    }

    Outcome evaluate(List<HouseholdData> batch) throws Exception {
        int size = (batch.size() + parts - 1) / parts;
        List<Future<Outcome>> others = new ArrayList<>();
        for (int from = size; from < batch.size(); from += size) {
            List<HouseholdData> part = batch.subList(from, Math.min(batch.size(), from + size));
            others.add(helpers.submit(() -> evaluatePart(part)));
        }
        Outcome outcome = evaluatePart(batch.subList(0, Math.min(batch.size(), size)));
        for (Future<Outcome> f : others) {
            outcome.add(f.get());
        }
        return outcome;
    }

    private Outcome evaluatePart(List<HouseholdData> part) {
        Outcome out = new Outcome();
        for (HouseholdData h : part) {
            Screener current = byVillage.computeIfAbsent(h.regionCode(), r -> screeners.forRegion(r, asOf));
            PolicyProfile p = current.profile();
            if (p.threshold() == null) {
                out.blocked.add(p.chain().isEmpty() ? "（无画像）" : p.chain().get(p.chain().size() - 1).name());
                continue;
            }
            if (out.profileNames.size() < 20) {
                p.chain().forEach(ref -> out.profileNames.add(ref.name()));
            }
            List<Finding> now = current.evaluate(h);
            if (candidate != null) {
                List<Finding> tried = whatIf.screener(current, candidate).evaluate(h);
                out.baseline += now.isEmpty() ? 0 : 1;
                out.flagged += tried.isEmpty() ? 0 : 1;
                if (!now.isEmpty() || !tried.isEmpty()) {
                    out.results.add(new RunStore.Result(h.id(), h.regionCode(), !tried.isEmpty(), !now.isEmpty(), tried));
                }
                continue;
            }
            if (!now.isEmpty()) {
                out.flagged++;
                out.results.add(new RunStore.Result(h.id(), h.regionCode(), true, false, now));
                for (Finding f : now) {
                    out.signals.add(Signals.of(h, f, today, label));
                }
            }
        }
        return out;
    }
}
