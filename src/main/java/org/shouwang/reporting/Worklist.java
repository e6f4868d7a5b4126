package org.shouwang.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.identification.CaseStep;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.WorkingDays;
import org.shouwang.reporting.internal.DeadlineClock;
import org.shouwang.reporting.internal.WorklistQueries;
import org.springframework.stereotype.Service;

/**
 * 我的待办 (issue 4, point 2): what the signed-in user must do soon or is late with. Cases and schedules carry the due
 * state the sweeps keep; the contact-person clock is computed here from the profile and the calendar, since no table
 * stores it. Who gets what follows who may act: village steps the village's clerks and grid workers, the township review
 * the township reviewer, county approval and announcement the county; visits and income registrations the contact
 * person and the village; contact persons, measures and overdue clues the village clerk and the township reviewer.
 */
@Service
public class Worklist {

    /** Per kind at most this many items; the list says when it was cut. */
    static final int LIMIT = 500;

    public record Mine(LocalDate today, int total, int overdue, int dueSoon, boolean truncated, List<WorkItem> items) {
    }

    public record Summary(int total, int overdue, int dueSoon) {
    }

    static final Set<Role> VILLAGE = EnumSet.of(Role.VILLAGE_CLERK, Role.GRID_WORKER);
    static final Set<Role> SUPERVISORS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER);
    static final Map<Role, List<CaseStep>> CASE_STEPS = Map.of(
            Role.VILLAGE_CLERK, villageSteps(), Role.GRID_WORKER, villageSteps(),
            Role.TOWNSHIP_REVIEWER, List.of(CaseStep.TOWNSHIP_REVIEW),
            Role.COUNTY_REVIEWER, List.of(CaseStep.COUNTY_APPROVAL, CaseStep.ANNOUNCEMENT),
            Role.COUNTY_ADMIN, List.of(CaseStep.COUNTY_APPROVAL, CaseStep.ANNOUNCEMENT));

    private static List<CaseStep> villageSteps() {
        return List.of(CaseStep.APPLICATION, CaseStep.HOME_CHECK, CaseStep.DEMOCRATIC_REVIEW, CaseStep.PUBLICITY,
                CaseStep.DATA_COMPARISON);
    }

    private final WorklistQueries queries;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final Clock clock;

    Worklist(WorklistQueries queries, PolicyProfiles profiles, WorkingDays workingDays, Clock clock) {
        this.queries = queries;
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Mine mine(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        String low = user.scope().low();
        String high = user.scope().high();
        List<List<WorkItem>> parts = new ArrayList<>();
        List<CaseStep> steps = CASE_STEPS.getOrDefault(user.role(), List.of());
        if (!steps.isEmpty()) {
            parts.add(queries.cases(low, high, steps.stream().map(Enum::name).toList(), LIMIT).stream()
                    .map(c -> WorkItems.of(c, today)).toList());
        }
        var follow = VILLAGE.contains(user.role()) ? queries.followOfRegion(low, high, LIMIT)
                : queries.followOfContact(user.username(), low, high, LIMIT);
        parts.add(follow.stream().map(f -> WorkItems.of(f, today)).toList());
        if (SUPERVISORS.contains(user.role())) {
            parts.addAll(computed(low, high, today, LIMIT));
        }
        return collect(today, parts);
    }

    public Summary summary(CurrentUser user) {
        Mine m = mine(user);
        return new Summary(m.total(), m.overdue(), m.dueSoon());
    }

    /** Contact persons, measures and clues: due dates that are compared here, not kept in a due-state column. */
    List<List<WorkItem>> computed(String low, String high, LocalDate today, int limit) {
        LocalDate soon = workingDays.forRegion(low).addWorkingDays(today, WorkItems.DUE_SOON_WORKING_DAYS);
        DeadlineClock clocks = new DeadlineClock(profiles, workingDays, today, today);
        String zone = clock.getZone().getId();
        List<WorkItem> contacts = queries.withoutContactPerson(low, high, zone, limit).stream()
                .filter(h -> h.identifiedOn() != null)
                .map(h -> WorkItems.contact(h, clocks.due(h.regionCode(), h.identifiedOn(), "CONTACT_PERSON",
                        DeadlineClock.workingDays(5)), today))
                .filter(i -> !i.dueOn().isAfter(soon)).toList();
        List<WorkItem> measures = queries.withoutMeasures(low, high, soon, limit).stream()
                .map(h -> WorkItems.measures(h, today)).toList();
        List<WorkItem> clues = queries.clues(low, high, soon, limit).stream().map(k -> WorkItems.of(k, today)).toList();
        return List.of(contacts, measures, clues);
    }

    private static Mine collect(LocalDate today, List<List<WorkItem>> parts) {
        boolean truncated = parts.stream().anyMatch(p -> p.size() >= LIMIT);
        List<WorkItem> items = parts.stream().flatMap(List::stream)
                .sorted(Comparator.comparing(WorkItem::overdueDays).reversed()
                        .thenComparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::kind).thenComparing(WorkItem::refId))
                .toList();
        int overdue = (int) items.stream().filter(WorkItem::overdue).count();
        return new Mine(today, items.size(), overdue, items.size() - overdue, truncated, items);
    }
}
