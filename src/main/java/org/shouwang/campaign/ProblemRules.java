package org.shouwang.campaign;

import java.util.EnumSet;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.RegionCode;

/**
 * Who may record, rectify and review a problem. The problem's region level decides: the unit at that level
 * rectifies and the level above closes (a village problem by its township, a township problem by the county). A
 * county's own problem has no level above inside the county's system, so a county administrator other than the one
 * who reported its rectification closes it.
 */
public final class ProblemRules {

    /** 督查员 and county and township staff find and record problems. */
    static final Set<Role> RECORDERS = EnumSet.of(Role.INSPECTOR, Role.COUNTY_ADMIN, Role.COUNTY_REVIEWER,
            Role.TOWNSHIP_REVIEWER);

    private ProblemRules() {
    }

    public static boolean mayRecord(CurrentUser user) {
        return RECORDERS.contains(user.role());
    }

    static void requireRecorder(CurrentUser user) {
        if (!mayRecord(user)) {
            throw ProblemRefused.notYours("ROLE_NOT_ALLOWED", "您的角色（" + user.role().label() + "）不能登记问题，请由督查员或县、乡镇工作人员登记");
        }
    }

    /** Whether the user answers for rectifying a problem of this region (or is named as its responsible account). */
    public static boolean mayRectify(CurrentUser user, String regionCode, String responsibleUsername) {
        if (!user.covers(regionCode)) {
            return false;
        }
        if (user.username().equals(responsibleUsername)) {
            return true;
        }
        int level = new RegionCode(regionCode).level();
        return user.scope().level() == level && switch (level) {
            case 5 -> user.role() == Role.VILLAGE_CLERK;
            case 4 -> user.role() == Role.TOWNSHIP_REVIEWER;
            default -> user.role() == Role.COUNTY_ADMIN || user.role() == Role.COUNTY_REVIEWER;
        };
    }

    static void requireRectifier(CurrentUser user, String regionCode, String responsibleUsername) {
        if (!mayRectify(user, regionCode, responsibleUsername)) {
            throw ProblemRefused.notYours("NOT_RESPONSIBLE", "该问题由" + levelName(regionCode) + "负责整改，您不能报告整改");
        }
    }

    /** Whether the user may close (or send back) a problem of this region whose rectification {@code reporter} reported. */
    public static boolean mayReview(CurrentUser user, String regionCode, String reporter) {
        if (!user.covers(regionCode)) {
            return false;
        }
        int level = new RegionCode(regionCode).level();
        return switch (level) {
            case 5 -> user.scope().level() == 4 && user.role() == Role.TOWNSHIP_REVIEWER;
            case 4 -> user.scope().level() == 3 && (user.role() == Role.COUNTY_ADMIN || user.role() == Role.COUNTY_REVIEWER);
            default -> user.role() == Role.COUNTY_ADMIN && !user.username().equals(reporter);
        };
    }

    static void requireReviewer(CurrentUser user, String regionCode, String reporter) {
        if (!mayReview(user, regionCode, reporter)) {
            int level = new RegionCode(regionCode).level();
            String who = switch (level) {
                case 5 -> "乡镇审核员";
                case 4 -> "县级管理员或县级审核员";
                default -> "未报告整改的县级管理员";
            };
            throw ProblemRefused.notYours("NOT_REVIEWER", "该问题的整改须由上一级（" + who + "）审核销号");
        }
    }

    private static String levelName(String regionCode) {
        return switch (new RegionCode(regionCode).level()) {
            case 5 -> "村";
            case 4 -> "乡镇";
            default -> "县";
        };
    }
}
