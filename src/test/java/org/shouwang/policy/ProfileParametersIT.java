package org.shouwang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saving a profile's parameters refuses numbers that would break deadlines, income windows or rules, with a code
 * per parameter, and leaves the profile as it was.
 */
@IntegrationTest
class ProfileParametersIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    long profile;

    @BeforeEach
    void setUp() {
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        profile = TestProfiles.county(admin, jdbc);
    }

    @Test
    void meaninglessWindowsDaysAndParameterNamesAreRefusedWithTheirCodes() {
        Map<String, Object> window = new HashMap<>();
        window.put("from", "2026-05-01");
        window.put("to", "2025-04-30");
        assertRefused(Map.of("incomeWindow", window), "INCOME_WINDOW");
        assertRefused(Map.of("incomeWindow", Map.of("from", "2026-05-01")), "INCOME_WINDOW");
        assertRefused(Map.of("incomeWindow", Map.of("rollingMonths", 0)), "INCOME_WINDOW");
        assertRefused(Map.of("steps", Map.of("HOME_CHECK", Map.of("days", -3, "working", true))), "DAYS_RANGE");
        assertRefused(Map.of("clueResponse", Map.of("days", 100000, "working", true)), "DAYS_RANGE");
        assertRefused(Map.of("publicityDays", 0), "DAYS_RANGE");
        assertRefused(Map.of("params", Map.of("medical limit'; drop table policy_profile; --", 1)), "PARAM_NAME");
        assertRefused(Map.of("labels", Map.of("monitoredObject", "")), "LABEL_TEXT");
    }

    @Test
    void aValidChangeIsSavedAndTheVersionMovesOn() {
        ApiClient.Answer before = admin.get("/api/policy/profiles/" + profile);
        Map<String, Object> params = new HashMap<>(before.read("$.parameters"));
        params.put("incomeWindow", Map.of("rollingMonths", 12));
        ApiClient.Answer ok = admin.put("/api/policy/profiles/" + profile, TestProfiles.saveBody(before, params));
        assertThat(ok.status()).as(ok.body()).isEqualTo(204);
        ApiClient.Answer after = admin.get("/api/policy/profiles/" + profile);
        assertThat((Integer) after.read("$.profile.version")).isGreaterThan((Integer) before.read("$.profile.version"));
        assertThat((Integer) after.read("$.parameters.incomeWindow.rollingMonths")).isEqualTo(12);
        // the same body again carries the old version: someone else's change is not overwritten
        assertThat(admin.put("/api/policy/profiles/" + profile, TestProfiles.saveBody(before, params)).status()).isEqualTo(409);
    }

    private void assertRefused(Map<String, Object> change, String code) {
        ApiClient.Answer before = admin.get("/api/policy/profiles/" + profile);
        Map<String, Object> params = new HashMap<>(before.read("$.parameters"));
        params.putAll(change);
        ApiClient.Answer a = admin.put("/api/policy/profiles/" + profile, TestProfiles.saveBody(before, params));
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.<List<String>>read("$.errors[*].code")).as(a.body()).contains(code);
        ApiClient.Answer after = admin.get("/api/policy/profiles/" + profile);
        assertThat((Object) after.read("$.parameters")).isEqualTo(before.read("$.parameters"));
    }
}
