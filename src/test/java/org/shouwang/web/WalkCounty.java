package org.shouwang.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.TestCounty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 全程县 (349991), the county {@link CampaignWalkBrowserIT} walks issue 5's campaign story in: 春镇 with 春一村 (the
 * household to screen and a neighbour) and 春二村 (one 脱贫户), 秋乡 with 秋一村 (one household). Regions and users are
 * made idempotently; the policy profile (threshold 8,000 元) and the households go through the API as the county admin,
 * households fresh on every run so the 排查表 always opens on the registry's own figures. Only this county's rows are
 * ever touched.
 */
final class WalkCounty {

    static final String COUNTY = "349991000000";
    static final String SPRING = "349991001000";
    static final String SPRING_1 = "349991001001";
    static final String SPRING_2 = "349991001002";
    static final String AUTUMN = "349991002000";
    static final String AUTUMN_1 = "349991002001";

    static final String ADMIN = "wk-admin";
    static final String CADRE = "wk-cadre";
    static final String GRID = "wk-grid";

    static final String HEAD = "吴春生";
    static final String SPOUSE = "郑秋菊";
    static final String PROFILE = "全程县 2025 年起";
    static final int THRESHOLD = 8000;
    /** The wage on record: 30,000 元 for two people is 15,000 元 a head, well above the threshold. */
    static final int WAGE_ON_RECORD = 30000;

    private WalkCounty() {
    }

    /** What one run set up: the household to screen. */
    record Setup(long household) {
    }

    static synchronized Setup ensure(int port, Regions regions, Users users, JdbcClient jdbc) {
        regions.define(List.of(new Regions.Region("340000000000", "安徽省", 1, null),
                new Regions.Region("349900000000", "测试市", 2, "340000000000"),
                new Regions.Region(COUNTY, "全程县", 3, "349900000000"), new Regions.Region(SPRING, "春镇", 4, COUNTY),
                new Regions.Region(SPRING_1, "春一村", 5, SPRING), new Regions.Region(SPRING_2, "春二村", 5, SPRING),
                new Regions.Region(AUTUMN, "秋乡", 4, COUNTY), new Regions.Region(AUTUMN_1, "秋一村", 5, AUTUMN)));
        user(users, ADMIN, Role.COUNTY_ADMIN, COUNTY);
        user(users, CADRE, Role.TOWNSHIP_REVIEWER, SPRING);
        user(users, GRID, Role.GRID_WORKER, SPRING_1);
        // a run that stopped half-way on a reused database left its campaign running: end it, so the progress and the
        // dashboard count this run's campaign alone
        jdbc.sql("update campaign set state = 'CLOSED' where state = 'RUNNING' and region_code between ? and ?")
                .params(COUNTY, "349991999999").update();

        ApiClient admin = ApiClient.loggedIn(port, ADMIN, TestCounty.PASSWORD);
        profile(admin);
        long household = household(admin, SPRING_1, "ORDINARY", HEAD, SPOUSE);
        income(admin, household);
        household(admin, SPRING_1, "ORDINARY", "王春耕", "林小满");
        household(admin, SPRING_2, "POVERTY_ALLEVIATED", "冯二田", "何芳");
        household(admin, AUTUMN_1, "ORDINARY", "陈秋实", "许晴");
        return new Setup(household);
    }

    /** Households in the region now (the campaign takes them all, a rerun's too). */
    static int households(JdbcClient jdbc, String low, String high) {
        return jdbc.sql("select count(*) from household where region_code between ? and ?").params(low, high)
                .query(Integer.class).single();
    }

    private static void user(Users users, String name, Role role, String region) {
        if (users.byUsername(name).isEmpty()) {
            users.create(name, name, role, region, TestCounty.PASSWORD);
        }
    }

    private static void profile(ApiClient admin) {
        ApiClient.Answer list = admin.get("/api/policy/profiles");
        List<String> names = list.read("$[*].name");
        if (names.contains(PROFILE)) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("threshold", Map.of("amount", THRESHOLD, "source", "全程县监测范围（测试）"));
        expect(admin.post("/api/policy/profiles", Map.of("regionCode", COUNTY, "name", PROFILE,
                "effectiveFrom", "2025-01-01", "sourceDoc", "测试", "parameters", params)), 201, "profile");
    }

    private static long household(ApiClient admin, String village, String type, String head, String spouse) {
        Map<String, Object> body = Households.household(Ids.householdNo(), village, List.of(
                Households.member(head, Ids.unique("1968-04-12", true), "HEAD"),
                Households.member(spouse, Ids.unique("1971-09-03", false), "SPOUSE")));
        body.put("householdType", type);
        if ("POVERTY_ALLEVIATED".equals(type)) {
            body.put("povertyExitYear", 2019);
        }
        ApiClient.Answer a = admin.post("/api/households", body);
        expect(a, 201, "household " + head);
        return ((Number) a.read("$.id")).longValue();
    }

    /** A statement covering the campaign's income window: the 12 months before this month, the profile's default. */
    private static void income(ApiClient admin, long household) {
        LocalDate firstOfMonth = LocalDate.now().withDayOfMonth(1);
        ApiClient.Answer a = admin.post("/api/households/" + household + "/incomes", Map.of(
                "periodStart", firstOfMonth.minusMonths(12).toString(), "periodEnd", firstOfMonth.minusDays(1).toString(),
                "wageIncome", WAGE_ON_RECORD, "businessIncome", 0, "propertyIncome", 0, "transferIncome", 0,
                "productionExpense", 0, "compliantSelfPaid", 0));
        if (a.status() != 200 && a.status() != 201) {
            throw new IllegalStateException("income: " + a.status() + " " + a.body());
        }
    }

    private static void expect(ApiClient.Answer a, int status, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + " but got " + a.status() + " " + a.body());
        }
    }
}
