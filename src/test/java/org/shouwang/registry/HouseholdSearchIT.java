package org.shouwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The household list against plain SQL over the same rows: a township above the count cap and the county's list are
 * paged as ORDER BY pages them; a name is counted per household, combines with the other filters, and follows its
 * household to another village whoever moved it (the search keys of V44).
 */
@IntegrationTest
class HouseholdSearchIT {

    static final String COUNTY = "349989000000";
    static final String TOWNSHIP = "349989001000";
    static final List<String> VILLAGES = List.of("349989001001", "349989001002", "349989001003");
    static final String OTHER_TOWNSHIP = "349989002000";
    static final String OTHER_VILLAGE = "349989002001";
    /** Households of the large township, more than the count's cap. */
    static final int LARGE = HouseholdSearch.COUNT_CAP + 150;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    ApiClient admin;

    @BeforeEach
    void county() {
        TestRegions.county(COUNTY, "检索县")
                .township(TOWNSHIP, "大镇").village(VILLAGES.get(0), "甲村").village(VILLAGES.get(1), "乙村").village(VILLAGES.get(2), "丙村")
                .township(OTHER_TOWNSHIP, "小乡").village(OTHER_VILLAGE, "丁村")
                .user("s-admin", Role.COUNTY_ADMIN, COUNTY)
                .create(regions, users);
        admin = ApiClient.loggedIn(port, "s-admin", TestCounty.PASSWORD);
    }

    @Test
    void aTownshipAboveTheCapIsPagedAsOrderByPagesIt() {
        largeTownship();
        String township = "region=" + TOWNSHIP + "&size=20";
        ApiClient.Answer first = admin.get("/api/households?" + township);
        assertThat((Integer) first.read("$.total")).isEqualTo(HouseholdSearch.COUNT_CAP);
        assertThat((Boolean) first.read("$.totalExact")).isFalse();
        String inTownship = "region_code between '349989001000' and '349989001999'";
        assertThat(ids(first)).isEqualTo(expected(inTownship, "household_no", 0));
        assertThat(ids(admin.get("/api/households?" + township + "&page=250"))).isEqualTo(expected(inTownship, "household_no", 5000));
        assertThat(ids(admin.get("/api/households?" + township + "&page=507"))).as("the last page, half full")
                .hasSize(10).isEqualTo(expected(inTownship, "household_no", 10140));
        assertThat(ids(admin.get("/api/households?" + township + "&page=3&sort=householdNo,desc")))
                .isEqualTo(expected(inTownship, "household_no desc", 60));
        // another order: the member counts repeat, the id decides between equals
        String byCount = "member_count desc nulls last, id";
        assertThat(ids(admin.get("/api/households?" + township + "&sort=memberCount,desc"))).isEqualTo(expected(inTownship, byCount, 0));
        assertThat(ids(admin.get("/api/households?" + township + "&page=100&sort=memberCount,desc")))
                .isEqualTo(expected(inTownship, byCount, 2000));
        assertThat(ids(admin.get("/api/households?" + township + "&page=2&type=ORDINARY")))
                .isEqualTo(expected(inTownship + " and household_type = 'ORDINARY'", "household_no", 40));
    }

    @Test
    void theCountysListIsPagedAsOrderByPagesIt() {
        largeTownship();
        String inCounty = "region_code between '349989000000' and '349989999999'";
        ApiClient.Answer first = admin.get("/api/households?size=20");
        assertThat((Boolean) first.read("$.totalExact")).isFalse();
        assertThat(ids(first)).isEqualTo(expected(inCounty, "household_no", 0));
        assertThat(ids(admin.get("/api/households?size=20&page=300"))).isEqualTo(expected(inCounty, "household_no", 6000));
        assertThat(ids(admin.get("/api/households?size=20&page=1&sort=householdNo,desc"))).isEqualTo(expected(inCounty, "household_no desc", 20));
    }

    @Test
    void aNameSharedByTwoMembersOfOneHouseholdCountsThatHouseholdOnce() {
        String name = uniqueName();
        long both = create(VILLAGES.get(0), "POVERTY_ALLEVIATED", name + "甲", name + "乙");
        long one = create(VILLAGES.get(1), "ORDINARY", name + "丙", "陈守");
        ApiClient.Answer found = admin.get("/api/households?name=" + enc(name));
        assertThat((Integer) found.read("$.total")).isEqualTo(2);
        assertThat((Boolean) found.read("$.totalExact")).isTrue();
        assertThat(ids(found)).containsExactlyInAnyOrder(both, one);
        ApiClient.Answer second = admin.get("/api/households?size=1&page=1&name=" + enc(name));
        assertThat((Integer) second.read("$.total")).isEqualTo(2);
        assertThat(ids(second)).hasSize(1);
        ApiClient.Answer past = admin.get("/api/households?size=1&page=2&name=" + enc(name));
        assertThat(ids(past)).isEmpty();
        assertThat((Integer) past.read("$.total")).as("counted again past the last page").isEqualTo(2);

        // with the household's own filters and orders
        assertThat(ids(admin.get("/api/households?type=ORDINARY&name=" + enc(name)))).containsExactly(one);
        assertThat(ids(admin.get("/api/households?type=POVERTY_ALLEVIATED&name=" + enc(name + "乙")))).containsExactly(both);
        assertThat(ids(admin.get("/api/households?region=" + VILLAGES.get(1) + "&name=" + enc(name)))).containsExactly(one);
        String pair = "id in (" + both + ", " + one + ")";
        assertThat(ids(admin.get("/api/households?sort=headName,desc&name=" + enc(name)))).isEqualTo(expected(pair, "head_name desc", 0));
        assertThat(ids(admin.get("/api/households?sort=headName,asc&name=" + enc(name)))).isEqualTo(expected(pair, "head_name", 0));
        String headId = jdbc.queryForObject("select id_number from member where household_id = ? and relation = 'HEAD'", String.class, both);
        assertThat(ids(admin.get("/api/households?idNumber=" + headId + "&name=" + enc(name)))).containsExactly(both);
        assertThat(ids(admin.get("/api/households?idNumber=" + headId + "&name=" + enc(name + "丙")))).isEmpty();
    }

    @Test
    void aHouseholdMovedToAnotherVillageIsFoundByNameThereAndNoLongerWhereItWas() {
        String name = uniqueName();
        long id = create(OTHER_VILLAGE, "POVERTY_ALLEVIATED", name + "甲", name + "乙");
        assertThat(ids(admin.get("/api/households?region=" + OTHER_TOWNSHIP + "&name=" + enc(name)))).containsExactly(id);
        jdbc.update("update member set removed_at = now() where household_id = ? and relation = 'SPOUSE'", id);

        // moved and renumbered by hand, past every writer of the application
        String newNo = Ids.householdNo();
        jdbc.update("update household set region_code = ?, household_no = ? where id = ?", VILLAGES.get(2), newNo, id);

        assertThat(ids(admin.get("/api/households?region=" + OTHER_TOWNSHIP + "&name=" + enc(name)))).isEmpty();
        assertThat(ids(admin.get("/api/households?region=" + OTHER_VILLAGE + "&name=" + enc(name)))).isEmpty();
        ApiClient.Answer there = admin.get("/api/households?region=" + VILLAGES.get(2) + "&name=" + enc(name));
        assertThat(ids(there)).containsExactly(id);
        assertThat((String) there.read("$.items[0].householdNo")).isEqualTo(newNo);
        assertThat(jdbc.queryForList("select search_region_code || ' ' || search_household_no from member where household_id = ?",
                String.class, id)).as("current and removed members alike").containsOnly(VILLAGES.get(2) + " " + newNo).hasSize(2);
    }

    @Test
    void aMemberInsertedByPlainSqlIsFoundByName() {
        String name = uniqueName();
        String no = Ids.householdNo();
        long id = jdbc.queryForObject("insert into household (household_no, region_code, household_type) values (?, ?, 'ORDINARY') returning id",
                Long.class, no, VILLAGES.get(0));
        jdbc.update("insert into member (household_id, name, id_number, sex, birth_date, relation) values (?, ?, ?, 'MALE', '1970-01-01', 'HEAD')",
                id, name + "甲", Ids.unique("1970-01-01", true));
        assertThat(ids(admin.get("/api/households?name=" + enc(name)))).containsExactly(id);
        assertThat(jdbc.queryForMap("select search_region_code, search_household_no from member where household_id = ?", id))
                .isEqualTo(Map.of("search_region_code", VILLAGES.get(0), "search_household_no", no));

        // keys that are not the household's are refused, whoever writes them
        assertThatThrownBy(() -> jdbc.update("insert into member (household_id, name, id_number, sex, birth_date, relation, "
                + "search_region_code, search_household_no) values (?, '错村', ?, 'MALE', '1971-01-01', 'SON', ?, ?)",
                id, Ids.unique("1971-01-01", true), OTHER_VILLAGE, no)).isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * The large township's households, numbered so that neither the villages' index order nor the ids' order is the
     * numbers' order (7919 is prime to 100003: the numbers are a permutation).
     */
    private void largeTownship() {
        jdbc.update("""
                insert into household (household_no, region_code, household_type, member_count)
                select 'SRCH' || lpad((i * 7919 % 100003)::text, 6, '0'), '34998900100' || (1 + i % 3),
                       case when i % 4 = 0 then 'ORDINARY' else 'POVERTY_ALLEVIATED' end,
                       i % 7
                from generate_series(1, ?) i
                on conflict (household_no) do nothing""", LARGE);
    }

    private List<Long> expected(String where, String order, int offset) {
        return jdbc.queryForList("select id from household where " + where + " order by " + order + " limit 20 offset ?", Long.class, offset);
    }

    private long create(String village, String type, String headName, String spouseName) {
        Map<String, Object> body = Households.household(Ids.householdNo(), village, List.of(
                Households.member(headName, Ids.unique("1970-03-15", true), "HEAD"),
                Households.member(spouseName, Ids.unique("1972-06-20", false), "SPOUSE")));
        body.put("householdType", type);
        ApiClient.Answer a = admin.post("/api/households", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return ((Number) a.read("$.id")).longValue();
    }

    private static List<Long> ids(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Number> ids = a.read("$.items[*].id");
        return ids.stream().map(Number::longValue).collect(Collectors.toList());
    }

    /** A name no earlier run on the same database used: 检 and the clock's digits as 大写 numerals. */
    private static String uniqueName() {
        String digits = Long.toString(System.nanoTime() % 1_000_000_000L) + Ids.householdNo().hashCode() % 100;
        return "检" + digits.chars().filter(Character::isDigit).mapToObj(c -> String.valueOf("零壹贰叁肆伍陆柒捌玖".charAt(c - '0')))
                .collect(Collectors.joining());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
