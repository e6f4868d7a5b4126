package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.intake.FeedSamples.keyPost;
import static org.shouwang.intake.FeedSamples.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's program pushes rows with an API key that a county administrator issued: no session and no CSRF
 * token, the key alone says which department and which region it may feed; a revoked key stops working at once.
 */
@IntegrationTest
class FeedApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;

    @BeforeEach
    void login() {
        if (users.byUsername("t-liaison").isEmpty()) {
            users.create("t-liaison", "t-liaison", Role.DEPARTMENT_LIAISON, TestCounty.COUNTY, TestCounty.PASSWORD);
        }
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
    }

    private String newKey(String department, String region) {
        ApiClient.Answer a = admin.post("/api/api-keys", Map.of("name", "县医保局结算系统", "department", department, "regionCode", region));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String key = a.read("$.key");
        assertThat(key).startsWith("swk_").hasSizeGreaterThan(40);
        return key;
    }

    private static String body(List<Map<String, Object>> rows) {
        return JSON.writeValueAsString(Map.of("rows", rows));
    }

    @Test
    void aProgramPushesWithItsKeyAndGetsCountsAndRowErrorsAndASecondPushAddsNothing() {
        String id = Ids.unique("1958-11-11", true);
        long household = FeedSamples.householdWith(admin, TestCounty.VILLAGE_1, "欧阳推", id);
        String key = newKey("MEDICAL_INSURANCE", TestCounty.COUNTY);
        String json = body(List.of(
                row("name", "欧阳推", "idNumber", id, "visitType", "住院", "date", "2025-02-03", "totalCost", 88000, "amount", 26000.5),
                row("name", "查无此人", "idNumber", Ids.unique("1990-01-01", false), "visitType", "住院", "date", "2025-02-03",
                        "amount", "100"),
                row("name", "错号", "idNumber", "12345", "visitType", "住院", "date", "2025-02-03", "amount", "100"),
                row("name", "'; drop table risk_fact; --", "idNumber", id, "visitType", "<script>alert(1)</script>",
                        "date", "2025-02-03", "amount", "100")));
        ApiClient.Answer a = keyPost(port, "/api/feeds/MEDICAL_INSURANCE", key, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.rows")).isEqualTo(4);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(1);
        assertThat((Integer) a.read("$.invalid")).isEqualTo(2);
        assertThat((Integer) a.read("$.newFacts")).isEqualTo(1);
        assertThat((String) a.read("$.channel")).isEqualTo("API");
        assertThat((String) a.read("$.createdBy")).contains("县医保局结算系统");
        assertThat((List<Integer>) a.read("$.errors[*].row")).containsExactly(2, 3, 4);
        assertThat((List<String>) a.read("$.errors[*].errors[0].code")).containsExactly("NOT_FOUND", "ID_FORMAT", "ENUM_VALUE");
        assertThat((List<String>) a.read("$.errors[*].errors[0].field")).containsExactly("idNumber", "idNumber", "visitType");
        assertThat(jdbc.queryForObject("select amount from risk_fact where household_id = ?", java.math.BigDecimal.class, household))
                .isEqualByComparingTo("26000.50");

        ApiClient.Answer again = keyPost(port, "/api/feeds/MEDICAL_INSURANCE", key, json);
        assertThat((Integer) again.read("$.newFacts")).isZero();
        assertThat((Integer) again.read("$.duplicates")).isEqualTo(1);

        // the feed and its report are visible to the county's people on the feed page
        ApiClient liaison = ApiClient.loggedIn(port, "t-liaison", TestCounty.PASSWORD);
        int feedId = a.read("$.id");
        assertThat(liaison.get("/api/feeds/" + feedId + "/report.xlsx").status()).isEqualTo(200);
        List<List<String>> report = FeedSamples.report(liaison.get("/api/feeds/" + feedId + "/report.xlsx").bytes());
        assertThat(report).hasSize(4);
        assertThat(report.get(3).get(0)).isEqualTo("'; drop table risk_fact; --");
    }

    @Test
    void requestsWithoutAValidKeyAreRefused() {
        String json = body(List.of(row("name", "甲", "idNumber", Ids.unique("1960-01-01", true), "visitType", "住院",
                "date", "2025-01-01", "amount", 1)));
        ApiClient.Answer none = keyPost(port, "/api/feeds/MEDICAL_INSURANCE", null, json);
        assertThat(none.status()).isIn(401, 403);
        ApiClient.Answer wrong = keyPost(port, "/api/feeds/MEDICAL_INSURANCE", "swk_not-a-key", json);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat((String) wrong.read("$.code")).isEqualTo("API_KEY_INVALID");

        String key = newKey("MEDICAL_INSURANCE", TestCounty.COUNTY);
        ApiClient.Answer otherDepartment = keyPost(port, "/api/feeds/EDUCATION", key, json);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat((String) otherDepartment.read("$.code")).isEqualTo("API_KEY_DEPARTMENT");
        ApiClient.Answer elsewhere = FeedSamples.keyGet(port, "/api/households", key);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat((String) elsewhere.read("$.code")).isEqualTo("API_KEY_NOT_ALLOWED");
        assertThat(keyPost(port, "/api/feeds/MEDICAL_INSURANCE", key, json).status()).isEqualTo(200);

        List<Map<String, Object>> keys = admin.get("/api/api-keys").json().read("$");
        Map<String, Object> listed = keys.stream().filter(k -> key.startsWith((String) k.get("keyPrefix"))).findFirst().orElseThrow();
        assertThat(listed.get("key")).isNull();
        assertThat(admin.get("/api/api-keys").body()).doesNotContain(key);
        ApiClient.Answer revoked = admin.delete("/api/api-keys/" + listed.get("id"));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat((Boolean) revoked.read("$.active")).isFalse();
        ApiClient.Answer after = keyPost(port, "/api/feeds/MEDICAL_INSURANCE", key, json);
        assertThat(after.status()).isEqualTo(401);
        assertThat((String) after.read("$.code")).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void onlyACountyAdministratorIssuesKeysAndOnlyWithinScope() {
        ApiClient liaison = ApiClient.loggedIn(port, "t-liaison", TestCounty.PASSWORD);
        ApiClient.Answer a = liaison.post("/api/api-keys", Map.of("name", "x", "department", "HOUSING", "regionCode", TestCounty.COUNTY));
        assertThat(a.status()).isEqualTo(403);
        ApiClient.Answer outside = admin.post("/api/api-keys", Map.of("name", "x", "department", "HOUSING", "regionCode", "110000000000"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat((String) outside.read("$.errors[0].code")).isEqualTo("REGION_OUT_OF_SCOPE");
    }

    @Test
    void aKeyOfOneTownshipMatchesOnlyThatTownship() {
        String inside = Ids.unique("1955-05-05", true);
        String outside = Ids.unique("1956-06-06", true);
        FeedSamples.householdWith(admin, TestCounty.VILLAGE_1, "欧阳一镇", inside);
        FeedSamples.householdWith(admin, TestCounty.VILLAGE_2, "欧阳二乡", outside);
        String key = newKey("PETITION", TestCounty.TOWNSHIP_1);
        ApiClient.Answer a = keyPost(port, "/api/feeds/PETITION", key, body(List.of(
                row("name", "欧阳一镇", "idNumber", inside, "date", "2025-03-03", "summary", "因病致贫", "hardship", "医疗支出大"),
                row("name", "欧阳二乡", "idNumber", outside, "date", "2025-03-03"))));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(1);
    }

    @Test
    void tenThousandRowsArePushedInOneRequest() {
        String id = Ids.unique("1950-12-12", false);
        long household = FeedSamples.householdWith(admin, TestCounty.VILLAGE_1B, "欧阳万", id);
        String key = newKey("EDUCATION", TestCounty.COUNTY);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("name", "欧阳万", "idNumber", id, "stage", "初中", "warning", "辍学风险", "date", "2025-09-01"));
        for (int i = 1; i < 10_000; i++) {
            rows.add(row("name", "学生" + i, "idNumber", Ids.unique("2010-03-0" + (1 + i % 9), i % 2 == 0), "stage", "初中",
                    "warning", i % 500 == 0 ? "逃学" : "辍学风险", "date", "2025-09-01", "amount", i));
        }
        long started = System.nanoTime();
        ApiClient.Answer a = keyPost(port, "/api/feeds/EDUCATION", key, body(rows));
        System.out.printf("[FeedApiIT] 10,000-row push answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((Integer) a.read("$.rows")).isEqualTo(10_000);
        assertThat((Integer) a.read("$.matched")).isEqualTo(1);
        assertThat((Integer) a.read("$.invalid")).isEqualTo(19);
        assertThat((Integer) a.read("$.unmatched")).isEqualTo(9_980);
        assertThat(jdbc.queryForObject("select fields->>'warning' from risk_fact where household_id = ? and kind = 'EDUCATION_WARNING'",
                String.class, household)).isEqualTo("辍学风险");
    }

    @Test
    void oversizedAndMalformedPushesAreRefusedWithACode() {
        String key = newKey("OTHER", TestCounty.COUNTY);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            rows.add(row("name", "甲", "idNumber", "1", "subject", "x"));
        }
        ApiClient.Answer big = keyPost(port, "/api/feeds/OTHER", key, body(rows));
        assertThat(big.status()).isEqualTo(413);
        assertThat((String) big.read("$.code")).isEqualTo("TOO_MANY_ROWS");
        ApiClient.Answer garbage = keyPost(port, "/api/feeds/OTHER", key, "{\"rows\": [1, 2");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat((String) garbage.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        ApiClient.Answer nested = keyPost(port, "/api/feeds/OTHER", key, "{\"rows\": [{\"name\": {\"a\": 1}}]}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat((String) nested.read("$.code")).isEqualTo("ROW_FORMAT");
        ApiClient.Answer empty = keyPost(port, "/api/feeds/OTHER", key, "{\"rows\": []}");
        assertThat((String) empty.read("$.code")).isEqualTo("NO_ROWS");
        ApiClient.Answer noRows = keyPost(port, "/api/feeds/OTHER", key, "{}");
        assertThat((String) noRows.read("$.code")).isEqualTo("ROWS_REQUIRED");
        // a session user may push too, but like every browser request only with the CSRF token
        ApiClient liaison = ApiClient.loggedIn(port, "t-liaison", TestCounty.PASSWORD);
        ApiClient.Answer bySession = liaison.post("/api/feeds/OTHER", Map.of("rows", List.of(row("name", "甲", "idNumber",
                Ids.unique("1960-01-01", true), "subject", "媒体报道"))));
        assertThat(bySession.status()).as(bySession.body()).isEqualTo(200);
        assertThat((Integer) bySession.read("$.unmatched")).isEqualTo(1);
    }
}
