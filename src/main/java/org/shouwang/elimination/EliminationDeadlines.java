package org.shouwang.elimination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters.Deadline;
import org.shouwang.policy.WorkingDayCalendar;

/**
 * Due dates of an elimination's steps, each counted from the day the step before it was done, in working or calendar
 * days of the county's calendar. Profile keys ELIM_HOME_CHECK, ELIM_DEMOCRATIC_REVIEW, ELIM_PUBLICITY,
 * ELIM_TOWNSHIP_REVIEW and ELIM_COUNTY_APPROVAL; where a profile is silent, identification's numbers (seeds/004 三(三):
 * 2, 2, 5, 3, 3 days) apply, since the plans give the elimination procedure the same shape. Approval and announcement
 * share one clock, as in identification.
 */
public final class EliminationDeadlines {

    public enum DueState { OK, DUE_SOON, OVERDUE }

    public record StepDue(EliminationStep step, String label, LocalDate from, LocalDate due, int days, boolean working,
            LocalDate doneOn, boolean dueSoon, boolean overdue, boolean late) {
    }

    /** {@code next} is the pending step with a due date, or null when nothing is pending. */
    public record Report(LocalDate today, List<StepDue> steps, StepDue next, DueState dueState) {
    }

    private final Map<EliminationStep, Deadline> rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public EliminationDeadlines(Map<EliminationStep, Deadline> rules, WorkingDayCalendar calendar, Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    public static Map<EliminationStep, Deadline> rules(PolicyProfile profile) {
        Map<EliminationStep, Deadline> m = new LinkedHashMap<>();
        m.put(EliminationStep.HOME_CHECK, profile.step("ELIM_HOME_CHECK", calendar(2)));
        m.put(EliminationStep.DEMOCRATIC_REVIEW, profile.step("ELIM_DEMOCRATIC_REVIEW", calendar(2)));
        m.put(EliminationStep.PUBLICITY, profile.step("ELIM_PUBLICITY", calendar(5)));
        m.put(EliminationStep.TOWNSHIP_REVIEW, profile.step("ELIM_TOWNSHIP_REVIEW", calendar(3)));
        m.put(EliminationStep.COUNTY_APPROVAL, profile.step("ELIM_COUNTY_APPROVAL", calendar(3)));
        m.put(EliminationStep.ANNOUNCEMENT, m.get(EliminationStep.COUNTY_APPROVAL));
        return m;
    }

    public Report report(EliminationCase c) {
        LocalDate today = LocalDate.now(clock);
        boolean ended = c.state() == EliminationState.REJECTED;
        List<StepDue> out = new ArrayList<>();
        LocalDate previous = c.proposedOn();
        LocalDate townshipDone = c.doneOn(EliminationStep.TOWNSHIP_REVIEW);
        for (EliminationStep step : rules.keySet()) {
            LocalDate from = step == EliminationStep.ANNOUNCEMENT ? townshipDone : previous;
            LocalDate done = c.doneOn(step);
            out.add(due(step, from, done, today, ended));
            previous = done;
        }
        StepDue next = out.stream().filter(s -> s.doneOn() == null && s.due() != null && !ended).findFirst().orElse(null);
        DueState state = out.stream().anyMatch(StepDue::overdue) ? DueState.OVERDUE
                : out.stream().anyMatch(StepDue::dueSoon) ? DueState.DUE_SOON : DueState.OK;
        return new Report(today, List.copyOf(out), next, state);
    }

    private StepDue due(EliminationStep step, LocalDate from, LocalDate doneOn, LocalDate today, boolean ended) {
        Deadline d = rules.get(step);
        boolean working = Boolean.TRUE.equals(d.working());
        LocalDate due = from == null ? null
                : working ? calendar.addWorkingDays(from, d.days()) : calendar.addCalendarDays(from, d.days());
        boolean pending = doneOn == null && due != null && !ended;
        boolean overdue = pending && today.isAfter(due);
        boolean soon = pending && !overdue && !due.isAfter(calendar.addWorkingDays(today, 1));
        boolean late = doneOn != null && due != null && doneOn.isAfter(due);
        return new StepDue(step, step.label(), from, due, d.days(), working, doneOn, soon, overdue, late);
    }

    static Deadline calendar(int days) {
        return new Deadline(days, false);
    }
}
