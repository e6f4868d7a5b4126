package org.shouwang.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileParameters.Deadline;
import org.shouwang.policy.WorkingDayCalendar;
import org.shouwang.policy.WorkingDays;

/**
 * Due dates of clocks that no table stores (contact person, 5/10/30 days from a clue): the profile in force for the
 * household's township on the day the clock started, counted on the county's working-day calendar. One instance per
 * report: it remembers what it looked up, and when a township's profile chain is the same at both ends of the period it
 * reuses that profile for every day in between instead of resolving one per day. (A profile in force only strictly
 * inside the period, starting after its first day and ending before its last, would be missed; profiles run for
 * years, so a report is not worth a lookup per township and day for that.)
 */
public final class DeadlineClock {

    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, java.util.Optional<PolicyProfile>> steady = new HashMap<>();
    private final Map<String, PolicyProfile> byDay = new HashMap<>();
    private final Map<String, WorkingDayCalendar> calendars = new HashMap<>();

    public DeadlineClock(PolicyProfiles profiles, WorkingDays workingDays, LocalDate from, LocalDate to) {
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.from = from;
        this.to = to;
    }

    /** The day a clock of profile step {@code step} that started on {@code start} in {@code regionCode} runs out. */
    public LocalDate due(String regionCode, LocalDate start, String step, Deadline fallback) {
        Deadline d = profile(regionCode, start).step(step, fallback);
        WorkingDayCalendar calendar = calendars.computeIfAbsent(WorkingDays.countyOf(regionCode), workingDays::forRegion);
        int days = d.days() == null ? fallback.days() : d.days();
        return Boolean.TRUE.equals(d.working()) ? calendar.addWorkingDays(start, days) : calendar.addCalendarDays(start, days);
    }

    private PolicyProfile profile(String regionCode, LocalDate day) {
        // Profiles attach down to townships; villages have none, so a township's answer serves its villages.
        String township = regionCode.substring(0, 9) + "000";
        if (!day.isBefore(from) && !day.isAfter(to)) {
            var same = steady.computeIfAbsent(township, this::steadyProfile);
            if (same.isPresent()) {
                return same.get();
            }
        }
        return byDay.computeIfAbsent(township + "@" + day, k -> profiles.inForce(township, day));
    }

    /** The township's profile when the same chain is in force on the first and last day of the period. */
    private java.util.Optional<PolicyProfile> steadyProfile(String township) {
        PolicyProfile first = profiles.inForce(township, from);
        PolicyProfile last = profiles.inForce(township, to);
        return ids(first).equals(ids(last)) ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    private static List<Long> ids(PolicyProfile p) {
        return p.chain().stream().map(PolicyProfile.ProfileRef::id).toList();
    }

    public static Deadline calendarDays(int days) {
        return new Deadline(days, false);
    }

    public static Deadline workingDays(int days) {
        return new Deadline(days, true);
    }
}
