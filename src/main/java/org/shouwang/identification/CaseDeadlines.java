package org.shouwang.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.policy.ProfileParameters.Deadline;
import org.shouwang.policy.WorkingDayCalendar;

/**
 * Due dates of a case's steps, each counted from the completion of the step before it in working or calendar days
 * of the county's calendar, and the overall clock from the opening (issue 4, point 2). A step whose start is not yet
 * known (its predecessor is not done) has no due date.
 */
public final class CaseDeadlines {

    /** One step's clock; {@code late} when it was done after its due date. */
    public record StepDue(CaseStep step, String label, LocalDate from, LocalDate due, int days, boolean working,
            LocalDate doneOn, boolean dueSoon, boolean overdue, boolean late) {
    }

    public record Report(LocalDate today, LocalDate openedOn, LocalDate overallDue, boolean overallExceeded,
            List<StepDue> steps, boolean anyOverdue, boolean anyDueSoon) {
    }

    private final DeadlineRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CaseDeadlines(DeadlineRules rules, WorkingDayCalendar calendar, Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Report report(IdentificationCase c) {
        LocalDate today = LocalDate.now(clock);
        List<StepDue> out = new ArrayList<>();
        LocalDate applied = c.doneOn(CaseStep.APPLICATION);
        LocalDate checked = c.doneOn(CaseStep.HOME_CHECK);
        LocalDate reviewed = c.doneOn(CaseStep.DEMOCRATIC_REVIEW);
        LocalDate publicized = c.doneOn(CaseStep.PUBLICITY);
        LocalDate compared = c.doneOn(CaseStep.DATA_COMPARISON);
        LocalDate township = c.doneOn(CaseStep.TOWNSHIP_REVIEW);
        boolean ended = c.state() == CaseState.NOT_INCLUDED;
        out.add(due(CaseStep.HOME_CHECK, applied, checked, today, ended));
        out.add(due(CaseStep.DEMOCRATIC_REVIEW, checked, reviewed, today, ended));
        out.add(due(CaseStep.PUBLICITY, reviewed, publicized, today, ended));
        out.add(due(CaseStep.DATA_COMPARISON, compared != null && (reviewed == null || compared.isBefore(reviewed))
                ? compared : reviewed, compared, today, ended));
        LocalDate bothDone = publicized == null || compared == null ? null
                : publicized.isAfter(compared) ? publicized : compared;
        out.add(due(CaseStep.TOWNSHIP_REVIEW, bothDone, township, today, ended));
        out.add(due(CaseStep.COUNTY_APPROVAL, township, c.doneOn(CaseStep.COUNTY_APPROVAL), today, ended));
        out.add(due(CaseStep.ANNOUNCEMENT, township, c.doneOn(CaseStep.ANNOUNCEMENT), today, ended));
        // A case stored without its opening transition (data loaded from elsewhere) has no overall clock rather than
        // failing every list and the nightly sweep that include it.
        LocalDate opened = c.openedOn();
        LocalDate overallDue = opened == null ? null : add(opened, rules.total());
        LocalDate finished = c.state().closed() && !c.steps().isEmpty()
                ? c.lastStep().at().atZoneSameInstant(clock.getZone()).toLocalDate() : today;
        return new Report(today, opened, overallDue, overallDue != null && finished.isAfter(overallDue), List.copyOf(out),
                out.stream().anyMatch(StepDue::overdue), out.stream().anyMatch(StepDue::dueSoon));
    }

    private StepDue due(CaseStep step, LocalDate from, LocalDate doneOn, LocalDate today, boolean ended) {
        Deadline d = rules.steps().get(step);
        int days = d.days();
        boolean working = Boolean.TRUE.equals(d.working());
        LocalDate due = from == null ? null : add(from, d);
        boolean pending = doneOn == null && due != null && !ended;
        boolean overdue = pending && today.isAfter(due);
        boolean soon = pending && !overdue && !due.isAfter(calendar.addWorkingDays(today, 1));
        boolean late = doneOn != null && due != null && doneOn.isAfter(due);
        return new StepDue(step, step.label(), from, due, days, working, doneOn, soon, overdue, late);
    }

    private LocalDate add(LocalDate from, Deadline d) {
        return Boolean.TRUE.equals(d.working()) ? calendar.addWorkingDays(from, d.days()) : calendar.addCalendarDays(from, d.days());
    }
}
