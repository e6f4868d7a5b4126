package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The due and overdue follow-ups (issue 4 point 7): a contact person's own households, a region's list for clerks and
 * reviewers, and the daily visit plan within the profile's cap. Everything is limited to the user's region scope.
 */
@Component
public class FollowUps {

    /** Which schedules a list shows; DUE (overdue and due soon) is the default. */
    public enum StateFilter { DUE, OVERDUE, DUE_SOON, OK, ALL }

    public record Page(List<FollowUp> items, long total, int page, int size) {
    }

    /**
     * @param dueTotal visits overdue or due soon on that day, of which {@code items} are the day's share
     * @param note     how the cap was applied, in Chinese
     */
    public record DailyPlan(LocalDate date, int dailyCap, int relocationSiteDailyCap, List<FollowUp> items,
            long dueTotal, String note) {
    }

    /** A plan may be made for today and the coming week. */
    public static final int PLAN_DAYS_AHEAD = 7;

    private final FollowUpQueries queries;
    private final FollowProfiles profiles;
    private final Clock clock;

    FollowUps(FollowUpQueries queries, FollowProfiles profiles, Clock clock) {
        this.queries = queries;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The schedules of the households the user is a current contact person of (contact_person.username). */
    public Page mine(CurrentUser user, FollowKind kind, StateFilter state, int page, int size) {
        requireReader(user);
        return list(user, user.scope(), kind, state, user.username(), page, size);
    }

    /** The schedules of a region in the user's scope (the whole scope when {@code region} is empty). */
    public Page search(CurrentUser user, String region, FollowKind kind, StateFilter state, int page, int size) {
        requireReader(user);
        return list(user, region(user, region), kind, state, null, page, size);
    }

    /**
     * The visits of one day, overdue first then by due date, within the profile's daily cap (20, or 35 at large
     * relocation sites, see {@link FollowRules#daily}). A contact person's plan holds their own households; a grid
     * worker's or clerk's the households of their scope.
     */
    public DailyPlan plan(CurrentUser user, LocalDate date) {
        if (!Visits.mayRecord(user)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "PLAN_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不走访农户，没有走访计划");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null ? today : date;
        if (day.isBefore(today) || day.isAfter(today.plusDays(PLAN_DAYS_AHEAD))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "PLAN_DATE_RANGE",
                    "只能查看今天起 " + PLAN_DAYS_AHEAD + " 天内的走访计划");
        }
        FollowSettings s = profiles.settings(user.scope().value(), day);
        String contact = user.role() == Role.CONTACT_PERSON ? user.username() : null;
        var criteria = new FollowUpQueries.Criteria(user.scope(), FollowKind.VISIT, null, day.plusDays(s.dueSoonDays()), contact);
        Set<String> sites = queries.largeSites(county(user.scope()), s.largeSiteHouseholds());
        List<FollowUp> candidates = queries.page(criteria, day, s.dueSoonDays(), sites,
                s.dailyCap() + s.relocationSiteDailyCap(), 0);
        List<FollowUp> items = FollowRules.daily(candidates, FollowUp::largeSite, s.dailyCap(), s.relocationSiteDailyCap());
        long total = queries.count(criteria);
        String note = "今日安排 " + items.size() + " 户（每人每天最多走访 " + s.dailyCap() + " 户，大型安置点 "
                + s.relocationSiteDailyCap() + " 户）" + (total > items.size() ? "，另有 " + (total - items.size())
                + " 户到期或即将到期待后续安排" : "");
        return new DailyPlan(day, s.dailyCap(), s.relocationSiteDailyCap(), items, total, note);
    }

    private Page list(CurrentUser user, RegionCode scope, FollowKind kind, StateFilter state, String contact, int page,
            int size) {
        if (page < 0 || page > 10_000 || size < 1 || size > 100) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PAGE", "页码应不小于0，每页 1 到 100 条");
        }
        LocalDate today = LocalDate.now(clock);
        FollowSettings s = profiles.settings(scope.value(), today);
        LocalDate soon = today.plusDays(s.dueSoonDays());
        StateFilter st = state == null ? StateFilter.DUE : state;
        LocalDate from = switch (st) {
            case DUE_SOON -> today;
            case OK -> soon.plusDays(1);
            default -> null;
        };
        LocalDate to = switch (st) {
            case DUE, DUE_SOON -> soon;
            case OVERDUE -> today.minusDays(1);
            default -> null;
        };
        var criteria = new FollowUpQueries.Criteria(scope, kind, from, to, contact);
        Set<String> sites = queries.largeSites(county(scope), s.largeSiteHouseholds());
        return new Page(queries.page(criteria, today, s.dueSoonDays(), sites, size, page * size),
                queries.count(criteria), page, size);
    }

    private static RegionCode region(CurrentUser user, String region) {
        if (region == null || region.isBlank()) {
            return user.scope();
        }
        String code = region.strip();
        if (!RegionCode.isValid(code)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_FILTER", "地区代码须为 12 位统计用区划代码");
        }
        if (!user.covers(code)) {
            throw ProblemException.notFound("地区");
        }
        return new RegionCode(code);
    }

    private static String county(RegionCode scope) {
        return scope.value().substring(0, 6) + "000000";
    }

    /** Department liaisons send data; they do not read which households are visited when. */
    private static void requireReader(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_LIAISON) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FOLLOW_UP_READ_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能查看走访和收入登记计划");
        }
    }
}
