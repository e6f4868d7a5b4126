package org.shouwang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/** User administration refuses bad, duplicated and hostile input with codes, and never answers 500. */
@IntegrationTest
class UsersApiIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAUserWhoCanThenLogIn() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        String name = "clerk" + System.nanoTime() % 1_000_000;
        ApiClient.Answer created = admin.post("/api/users", user(name, "VILLAGE_CLERK", TestCounty.VILLAGE_1B, "a-good-password"));
        assertThat(created.status()).isEqualTo(201);
        assertThat((String) created.read("$.roleLabel")).isEqualTo("村级经办员");
        assertThat((String) created.read("$.regionName")).isEqualTo("西村");
        assertThat(new ApiClient(port).login(name, "a-good-password").status()).isEqualTo(200);
        ApiClient.Answer again = admin.post("/api/users", user(name, "VILLAGE_CLERK", TestCounty.VILLAGE_1B, "a-good-password"));
        assertThat((List<String>) again.read("$.errors[*].code")).contains("USERNAME_TAKEN");
    }

    @Test
    void badAndHostileUserInputIsRefusedFieldByField() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        ApiClient.Answer a = admin.post("/api/users", user("x'; drop table app_user; --", null, "34999900100X", "short"));
        assertThat(a.status()).isEqualTo(422);
        assertThat((List<String>) a.read("$.errors[*].code"))
                .contains("USERNAME_FORMAT", "ROLE_REQUIRED", "REGION_FORMAT", "PASSWORD_WEAK");
        ApiClient.Answer unknownRegion = admin.post("/api/users", user("someone", "VILLAGE_CLERK", "349999001099", "long-enough-1"));
        assertThat((List<String>) unknownRegion.read("$.errors[*].code")).contains("REGION_UNKNOWN");
        ApiClient.Answer unknownRole = admin.postRaw("/api/users", "application/json",
                "{\"username\":\"abc\",\"role\":\"EMPEROR\"}".getBytes());
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(admin.post("/api/users", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void disablingOrMovingAUserTakesEffectOnTheirNextRequest() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        String name = "moved" + System.nanoTime() % 1_000_000;
        Object id = admin.post("/api/users", user(name, "VILLAGE_CLERK", TestCounty.VILLAGE_1, "a-good-password")).read("$.id");
        ApiClient clerk = ApiClient.loggedIn(port, name, "a-good-password");
        assertThat((String) clerk.get("/api/auth/me").read("$.regionName")).isEqualTo("东村");

        Map<String, Object> moved = Map.of("displayName", "调岗", "role", "VILLAGE_CLERK", "regionCode", TestCounty.VILLAGE_1B,
                "enabled", true);
        assertThat(admin.put("/api/users/" + id, moved).status()).isEqualTo(200);
        assertThat((String) clerk.get("/api/auth/me").read("$.regionName")).isEqualTo("西村");

        Map<String, Object> disabled = Map.of("displayName", "调岗", "role", "VILLAGE_CLERK", "regionCode", TestCounty.VILLAGE_1B,
                "enabled", false);
        assertThat(admin.put("/api/users/" + id, disabled).status()).isEqualTo(200);
        ApiClient.Answer refused = clerk.get("/api/households");
        assertThat(refused.status()).isEqualTo(401);
        assertThat((String) refused.read("$.code")).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        Object id = admin.get("/api/users").json().read("$[?(@.username == 't-admin')].id", List.class).get(0);
        ApiClient.Answer a = admin.put("/api/users/" + id, Map.of("displayName", "t-admin", "role", "COUNTY_ADMIN",
                "regionCode", TestCounty.COUNTY, "enabled", false));
        assertThat(a.status()).isEqualTo(409);
        assertThat((String) a.read("$.code")).isEqualTo("SELF_LOCKOUT");
    }

    @Test
    void oversizedOrMalformedLoginsAreRefusedCleanly() {
        ApiClient c = new ApiClient(port);
        assertThat(c.login("t-clerk1", "x".repeat(100_000)).status()).isEqualTo(401);
        assertThat(c.login("<script>alert(1)</script>", "x").status()).isEqualTo(401);
        assertThat(c.postRaw("/api/auth/login", "application/json", "[]".getBytes()).status()).isEqualTo(400);
        assertThat(c.postRaw("/api/auth/login", "text/plain", "hello".getBytes()).status()).isEqualTo(415);
    }

    private static Map<String, Object> user(String username, String role, String region, String password) {
        Map<String, Object> u = new HashMap<>();
        u.put("username", username);
        u.put("displayName", "测试用户");
        u.put("role", role);
        u.put("regionCode", region);
        u.put("password", password);
        return u;
    }
}
