package org.shouwang.screening.internal;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.shouwang.screening.Clues;
import org.shouwang.screening.ScreeningRun;
import org.shouwang.screening.WhatIfCandidate;
import org.shouwang.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs screening runs one at a time in the background, a thousand households per step, writing progress after each
 * step so the page can show a bar. Raising clues is idempotent (dedup keys), so a run cut short by a restart is
 * simply marked failed and can be started again without duplicating anything.
 */
@Component
public class RunWorker {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);
    static final int BATCH = 1000;
    /** Households per statement when the rules run in SQL: small enough to write one slice while the next is evaluated. */
    static final int SQL_SLICE = 30_000;

    /** {@code households} of the run done by one step: a slice evaluated in SQL, or a batch read for CEL. */
    private record Step(int households, SqlRun.Evaluated evaluated, List<HouseholdData> batch) {
    }

    private final RunStore runs;
    private final HouseholdLoader loader;
    private final Screeners screeners;
    private final WhatIfScreeners whatIf;
    private final Clues clues;
    private final FactStore facts;
    private final SqlScreening sql;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Pipeline.named("screening-run"));
    private final int threads;
    private final ExecutorService helpers;

    /** @param threads how many threads evaluate rules (the run's own thread and threads - 1 helpers); 0 = one per core */
    RunWorker(RunStore runs, HouseholdLoader loader, Screeners screeners, WhatIfScreeners whatIf, Clues clues,
            FactStore facts, SqlScreening sql, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Value("${shouwang.screening.threads:0}") int threads) {
        this.sql = sql;
        this.jdbc = jdbc;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.helpers = Executors.newFixedThreadPool(Math.max(1, this.threads - 1), Pipeline.named("screening-evaluate"));
        this.facts = facts;
        this.runs = runs;
        this.loader = loader;
        this.screeners = screeners;
        this.whatIf = whatIf;
        this.clues = clues;
    }

    public void submit(long runId) {
        executor.submit(() -> runSafely(runId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        for (long id : runs.unfinished()) {
            runs.finish(id, "FAILED", "服务重启，筛查中断。重新运行不会重复生成线索。");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        helpers.shutdownNow();
    }

    /** Runs synchronously; for tests and benchmarks. */
    public void runNow(long runId) {
        runSafely(runId);
    }

    private void runSafely(long runId) {
        try {
            run(runId);
        } catch (RuntimeException e) {
            log.error("Screening run {} failed", runId, e);
            runs.finish(runId, "FAILED", "筛查失败：" + e.getMessage());
        }
    }

    private void run(long runId) {
        ScreeningRun run = runs.find(runId).orElseThrow();
        RegionCode region = new RegionCode(run.regionCode());
        LocalDate asOf = run.asOf();
        boolean isWhatIf = "WHAT_IF".equals(run.kind());
        WhatIfCandidate candidate = isWhatIf ? whatIf.candidate(runs.candidate(runId)) : null;
        Set<String> profileNames = new LinkedHashSet<>();
        Set<String> blocked = new LinkedHashSet<>();
        String label = (isWhatIf ? "试算" : "系统筛查") + " #" + runId + "（" + asOf + "）";
        // statistics of the fact and clue tables, refreshed when they changed by half (a first run adds tens of
        // thousands of signals): beside the run, which neither waits for it nor is blocked by it
        java.util.concurrent.CompletableFuture<Void> statistics = java.util.concurrent.CompletableFuture.runAsync(
                () -> facts.refreshStatistics(0), helpers);
        long[] nanos = new long[4]; // read, evaluate, store results, raise clues: logged so slow phases can be seen
        int[] counts = new int[4]; // processed, flagged, baseline, new signals
        CompactFindings.Catalogue catalogue = new CompactFindings.Catalogue();
        BatchEvaluation evaluation = new BatchEvaluation(screeners, whatIf, candidate, asOf, label, helpers, threads);
        LocalDate today = screeners.today();
        // the due date of a clue opened today, once per village (the villages of a township share one)
        java.util.Map<String, LocalDate> dues = new java.util.concurrent.ConcurrentHashMap<>();
        FoundWriter.Run written = sql.writes() ? new FoundWriter.Run(runId, label, today,
                village -> dues.computeIfAbsent(village, v -> clues.dueDate(v, today))) : null;
        SqlRun inSql = isWhatIf ? null : new SqlRun(sql, screeners, loader, evaluation, jdbc, region.low(), region.high(),
                asOf, today, label, threads, written, catalogue);
        if (inSql != null) {
            runs.saveCatalogue(runId, catalogue); // before the first result SQL stores
        }
        boolean sqlPath = inSql != null && inSql.any();
        // in SQL, slices are ranges of ids of about SQL_SLICE households each (the ids themselves are not needed); in
        // CEL, batches of BATCH ids
        long[] bounds = sqlPath ? loader.bounds(region.low(), region.high()) : null;
        long[] all = sqlPath ? null : loader.ids(region.low(), region.high());
        int total = sqlPath ? (int) bounds[2] : all.length;
        int steps = sqlPath ? (int) Math.max(1, (total + SQL_SLICE - 1) / SQL_SLICE) : (total + BATCH - 1) / BATCH;
        runs.started(runId, total, null);
        int[] next = {0};
        if (sqlPath) {
            log.info("Screening run {} in SQL: {}", runId, inSql.shape());
            profileNames.addAll(inSql.profileNames());
            blocked.addAll(inSql.blocked());
        }
        // a step is a slice evaluated in SQL (its outcome ready) or a batch of households read for CEL
        try (Pipeline<Step> pipeline = new Pipeline<>(() -> {
            long mark = System.nanoTime();
            if (total == 0 || next[0] >= steps) {
                return null;
            }
            int i = next[0]++;
            try {
                Step step;
                if (sqlPath) {
                    long width = (bounds[1] - bounds[0]) / steps + 1;
                    long first = bounds[0] + i * width, last = i == steps - 1 ? bounds[1] : first + width - 1;
                    // the progress bar counts an equal share per slice; the run's total is exact
                    int share = total / steps + (i < total % steps ? 1 : 0);
                    step = new Step(share, inSql.evaluate(first, last), null);
                } else {
                    int from = i * BATCH, to = Math.min(all.length, from + BATCH);
                    step = new Step(to - from, null, loader.load(Arrays.stream(all, from, to).boxed().toList()));
                }
                nanos[0] += System.nanoTime() - mark;
                return step;
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        })) {
            for (Step step = pipeline.next(); step != null; step = pipeline.next()) {
                long mark = System.nanoTime();
                // the findings of a slice evaluated in SQL become results and signals here, while the next slice is evaluated
                BatchEvaluation.Outcome outcome = step.evaluated() != null ? inSql.outcome(step.evaluated())
                        : evaluation.evaluate(step.batch());
                blocked.addAll(outcome.blocked);
                outcome.profileNames.stream().filter(n -> profileNames.size() < 20).forEach(profileNames::add);
                counts[0] += step.households();
                counts[1] += outcome.flagged;
                counts[2] += outcome.baseline;
                nanos[1] += System.nanoTime() - mark;
                int[] snapshot = counts.clone();
                // results and clue signals written side by side; the progress after both (the signals' writer waits for
                // the results' writer of the same batch before it reports)
                java.util.concurrent.CompletableFuture<Void> stored = new java.util.concurrent.CompletableFuture<>();
                pipeline.write(() -> {
                    long w = System.nanoTime();
                    try {
                        runs.saveResults(runId, outcome.results, catalogue);
                        stored.complete(null);
                    } catch (RuntimeException e) {
                        stored.completeExceptionally(e);
                        throw e;
                    }
                    nanos[2] += System.nanoTime() - w;
                }, () -> {
                    long w = System.nanoTime();
                    counts[3] += clues.raiseAll(outcome.signals) + outcome.raised;
                    nanos[3] += System.nanoTime() - w;
                    stored.join();
                    runs.progress(runId, snapshot[0], snapshot[1], snapshot[2], counts[3]);
                });
            }
            pipeline.drain();
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            if (inSql != null) {
                inSql.close();
            }
            try {
                statistics.join();
            } catch (RuntimeException e) {
                log.warn("Refreshing the statistics of the clue tables failed: {}", e.getMessage());
            }
        }
        int processed = counts[0], flagged = counts[1], baseline = counts[2], newSignals = counts[3];
        log.info("Screening run {}: {} households, {} {} ms, evaluate {} ms, store {} ms, raise {} ms", runId, processed,
                sqlPath ? "evaluate in SQL" : "load", nanos[0] / 1_000_000, nanos[1] / 1_000_000, nanos[2] / 1_000_000, nanos[3] / 1_000_000);
        runs.started(runId, total, String.join("；", profileNames));
        runs.progress(runId, processed, flagged, baseline, newSignals);
        if (!blocked.isEmpty() && profileNames.isEmpty()) {
            runs.finish(runId, "REFUSED", "政策画像未设监测范围，不能筛查：" + String.join("、", blocked));
        } else {
            runs.finish(runId, "DONE", blocked.isEmpty() ? null
                    : "部分地区的政策画像未设监测范围，已跳过：" + String.join("、", blocked));
        }
    }
}
