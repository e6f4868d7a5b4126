package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.assistance.internal.AssistedHouseholds;
import org.shouwang.assistance.internal.MeasureMatches;
import org.shouwang.assistance.internal.PlanRules;
import org.shouwang.assistance.internal.PlanStore;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.shared.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Everything an official must see about a household's assistance in one list, each with its reason: contact persons
 * named in time, every risk answered by a measure of a matching category (table: {@link MeasureMatches}), 开发式帮扶
 * for a household with labour or 综合保障 for one without, and measures set within the plan's days.
 */
@Service
public class PlanChecks {

    /**
     * @param developmentDelivered 已实施开发式帮扶: a development-type measure has been delivered
     * @param started              false when the household has no plan yet (then only the reason is given)
     */
    public record Report(boolean started, String reason, List<PlanCheck> checks, boolean developmentDelivered,
            String developmentReason, LocalDate contactDue, LocalDate measuresDue, int needingAction) {
    }

    private final Plans plans;
    private final ContactPersons contacts;
    private final PlanStore store;
    private final AssistedHouseholds households;
    private final PolicyProfiles profiles;
    private final Clock clock;

    PlanChecks(Plans plans, ContactPersons contacts, PlanStore store,
            AssistedHouseholds households, PolicyProfiles profiles, Clock clock) {
        this.plans = plans;
        this.contacts = contacts;
        this.store = store;
        this.households = households;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Report of(long householdId, CurrentUser user) {
        var h = households.find(householdId).filter(x -> user.covers(x.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("该户"));
        var plan = store.ofHousehold(householdId).orElse(null);
        if (plan == null) {
            return new Report(false, "该户尚未建立帮扶计划：纳入监测或启动绿色通道后自动建立，也可由村级经办员手工建立", List.of(),
                    false, "尚未建立帮扶计划", null, null, 0);
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanCheck> out = new ArrayList<>(contacts.of(householdId, user).checks());
        var matches = MeasureMatches.withOverrides(profiles.inForce(h.regionCode(), today).parameters().labels());
        List<PlanRules.Measure> measures = store.measures(plan.id()).stream().map(m -> new PlanRules.Measure(m.entry().item(),
                m.entry().category(), m.entry().status(), m.entry().riskTypes(),
                m.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate())).toList();
        var outcome = PlanRules.check(new PlanRules.Facts(plans.risks(householdId, plan), households.workers(householdId),
                measures, plan.measuresDue()), matches, today);
        out.addAll(outcome.checks());
        return new Report(true, null, List.copyOf(out), outcome.developmentDelivered(), outcome.developmentReason(),
                plan.contactDue(), plan.measuresDue(), (int) out.stream().filter(c -> c.result().needsAction()).count());
    }
}
