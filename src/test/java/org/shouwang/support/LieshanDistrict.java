package org.shouwang.support;

import java.util.List;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;

/**
 * 淮北市烈山区 (340604), the region of the shipped 烈山 2022 profile, with one township, one village and one user per
 * step of the procedure, so scenario tests run on that profile as it ships. Created idempotently.
 */
public final class LieshanDistrict {

    public static final String DISTRICT = "340604000000";
    public static final String TOWNSHIP = "340604100000";
    public static final String VILLAGE = "340604100201";
    public static final String CLERK = "ls-clerk";
    public static final String TOWNSHIP_REVIEWER = "ls-township";
    public static final String COUNTY_REVIEWER = "ls-county";
    public static final String ADMIN = "ls-admin";

    private LieshanDistrict() {
    }

    public static synchronized void ensure(Regions regions, Users users) {
        regions.define(List.of(new Regions.Region("340000000000", "安徽省", 1, null),
                new Regions.Region("340600000000", "淮北市", 2, "340000000000"),
                new Regions.Region(DISTRICT, "烈山区", 3, "340600000000"),
                new Regions.Region(TOWNSHIP, "宋疃镇", 4, DISTRICT),
                new Regions.Region(VILLAGE, "试点村", 5, TOWNSHIP)));
        user(users, CLERK, Role.VILLAGE_CLERK, VILLAGE);
        user(users, TOWNSHIP_REVIEWER, Role.TOWNSHIP_REVIEWER, TOWNSHIP);
        user(users, COUNTY_REVIEWER, Role.COUNTY_REVIEWER, DISTRICT);
        user(users, ADMIN, Role.COUNTY_ADMIN, DISTRICT);
    }

    private static void user(Users users, String name, Role role, String region) {
        if (users.byUsername(name).isEmpty()) {
            users.create(name, name, role, region, TestCounty.PASSWORD);
        }
    }
}
