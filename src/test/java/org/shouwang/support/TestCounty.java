package org.shouwang.support;

import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;

/**
 * A small county of its own (测试县 349999) with two townships, three villages and one user per scope, created
 * idempotently so the tests can run against a database that earlier runs have used.
 */
@TestComponent
public class TestCounty implements InitializingBean {

    public static final String COUNTY = "349999000000";
    public static final String TOWNSHIP_1 = "349999001000";
    public static final String VILLAGE_1 = "349999001001";
    public static final String VILLAGE_1B = "349999001002";
    public static final String TOWNSHIP_2 = "349999002000";
    public static final String VILLAGE_2 = "349999002001";
    public static final String PASSWORD = "test-password-1";

    private final Regions regions;
    private final Users users;

    TestCounty(Regions regions, Users users) {
        this.regions = regions;
        this.users = users;
    }

    @Override
    public void afterPropertiesSet() {
        TestRegions.county(COUNTY, "测试县")
                .township(TOWNSHIP_1, "一号镇").village(VILLAGE_1, "东村").village(VILLAGE_1B, "西村")
                .township(TOWNSHIP_2, "二号乡").village(VILLAGE_2, "南村")
                .user("t-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("t-township", Role.TOWNSHIP_REVIEWER, TOWNSHIP_1)
                .user("t-clerk1", Role.VILLAGE_CLERK, VILLAGE_1)
                .user("t-clerk2", Role.VILLAGE_CLERK, VILLAGE_2)
                .user("t-grid1", Role.GRID_WORKER, VILLAGE_1)
                .user("t-inspector", Role.INSPECTOR, COUNTY)
                .user("t-lockout", Role.VILLAGE_CLERK, VILLAGE_1)
                .create(regions, users);
    }
}
