package org.shouwang.elimination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.elimination.internal.EliminationStore;
import org.shouwang.elimination.internal.RequestStore;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Lists eliminations and requests in a user's scope (or a region inside it), newest first, capped. */
@Service
public class EliminationSearch {

    static final int LIMIT = 500;

    public record Summary(long id, long householdId, String householdNo, String headName, String regionCode,
            String villageName, EliminationMethod method, String methodLabel, EliminationState state, String stateLabel,
            LocalDate proposedOn, LocalDate eliminatedOn, LocalDate nextDue, String nextDueStepLabel, String dueState) {
    }

    private final EliminationStore cases;
    private final RequestStore requests;
    private final Eliminations eliminations;
    private final EliminationRequests requestService;
    private final Monitoring monitoring;
    private final Regions regions;
    private final Clock clock;

    EliminationSearch(EliminationStore cases, RequestStore requests, Eliminations eliminations, EliminationRequests requestService,
            Monitoring monitoring, Regions regions, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.eliminations = eliminations;
        this.requestService = requestService;
        this.monitoring = monitoring;
        this.regions = regions;
        this.clock = clock;
    }

    public List<Summary> cases(String region, EliminationState state, Long householdId, CurrentUser user) {
        RegionCode scope = scope(region, user);
        Map<String, String> names = new HashMap<>();
        return cases.search(scope.low(), scope.high(), state == null ? List.of() : List.of(state.name()), householdId, LIMIT)
                .stream().map(r -> cases.load(r, clock, 0)).map(c -> {
                    EliminationDeadlines.Report d = eliminations.deadlines(c);
                    // One lookup per row; the list is capped, so the page can name the household.
                    Monitoring.Household h = monitoring.find(c.householdId()).orElse(null);
                    return new Summary(c.id(), c.householdId(), h == null ? null : h.householdNo(),
                            h == null ? null : h.headName(), c.regionCode(), name(c.regionCode(), names), c.method(),
                            c.method().label(), c.state(), c.state().label(), c.proposedOn(), c.eliminatedOn(),
                            d.next() == null ? null : d.next().due(), d.next() == null ? null : d.next().label(),
                            c.state().closed() ? null : d.dueState().name());
                }).toList();
    }

    public List<EliminationRequests.Detail> requests(String region, RequestState state, Long householdId, CurrentUser user) {
        RegionCode scope = scope(region, user);
        return requests.search(scope.low(), scope.high(), state == null ? List.of() : List.of(state.name()), householdId, LIMIT)
                .stream().map(requestService::detail).toList();
    }

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

    private String name(String code, Map<String, String> names) {
        return names.computeIfAbsent(code, k -> regions.byCode(k).map(Regions.Region::name).orElse(k));
    }
}
