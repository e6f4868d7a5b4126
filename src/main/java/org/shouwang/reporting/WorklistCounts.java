package org.shouwang.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.reporting.internal.WorklistQueries;
import org.springframework.stereotype.Service;

/**
 * Due-soon and overdue work counted per township (or per village of a township), whoever it belongs to, so a township
 * or the county sees where deadlines slip (issue 4, point 2).
 */
@Service
public class WorklistCounts {

    /** Computed kinds are counted from their lists, capped far above any real county's backlog. */
    static final int CAP = 100_000;

    public record Tally(int overdue, int dueSoon) {
    }

    public record Row(String regionCode, String regionName, Tally cases, Tally follow, Tally contactPersons,
            Tally measures, Tally clues, int overdue, int dueSoon) {
    }

    public record Counts(String regionCode, String regionName, LocalDate today, List<Row> rows, Row total) {
    }

    private final WorklistQueries queries;
    private final Worklist worklist;
    private final Clock clock;

    WorklistCounts(WorklistQueries queries, Worklist worklist, Clock clock) {
        this.queries = queries;
        this.worklist = worklist;
        this.clock = clock;
    }

    public Counts counts(String region, CurrentUser user) {
        ReportScope scope = ReportScope.of(region, user);
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> byRow = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] r : scope.rowLevel() == scope.region().level()
                ? List.<String[]>of(new String[] {scope.region().value(), name(scope.region().value())})
                : queries.regions(scope.low(), scope.high(), scope.rowLevel())) {
            names.put(r[0], r[1]);
            byRow.put(r[0], new int[10]);
        }
        for (WorklistQueries.DueCount c : queries.dueCounts(scope.low(), scope.high(), scope.rowPrefix())) {
            int[] n = row(byRow, scope.rowOf(c.prefix() + "0".repeat(12 - c.prefix().length())));
            int at = "case".equals(c.kind()) ? 0 : 2;
            n[at] += c.overdue();
            n[at + 1] += c.dueSoon();
        }
        List<List<WorkItem>> computed = worklist.computed(scope.low(), scope.high(), today, CAP);
        for (int k = 0; k < computed.size(); k++) {
            for (WorkItem i : computed.get(k)) {
                row(byRow, scope.rowOf(i.regionCode()))[4 + 2 * k + (i.overdue() ? 0 : 1)]++;
            }
        }
        int[] sum = new int[10];
        List<Row> rows = byRow.entrySet().stream().map(e -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e.getValue()[i];
            }
            return row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue());
        }).toList();
        String own = scope.region().value();
        return new Counts(own, name(own), today, rows, row(own, name(own), sum));
    }

    private String name(String code) {
        return queries.regionName(code).orElse(code);
    }

    private static int[] row(Map<String, int[]> byRow, String code) {
        return byRow.computeIfAbsent(code, k -> new int[10]);
    }

    private static Row row(String code, String name, int[] n) {
        int overdue = n[0] + n[2] + n[4] + n[6] + n[8];
        int soon = n[1] + n[3] + n[5] + n[7] + n[9];
        return new Row(code, name, new Tally(n[0], n[1]), new Tally(n[2], n[3]), new Tally(n[4], n[5]),
                new Tally(n[6], n[7]), new Tally(n[8], n[9]), overdue, soon);
    }
}
