package org.shouwang.assistance;

import java.math.BigDecimal;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters;

/**
 * The follow-up numbers of the profile in force ([004] 跟踪回访, [001]), with the defaults of the national plan where
 * a profile states none. Visit frequencies and daily caps come from the profile's {@code visits}; the rest from its
 * named {@code params}, so a county changes them without a release:
 * <ul>
 * <li>{@code incomeMonitoredEveryMonths} (1) and {@code incomeOthersEveryMonths} (3): 收入监测 monthly for monitored
 * households, quarterly for 脱贫户 ([003]);</li>
 * <li>{@code incomeGraceDays} (10): a month's or quarter's income is due this many days after it ends;</li>
 * <li>{@code followDueSoonDays} (3): a schedule is 即将到期 this many days before its due date;</li>
 * <li>{@code longAbsentMonths} (6): a household whose every member works outside the county at least this many
 * months a year is 长期外出 and is followed by phone;</li>
 * <li>{@code largeRelocationSiteHouseholds} (200): a relocation site with at least this many households is a 大型安置点
 * where the higher daily cap applies (800 people, the usual 大型安置区 size, is about 200 households).</li>
 * </ul>
 */
public record FollowSettings(int monitoredVisitMonths, int othersVisitMonths, int monitoredIncomeMonths,
        int othersIncomeMonths, int dailyCap, int relocationSiteDailyCap, int largeSiteHouseholds, int longAbsentMonths,
        int dueSoonDays, int incomeGraceDays) {

    /** The national plan's numbers ([004], [001]); used where a profile states nothing. */
    public static final FollowSettings DEFAULTS = new FollowSettings(1, 3, 1, 3, 20, 35, 200, 6, 3, 10);

    public static FollowSettings of(PolicyProfile profile) {
        ProfileParameters p = profile.parameters();
        ProfileParameters.Visits v = p.visits();
        Map<String, BigDecimal> params = p.params() == null ? Map.of() : p.params();
        FollowSettings d = DEFAULTS;
        return new FollowSettings(
                months(v == null ? null : v.monitoredEveryMonths(), d.monitoredVisitMonths),
                months(v == null ? null : v.othersEveryMonths(), d.othersVisitMonths),
                months(param(params, "incomeMonitoredEveryMonths"), d.monitoredIncomeMonths),
                months(param(params, "incomeOthersEveryMonths"), d.othersIncomeMonths),
                positive(v == null ? null : v.dailyCap(), d.dailyCap),
                positive(v == null ? null : v.relocationSiteDailyCap(), d.relocationSiteDailyCap),
                positive(param(params, "largeRelocationSiteHouseholds"), d.largeSiteHouseholds),
                months(param(params, "longAbsentMonths"), d.longAbsentMonths),
                nonNegative(param(params, "followDueSoonDays"), d.dueSoonDays),
                nonNegative(param(params, "incomeGraceDays"), d.incomeGraceDays));
    }

    private static Integer param(Map<String, BigDecimal> params, String name) {
        BigDecimal value = params.get(name);
        return value == null ? null : value.intValue();
    }

    /** follow_schedule.every_months is 1..12; anything else in a profile falls back rather than breaking the sweep. */
    private static int months(Integer value, int fallback) {
        return value == null || value < 1 || value > 12 ? fallback : value;
    }

    private static int positive(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }

    private static int nonNegative(Integer value, int fallback) {
        return value == null || value < 0 || value > 60 ? fallback : value;
    }
}
