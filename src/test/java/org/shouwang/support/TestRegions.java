package org.shouwang.support;

import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;

/**
 * A test county of its own under 安徽省 and a city (测试市 unless told), with its townships, villages and users, created
 * idempotently: regions are upserted and a user that already exists is left as it is. Suites share one database on CI,
 * so each test class keeps its own county code and its own user names.
 *
 * <pre>
 * TestRegions.county("349993000000", "台账县")
 *         .township("349993001000", "丙镇").village("349993001001", "丙一村")
 *         .user("l-admin", Role.COUNTY_ADMIN, "349993000000")
 *         .create(regions, users);
 * </pre>
 */
public final class TestRegions {

    public static final String PROVINCE = "340000000000";
    public static final String CITY = "349900000000";

    private record User(String username, Role role, String regionCode) {
    }

    private final String county;
    private final String countyName;
    private String city = CITY;
    private String cityName = "测试市";
    private String password = TestCounty.PASSWORD;
    private String township;
    private final List<Regions.Region> below = new ArrayList<>();
    private final List<User> users = new ArrayList<>();

    private TestRegions(String county, String countyName) {
        this.county = county;
        this.countyName = countyName;
    }

    public static TestRegions county(String code, String name) {
        return new TestRegions(code, name);
    }

    /** Another city than 测试市, for a county that must sit where a shipped profile expects it. */
    public TestRegions inCity(String code, String name) {
        this.city = code;
        this.cityName = name;
        return this;
    }

    /** The password of every user this builder creates (TestCounty.PASSWORD unless told). */
    public TestRegions password(String password) {
        this.password = password;
        return this;
    }

    /** A township of the county; the villages that follow belong to it. */
    public TestRegions township(String code, String name) {
        below.add(new Regions.Region(code, name, 4, county));
        township = code;
        return this;
    }

    public TestRegions village(String code, String name) {
        if (township == null) {
            throw new IllegalStateException("a village needs a township first: " + code);
        }
        below.add(new Regions.Region(code, name, 5, township));
        return this;
    }

    /** A user whose display name is the user name, as the tests log in with either. */
    public TestRegions user(String username, Role role, String regionCode) {
        users.add(new User(username, role, regionCode));
        return this;
    }

    /** Defines the regions and creates the users that do not exist yet; safe to call again. */
    public void create(Regions regions, Users accounts) {
        List<Regions.Region> all = new ArrayList<>(List.of(new Regions.Region(PROVINCE, "安徽省", 1, null),
                new Regions.Region(city, cityName, 2, PROVINCE), new Regions.Region(county, countyName, 3, city)));
        all.addAll(below);
        regions.define(all);
        for (User u : users) {
            if (accounts.byUsername(u.username()).isEmpty()) {
                accounts.create(u.username(), u.username(), u.role(), u.regionCode(), password);
            }
        }
    }
}
