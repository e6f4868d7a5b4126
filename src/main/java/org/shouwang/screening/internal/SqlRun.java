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

    private record Group(SqlScreener screener, List<String> villages) {
    }

    private final SqlScreening sql;
    private SqlScreening.Session session;
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

    SqlRun(SqlScreening sql, Screeners screeners, HouseholdLoader loader, BatchEvaluation cel, JdbcClient jdbc,
            String low, String high, LocalDate asOf, LocalDate today, String label) {
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
        byForm.forEach((form, list) -> groups.add(new Group(form, list)));
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

    /** What SQL found in one slice, and the households it leaves to CEL. */
    record Evaluated(List<SqlScreener.Flagged> flagged, List<Long> left) {
    }

    /** Evaluates the households with ids in [lo, hi] in SQL (on the run's reading thread). */
    Evaluated evaluate(long lo, long hi) throws SQLException {
        List<SqlScreener.Flagged> flagged = new ArrayList<>();
        List<Long> left = new ArrayList<>();
        for (Group g : groups) {
            try {
                if (session == null) {
                    session = sql.session();
                }
                SqlScreener.Slice s = session.evaluate(g.screener(), lo, hi, low, high, whole ? null : g.villages());
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
        return new Evaluated(flagged, left);
    }

    /** The results and clue signals of a slice, with CEL's for the households SQL left. */
    BatchEvaluation.Outcome outcome(Evaluated e) throws Exception {
        BatchEvaluation.Outcome out = new BatchEvaluation.Outcome();
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
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                log.warn("Closing the screening connection: {}", e.getMessage());
            }
            session = null;
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
