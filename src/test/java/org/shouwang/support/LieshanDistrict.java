package org.shouwang.support;

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
        TestRegions.county(DISTRICT, "烈山区").inCity("340600000000", "淮北市")
                .township(TOWNSHIP, "宋疃镇").village(VILLAGE, "试点村")
                .user(CLERK, Role.VILLAGE_CLERK, VILLAGE)
                .user(TOWNSHIP_REVIEWER, Role.TOWNSHIP_REVIEWER, TOWNSHIP)
                .user(COUNTY_REVIEWER, Role.COUNTY_REVIEWER, DISTRICT)
                .user(ADMIN, Role.COUNTY_ADMIN, DISTRICT)
                .create(regions, users);
    }
}
