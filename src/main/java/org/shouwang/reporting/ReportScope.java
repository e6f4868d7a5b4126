package org.shouwang.reporting;

import org.shouwang.access.CurrentUser;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;

/**
 * The region a report covers (the user's scope, or a region inside it) and the level its rows break down into:
 * a county into townships, a township into villages; a village is one row.
 */
public record ReportScope(RegionCode region) {

    /** {@code region} when given (checked to be a 12-digit code inside the scope), else the user's own scope. */
    public static ReportScope of(String region, CurrentUser user) {
        if (region == null || region.isBlank()) {
            return new ReportScope(user.scope());
        }
        String code = region.strip();
        if (!RegionCode.isValid(code) || !code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_REGION", "地区代码须为 12 位统计用区划代码");
        }
        if (!user.covers(code)) {
            throw ProblemException.notFound("地区");
        }
        return new ReportScope(new RegionCode(code));
    }

    public String low() {
        return region.low();
    }

    public String high() {
        return region.high();
    }

    /** How many leading digits name a row: the region one level down (a village stays a village). */
    public int rowPrefix() {
        return switch (region.level()) {
            case 1 -> 4;
            case 2 -> 6;
            case 3 -> 9;
            default -> 12;
        };
    }

    /** The level of the rows' regions. */
    public int rowLevel() {
        return Math.min(region.level() + 1, 5);
    }

    /** The row a region code falls into (its prefix padded with zeros). */
    public String rowOf(String regionCode) {
        int n = rowPrefix();
        return regionCode.substring(0, n) + "0".repeat(12 - n);
    }
}
