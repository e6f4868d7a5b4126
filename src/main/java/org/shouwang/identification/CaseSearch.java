package org.shouwang.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.identification.internal.CaseStore;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Lists the cases in a user's scope with their clocks. Deadlines depend on the profile and the calendar, so they are
 * computed here rather than in SQL; the list is capped, and the county-wide sweep is a later task (issue 4, point 14).
 */
@Service
public class CaseSearch {

    static final int LIMIT = 500;

    public record Summary(long id, long householdId, String regionCode, CaseState state, String stateLabel,
            LocalDate openedOn, LocalDate overallDue, boolean overallExceeded, boolean overdue, boolean dueSoon,
            int version, String householdNo, String headName, String villageName, boolean greenChannel,
            boolean informPending) {
    }

    /** Open cases of one township and how many of them are late or nearly so. */
    public record TownshipCount(String townshipCode, String townshipName, int open, int overdue, int dueSoon) {
    }

    private final CaseStore store;
    private final Cases cases;
    private final Clock clock;
    private final Monitoring monitoring;
    private final Regions regions;

    CaseSearch(CaseStore store, Cases cases, Clock clock, Monitoring monitoring, Regions regions) {
        this.regions = regions;
        this.store = store;
        this.cases = cases;
        this.clock = clock;
        this.monitoring = monitoring;
    }

    /** The cases of one household (newest first), for the link from its clue; 404 when it is outside the scope. */
    public List<Summary> ofHousehold(long householdId, CurrentUser user) {
        Monitoring.Household h = monitoring.find(householdId).filter(x -> user.covers(x.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("农户"));
        return search(h.regionCode(), null, false, user).stream().filter(s -> s.householdId() == householdId).toList();
    }

    public List<Summary> search(String region, CaseState state, boolean overdueOnly, CurrentUser user) {
        return search(region, state, overdueOnly, false, user);
    }

    public List<Summary> search(String region, CaseState state, boolean overdueOnly, boolean greenChannelOnly,
            CurrentUser user) {
        RegionCode scope = scope(region, user);
        List<String> states = state == null ? List.of() : List.of(state.name());
        var names = new java.util.HashMap<String, String>();
        return store.search(scope.low(), scope.high(), states, greenChannelOnly, LIMIT).stream()
                .map(r -> store.load(r, clock, 0))
                .map(c -> {
                    CaseDeadlines.Report d = cases.deadlines(c);
                    // One lookup per row; the list is capped at LIMIT, so the list page can name the household.
                    Monitoring.Household h = monitoring.find(c.householdId()).orElse(null);
                    return new Summary(c.id(), c.householdId(), c.regionCode(), c.state(), c.state().label(), d.openedOn(),
                            d.overallDue(), d.overallExceeded(), d.anyOverdue() || (d.overallExceeded() && !c.state().closed()),
                            d.anyDueSoon(), c.version(), h == null ? null : h.householdNo(),
                            h == null ? null : h.headName(), name(c.regionCode(), names), c.greenChannel(),
                            c.informPending());
                })
                .filter(s -> !overdueOnly || s.overdue())
                .toList();
    }

    /** Open cases per township in the user's scope (or the region given), for the township comparison. */
    public List<TownshipCount> countsByTownship(String region, CurrentUser user) {
        var byTownship = new java.util.TreeMap<String, int[]>();
        for (Summary s : search(region, null, false, user)) {
            if (s.state().closed()) {
                continue;
            }
            int[] n = byTownship.computeIfAbsent(s.regionCode().substring(0, 9) + "000", k -> new int[3]);
            n[0]++;
            n[1] += s.overdue() ? 1 : 0;
            n[2] += s.dueSoon() ? 1 : 0;
        }
        return byTownship.entrySet().stream()
                .map(e -> new TownshipCount(e.getKey(), name(e.getKey(), new java.util.HashMap<>()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2])).toList();
    }

    /** The user's scope, or the region asked for within it (400 when malformed, 404 when outside). */
    static RegionCode scope(String region, CurrentUser user) {
        if (region == null || region.isBlank()) {
            return user.scope();
        }
        if (!RegionCode.isValid(region.strip())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "地区代码须为 12 位统计用区划代码");
        }
        if (!user.covers(region.strip())) {
            throw ProblemException.notFound("地区");
        }
        return new RegionCode(region.strip());
    }

    /** A region's name, looked up once per listing (a list holds few distinct villages). */
    private String name(String code, java.util.Map<String, String> names) {
        return names.computeIfAbsent(code, k -> regions.byCode(k).map(Regions.Region::name).orElse(k));
    }
}
