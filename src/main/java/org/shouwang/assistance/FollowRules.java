package org.shouwang.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringStatus;

/**
 * Who is followed up how often (issue 4 point 7), as plain rules with their reasons:
 * <ul>
 * <li>[004] 跟踪回访: contact persons and grid workers visit unresolved monitored households (风险未消除) at least
 * monthly, by phone or network when they are away; other households (脱贫户, households whose risk is eliminated)
 * at least quarterly; long-absent households are contacted at least quarterly, by phone.</li>
 * <li>[003] 收入监测: income is registered monthly for monitored households and quarterly for 脱贫户; households whose
 * risk is eliminated stay on the quarterly rhythm during the 过渡期 (DOMAIN.md 4.4, "data updated periodically").</li>
 * <li>[001] a cadre visits at most 20 households a day, 35 at big relocation sites.</li>
 * </ul>
 * A monitored household that is long absent keeps the monthly rhythm (the monitored rule is the stricter one and says
 * "by phone if away"); only its mode becomes PHONE. The SQL of {@link Schedules#rebuildAll()} mirrors these rules.
 */
public final class FollowRules {

    private FollowRules() {
    }

    /** The facts the rules read about a household. */
    public record Household(MonitoringStatus status, HouseholdType type, boolean longAbsent) {
    }

    /** One schedule a household should have. */
    public record Plan(FollowKind kind, int everyMonths, VisitMode mode, String reason) {
    }

    /** Where a member works: {@code workMonths} a year at {@code workPlace} (both from the registry). */
    public record Presence(String workPlace, Integer workMonths) {
    }

    /** The schedules the household should have; empty when it is not followed up (then its rows become inactive). */
    public static List<Plan> plans(Household h, FollowSettings s) {
        VisitMode mode = h.longAbsent() ? VisitMode.PHONE : VisitMode.IN_PERSON;
        String away = h.longAbsent() ? "；全户长期外出，电话或网络联系" : "";
        if (h.status() == MonitoringStatus.RISK_ACTIVE) {
            return List.of(
                    new Plan(FollowKind.VISIT, s.monitoredVisitMonths(), mode,
                            "风险未消除的监测对象" + every(s.monitoredVisitMonths()) + "走访" + away),
                    new Plan(FollowKind.INCOME, s.monitoredIncomeMonths(), VisitMode.IN_PERSON,
                            "监测对象" + every(s.monitoredIncomeMonths()) + "登记收入"));
        }
        String who;
        if (h.status() == MonitoringStatus.RISK_ELIMINATED) {
            who = "风险已消除的监测对象";
        } else if (h.type() == HouseholdType.POVERTY_ALLEVIATED && h.status() != MonitoringStatus.REMOVED) {
            who = "脱贫户";
        } else {
            return List.of();
        }
        return List.of(
                new Plan(FollowKind.VISIT, s.othersVisitMonths(), mode, who + every(s.othersVisitMonths()) + "走访" + away),
                new Plan(FollowKind.INCOME, s.othersIncomeMonths(), VisitMode.IN_PERSON,
                        who + every(s.othersIncomeMonths()) + "登记收入"));
    }

    static String every(int months) {
        return switch (months) {
            case 1 -> "每月";
            case 3 -> "每季度";
            case 12 -> "每年";
            default -> "每" + months + "个月";
        };
    }

    /**
     * 长期外出: every current member works outside the county (a work place that names neither the county nor
     * 本县/县内/本地) for at least {@code months} months a year. A household without members is not absent.
     */
    public static boolean longAbsent(List<Presence> members, String countyName, int months) {
        if (members.isEmpty()) {
            return false;
        }
        for (Presence m : members) {
            if (m.workMonths() == null || m.workMonths() < months || !outside(m.workPlace(), countyName)) {
                return false;
            }
        }
        return true;
    }

    /** Words that put a work place inside the county; the SQL of the rebuild uses the same list. */
    static final List<String> INSIDE_WORDS = List.of("本县", "县内", "本地");

    static boolean outside(String workPlace, String countyName) {
        if (workPlace == null || workPlace.isBlank()) {
            return false;
        }
        if (countyName != null && !countyName.isBlank() && workPlace.contains(countyName)) {
            return false;
        }
        return INSIDE_WORDS.stream().noneMatch(workPlace::contains);
    }

    /** A visit is next due one interval after the last one (or after the day following-up started). */
    public static LocalDate visitDue(LocalDate anchor, int everyMonths) {
        return anchor.plusMonths(everyMonths);
    }

    /** The registration period (month, quarter, or blocks of {@code months} from January) that contains {@code day}. */
    public static LocalDate[] period(LocalDate day, int months) {
        int startMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        LocalDate end = start.plusMonths(months).minusDays(1);
        LocalDate yearEnd = LocalDate.of(day.getYear(), 12, 31);
        return new LocalDate[] {start, end.isAfter(yearEnd) ? yearEnd : end};
    }

    /**
     * The income of the period after the last registered one (or of the period containing {@code anchor} when none
     * is registered) is due {@code graceDays} after that period ends.
     */
    public static LocalDate incomeDue(LocalDate lastPeriodEnd, LocalDate anchor, int everyMonths, int graceDays) {
        LocalDate from = lastPeriodEnd != null ? lastPeriodEnd.plusDays(1) : anchor;
        return period(from, everyMonths)[1].plusDays(graceDays);
    }

    public static DueState state(LocalDate due, LocalDate today, int dueSoonDays) {
        if (due.isBefore(today)) {
            return DueState.OVERDUE;
        }
        return due.isAfter(today.plusDays(dueSoonDays)) ? DueState.OK : DueState.DUE_SOON;
    }

    /**
     * A day's visits, most urgent first, within the cap: an ordinary household takes 1/{@code dailyCap} of a day and
     * one at a large relocation site 1/{@code siteCap} (neighbours are minutes apart there), so a day is 20 ordinary
     * households, 35 at a site, or a mix that fills the same day. Stops at the first household that does not fit,
     * so urgency order is kept.
     */
    public static <T> List<T> daily(List<T> ordered, Predicate<T> atLargeSite, int dailyCap, int siteCap) {
        long budget = (long) dailyCap * siteCap;
        long used = 0;
        List<T> day = new ArrayList<>();
        for (T t : ordered) {
            long cost = atLargeSite.test(t) ? dailyCap : siteCap;
            if (used + cost > budget) {
                break;
            }
            used += cost;
            day.add(t);
        }
        return day;
    }
}
