package org.shouwang.screening.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.screening.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One screening run's households, slice by slice, with the rules evaluated in PostgreSQL: the villages whose profile
 * has a SQL form are grouped by it, each group's slice is one statement, and what SQL leaves undecided — and the
 * villages whose profile has no SQL form — is evaluated in CEL by {@link BatchEvaluation}, as every household of a
 * run was before. The outcome of a slice is the same as CEL's over the same households.
 */
final class SqlRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqlRun.class);

    /** @param catalogue the run's catalogue index of each of the form's rules */
    private record Group(SqlScreener screener, List<String> villages, Integer[] catalogue) {
    }

    private final SqlScreening sql;
    /** A connection per part of a slice evaluated at once (at most four), opened when first needed. */
    private final SqlScreening.Session[] sessions;
    private final java.util.concurrent.ExecutorService parts;
    private final HouseholdLoader loader;
    private final BatchEvaluation cel;
    private final JdbcClient jdbc;
    private final String low;
    private final String high;
    private final LocalDate today;
    private final String label;
    private final Screeners screeners;
    private final LocalDate asOf;
    private final List<Group> groups = new ArrayList<>();
    private final List<String> celVillages = new ArrayList<>();
    private final Set<String> profileNames = new LinkedHashSet<>();
    private final Set<String> blocked = new LinkedHashSet<>();
    /** One group and nothing else in the region: its statement filters by the region's code range, not a list. */
    private final boolean whole;
    /** The run whose results and signals are written in SQL; null when they are read into Java ({@link SqlScreening#writes}). */
    private final FoundWriter.Run run;
    private final CompactFindings.Catalogue catalogue;

    /**
     * @param threads how many parts of a slice are evaluated at once (the run's threads, at most four)
     * @param run the run, when its results and signals are written in SQL; null to read the findings into Java
     * @param catalogue the run's rule texts, to which each SQL form's rules are added up front
     */
    SqlRun(SqlScreening sql, Screeners screeners, HouseholdLoader loader, BatchEvaluation cel, JdbcClient jdbc,
            String low, String high, LocalDate asOf, LocalDate today, String label, int threads, FoundWriter.Run run,
            CompactFindings.Catalogue catalogue) {
        this.run = run;
        this.catalogue = catalogue;
        this.sessions = new SqlScreening.Session[Math.max(1, Math.min(4, threads))];
        this.parts = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, sessions.length - 1), Pipeline.named("screening-sql"));
        this.sql = sql;
        this.loader = loader;
        this.cel = cel;
        this.jdbc = jdbc;
        this.low = low;
        this.high = high;
        this.today = today;
        this.label = label;
        this.screeners = screeners;
        this.asOf = asOf;
        // the villages from the region tree first (a few thousand rows): when one SQL form serves them all, the
        // statement takes the region's code range; otherwise the villages that have households are grouped one by one
        plan(jdbc.sql("select code from region where code between ? and ? and level = 5").params(low, high)
                .query(String.class).list());
        whole = groups.size() == 1 && celVillages.isEmpty() && blocked.isEmpty();
        if (!whole) {
            plan(jdbc.sql("select distinct region_code from household where region_code between ? and ?").params(low, high)
                    .query(String.class).list());
        }
    }

    private void plan(List<String> villages) {
        groups.clear();
        celVillages.clear();
        blocked.clear();
        Map<SqlScreener, List<String>> byForm = new IdentityHashMap<>();
        for (String village : villages) {
            Screener s = screeners.forRegion(village, asOf);
            PolicyProfile p = s.profile();
            if (p.threshold() == null) {
                blocked.add(p.chain().isEmpty() ? "（无画像）" : p.chain().get(p.chain().size() - 1).name());
                continue;
            }
            if (profileNames.size() < 20) {
                p.chain().forEach(ref -> profileNames.add(ref.name()));
            }
            Optional<SqlScreener> form = sql.of(s);
            if (form.isPresent()) {
                byForm.computeIfAbsent(form.get(), k -> new ArrayList<>()).add(village);
            } else {
                celVillages.add(village);
            }
        }
        byForm.forEach((form, list) -> groups.add(new Group(form, list,
                form.texts().stream().map(catalogue::indexOf).toArray(Integer[]::new))));
    }

    /** Whether any village is screened in SQL at all (else the run goes the CEL way throughout). */
    boolean any() {
        return !groups.isEmpty();
    }

    Set<String> profileNames() {
        return profileNames;
    }

    Set<String> blocked() {
        return blocked;
    }

    /**
     * What SQL found in one slice (when read into Java), the households it leaves to CEL, and what it stored and
     * raised itself (when written in SQL): households flagged, signals raised.
     */
    record Evaluated(List<SqlScreener.Flagged> flagged, List<Long> left, int stored, int raised) {
    }

    /**
     * Evaluates the households with ids in [lo, hi] in SQL (on the run's reading thread), in as many parts at once as
     * the run has threads: each part on a connection of its own, so PostgreSQL works on every core that writing the
     * previous slice leaves idle. Parts are joined in id order.
     */
    Evaluated evaluate(long lo, long hi) throws Exception {
        int n = (int) Math.max(1, Math.min(sessions.length, (hi - lo + 1) / 1000));
        long width = (hi - lo) / n + 1;
        List<java.util.concurrent.Future<Evaluated>> others = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int part = i;
            long from = lo + i * width, to = i == n - 1 ? hi : from + width - 1;
            others.add(parts.submit(() -> evaluate(part, from, to)));
        }
        Evaluated first = evaluate(0, lo, n == 1 ? hi : lo + width - 1);
        List<SqlScreener.Flagged> flagged = new ArrayList<>(first.flagged());
        List<Long> left = new ArrayList<>(first.left());
        int stored = first.stored(), raised = first.raised();
        for (var f : others) {
            flagged.addAll(f.get().flagged());
            left.addAll(f.get().left());
            stored += f.get().stored();
            raised += f.get().raised();
        }
        return new Evaluated(flagged, left, stored, raised);
    }

    private Evaluated evaluate(int part, long lo, long hi) throws SQLException {
        List<SqlScreener.Flagged> flagged = new ArrayList<>();
        List<Long> left = new ArrayList<>();
        int stored = 0, raised = 0;
        for (Group g : groups) {
            try {
                if (sessions[part] == null) {
                    sessions[part] = sql.session();
                }
                List<String> villages = whole ? null : g.villages();
                if (run != null) {
                    FoundWriter.Written w = sessions[part].write(g.screener(), g.catalogue(), run, lo, hi, low, high, villages);
                    stored += w.flagged();
                    raised += w.signals();
                    left.addAll(w.undecided());
                    continue;
                }
                SqlScreener.Slice s = sessions[part].evaluate(g.screener(), lo, hi, low, high, villages);
                flagged.addAll(s.flagged());
                left.addAll(s.undecided());
            } catch (SQLException e) {
                // e.g. a double overflowing in PostgreSQL, where Java gives infinity: CEL decides these households
                log.warn("Screening in SQL failed for households {}..{}, evaluated in CEL: {}", lo, hi, e.getMessage());
                left.addAll(ids(lo, hi, g.villages()));
            }
        }
        if (!celVillages.isEmpty()) {
            left.addAll(ids(lo, hi, celVillages));
        }
        return new Evaluated(flagged, left, stored, raised);
    }

    /** The results and clue signals of a slice, with CEL's for the households SQL left. */
    BatchEvaluation.Outcome outcome(Evaluated e) throws Exception {
        BatchEvaluation.Outcome out = new BatchEvaluation.Outcome();
        out.flagged += e.stored();
        out.raised += e.raised();
        for (SqlScreener.Flagged f : e.flagged()) {
            out.flagged++;
            out.results.add(new RunStore.Result(f.householdId(), f.regionCode(), true, false, f.findings()));
            for (Finding finding : f.findings()) {
                out.signals.add(Signals.of(f.householdId(), f.regionCode(), finding, today, label));
            }
        }
        if (!e.left().isEmpty()) {
            out.add(cel.evaluate(loader.load(e.left())));
        }
        return out;
    }

    /** Gives the connection back; call when the run's slices are done (or it failed). */
    @Override
    public void close() {
        parts.shutdownNow();
        for (int i = 0; i < sessions.length; i++) {
            if (sessions[i] != null) {
                try {
                    sessions[i].close();
                } catch (SQLException e) {
                    log.warn("Closing a screening connection: {}", e.getMessage());
                }
                sessions[i] = null;
            }
        }
    }

    private List<Long> ids(long lo, long hi, List<String> villages) {
        return jdbc.sql("select id from household where id between ? and ? and region_code = any(?)")
                .params(lo, hi, villages.toArray(String[]::new)).query(Long.class).list();
    }

    /** The villages per SQL group and in CEL, for the log. */
    Map<String, Integer> shape() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("sqlGroups", groups.size());
        m.put("sqlVillages", groups.stream().mapToInt(g -> g.villages().size()).sum());
        m.put("celVillages", celVillages.size());
        m.put("blocked", blocked.size());
        return m;
    }
}
