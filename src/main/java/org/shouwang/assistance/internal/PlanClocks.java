package org.shouwang.assistance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileParameters.Deadline;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.policy.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts (or restarts) a household's plan and its two clocks from the day assistance begins: identification
 * announced, 绿色通道 opened, or a clerk starting it by hand. Contact persons are due the profile's CONTACT_PERSON step
 * later (5 working days by default), measures the MEASURES step later (10 calendar days), counted on the county's
 * working-day calendar under the profile in force that day.
 */
@Component
public class PlanClocks {

    /** The plan's defaults where no profile states the steps ([004] 三(四)). */
    static final Deadline CONTACT_DEFAULT = new Deadline(5, true);
    static final Deadline MEASURES_DEFAULT = new Deadline(10, false);

    public record Dues(LocalDate contact, LocalDate measures) {
    }

    private final PlanStore plans;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final ChangeLog log;

    PlanClocks(PlanStore plans, PolicyProfiles profiles, WorkingDays workingDays, ChangeLog log) {
        this.plans = plans;
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.log = log;
    }

    public Dues dues(String regionCode, LocalDate from) {
        PolicyProfile p = profiles.inForce(regionCode, from);
        WorkingDayCalendar calendar = workingDays.forRegion(regionCode);
        return new Dues(add(calendar, from, p.step("CONTACT_PERSON", CONTACT_DEFAULT)),
                add(calendar, from, p.step("MEASURES", MEASURES_DEFAULT)));
    }

    /**
     * Identification announced: a new plan, or for a household identified again after elimination (风险再标注) the
     * same plan with fresh clocks. A plan the 绿色通道 or a clerk started earlier keeps its earlier clocks.
     */
    @Transactional
    public void identified(long caseId, long householdId, String regionCode, List<String> risks, LocalDate on,
            boolean reMarked, String actor) {
        var existing = plans.ofHousehold(householdId);
        if (existing.isEmpty()) {
            start(caseId, householdId, regionCode, risks, on, actor);
        } else if (reMarked) {
            Dues d = dues(regionCode, on);
            plans.restart(existing.get().id(), caseId, on, d.contact(), d.measures(), risks);
            log.record(householdId, "PLAN", existing.get().id(), "RESTARTED", existing.get(),
                    Map.of("caseId", caseId, "startedOn", on, "contactDue", d.contact(), "measuresDue", d.measures()), actor);
        } else if (existing.get().caseId() == null) {
            plans.attachCase(existing.get().id(), caseId, risks);
        }
    }

    /** Starts the plan unless the household has one; answers whether it did. */
    @Transactional
    public boolean start(Long caseId, long householdId, String regionCode, List<String> risks, LocalDate on, String actor) {
        Dues d = dues(regionCode, on);
        if (!plans.insert(householdId, caseId, on, d.contact(), d.measures(), risks, actor)) {
            return false;
        }
        var plan = plans.ofHousehold(householdId).orElseThrow();
        log.record(householdId, "PLAN", plan.id(), "CREATED", null, plan, actor);
        return true;
    }

    private static LocalDate add(WorkingDayCalendar calendar, LocalDate from, Deadline d) {
        return Boolean.TRUE.equals(d.working()) ? calendar.addWorkingDays(from, d.days()) : calendar.addCalendarDays(from, d.days());
    }
}
