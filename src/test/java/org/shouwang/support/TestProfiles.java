package org.shouwang.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test county's own policy profile "测试县 2025 年起" (threshold 8000, rule T_MEDICAL), shared by every test that
 * needs one: created by whichever test comes first, found by name afterwards, so the county never has two profiles
 * in force at once.
 */
public final class TestProfiles {

    public static final String COUNTY_PROFILE = "测试县 2025 年起";

    private TestProfiles() {
    }

    public static synchronized long county(ApiClient admin, JdbcClient jdbc) {
        List<Long> found = jdbc.sql("select id from policy_profile where name = ? and region_code = ?")
                .params(COUNTY_PROFILE, TestCounty.COUNTY).query(Long.class).list();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("threshold", Map.of("amount", 8000, "source", "测试县2026年监测范围"));
        params.put("params", Map.of("medicalSelfPaidLimit", 20000));
        ApiClient.Answer created = admin.post("/api/policy/profiles", Map.of("regionCode", TestCounty.COUNTY,
                "name", COUNTY_PROFILE, "effectiveFrom", "2025-01-01", "sourceDoc", "测试", "parameters", params));
        check(created, 201);
        long profile = ((Number) created.read("$.id")).longValue();
        check(admin.post("/api/policy/profiles/" + profile + "/rules", Map.of(
                "code", "T_MEDICAL", "name", "医保自付超过限额", "scope", "FACT", "department", "MEDICAL_INSURANCE",
                "clause", "测试条款", "expression", "fact.kind == 'SELF_PAID_MEDICAL' && fact.amount > profile.params.medicalSelfPaidLimit",
                "evidence", Map.of("个人自付（元）", "fact.amount"))), 201);
        check(admin.post("/api/policy/profiles/" + profile + "/rules/T_MEDICAL/publish", Map.of("version", 1)), 204);
        return profile;
    }

    private static void check(ApiClient.Answer a, int status) {
        if (a.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + a.status() + " " + a.body());
        }
    }
}
