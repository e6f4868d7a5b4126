package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each followed household's two schedules (one VISIT, one INCOME) in line with {@link FollowRules} and the
 * profile in force. {@link #refresh(long)} serves one household (on identification, and for elimination later);
 * {@link #rebuildAll()} the whole database in set-based SQL. A recorded visit or income registration moves the
 * matching schedule's next due date.
 */
@Component
public class Schedules {

    private final ScheduleStore store;
    private final ScheduleRebuild rebuild;
    private final FollowProfiles profiles;
    private final Clock clock;

    Schedules(ScheduleStore store, ScheduleRebuild rebuild, FollowProfiles profiles, Clock clock) {
        this.store = store;
        this.rebuild = rebuild;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Recomputes the household's schedules from its status today; a household no longer followed has them stopped. */
    @Transactional
    public List<FollowRules.Plan> refresh(long householdId) {
        return refresh(householdId, null);
    }

    /**
     * As {@link #refresh(long)}, with the day following-up (re)started, e.g. the identification's announcement: the
     * home check of the procedure counts as the last contact, so a newly monitored household is not overdue at once.
     */
    @Transactional
    public List<FollowRules.Plan> refresh(long householdId, LocalDate restartedOn) {
        LocalDate today = LocalDate.now(clock);
        ScheduleStore.Facts f = store.facts(householdId)
                .orElseThrow(() -> new IllegalArgumentException("no household " + householdId));
        FollowSettings s = settings(f.regionCode(), today);
        boolean away = FollowRules.longAbsent(store.presence(householdId), f.countyName(), s.longAbsentMonths());
        List<FollowRules.Plan> plans = FollowRules.plans(new FollowRules.Household(f.status(), f.type(), away), s);
        Map<FollowKind, ScheduleStore.Row> existing = store.rows(householdId).stream()
                .collect(Collectors.toMap(ScheduleStore.Row::kind, Function.identity()));
        for (FollowRules.Plan plan : plans) {
            ScheduleStore.Row row = existing.get(plan.kind());
            LocalDate last = plan.kind() == FollowKind.VISIT ? store.lastVisit(householdId) : store.lastIncomeEnd(householdId);
            LocalDate due = next(plan, row, last, restartedOn, today, s);
            store.upsert(householdId, f.regionCode(), plan, last, due, FollowRules.state(due, today, s.dueSoonDays()), today);
        }
        store.deactivateExcept(householdId, plans.stream().map(FollowRules.Plan::kind).toList());
        return plans;
    }

    /** An unchanged schedule keeps its due date; a new or changed one counts from the last time it was done. */
    private static LocalDate next(FollowRules.Plan plan, ScheduleStore.Row row, LocalDate last, LocalDate restartedOn,
            LocalDate today, FollowSettings s) {
        boolean unchanged = row != null && row.active() && row.everyMonths() == plan.everyMonths()
                && java.util.Objects.equals(row.lastDone(), last);
        if (unchanged && restartedOn == null) {
            return row.nextDue();
        }
        if (plan.kind() == FollowKind.VISIT) {
            LocalDate anchor = last == null ? (restartedOn == null ? today : restartedOn)
                    : restartedOn != null && restartedOn.isAfter(last) ? restartedOn : last;
            return FollowRules.visitDue(anchor, plan.everyMonths());
        }
        LocalDate lastEnd = restartedOn != null && last != null && last.isBefore(restartedOn) ? null : last;
        return FollowRules.incomeDue(lastEnd, restartedOn == null ? today : restartedOn, plan.everyMonths(),
                s.incomeGraceDays());
    }

    /** Recomputes every household's schedules, township by township (each with its own profile), in set-based SQL. */
    public int rebuildAll() {
        return rebuild.all(LocalDate.now(clock));
    }

    /** A visit that reached the household on {@code day} moves its VISIT schedule (a late entry never moves it back). */
    void visited(long householdId, LocalDate day) {
        move(householdId, FollowKind.VISIT, day);
    }

    /** A registration moves the INCOME schedule to the period after the latest registered one. */
    void incomeRegistered(long householdId) {
        move(householdId, FollowKind.INCOME, store.lastIncomeEnd(householdId));
    }

    private void move(long householdId, FollowKind kind, LocalDate done) {
        LocalDate today = LocalDate.now(clock);
        for (ScheduleStore.Row row : store.rows(householdId)) {
            if (row.kind() != kind || !row.active() || done == null
                    || (row.lastDone() != null && !done.isAfter(row.lastDone()))) {
                continue;
            }
            FollowSettings s = settings(store.facts(householdId).orElseThrow().regionCode(), today);
            LocalDate due = kind == FollowKind.VISIT ? FollowRules.visitDue(done, row.everyMonths())
                    : FollowRules.incomeDue(done, today, row.everyMonths(), s.incomeGraceDays());
            store.done(row.id(), done, due, FollowRules.state(due, today, s.dueSoonDays()), today);
        }
    }

    private FollowSettings settings(String regionCode, LocalDate day) {
        return profiles.settings(regionCode, day);
    }
}
