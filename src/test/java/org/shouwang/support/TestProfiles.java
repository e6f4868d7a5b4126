package org.shouwang.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test county's own policy profile (测试县 2025 年起: threshold 8,000 and the published 医保 department rule
 * T_MEDICAL), made through the API as t-admin the first time a test needs it. All integration tests share one
 * context and database, so whichever asks first creates it and the others find it by name; each missing part (the
 * profile, the rule, its publication) is added on its own, so a run that stopped half-way is completed.
 */
public final class TestProfiles {

    public static final String NAME = "测试县 2025 年起";
    public static final String COUNTY_PROFILE = NAME;
    public static final String MEDICAL_RULE = "T_MEDICAL";
    public static final String MEDICAL_RULE_NAME = "医保自付超过限额";
    public static final int MEDICAL_LIMIT = 20000;
    public static final int THRESHOLD = 8000;

    private TestProfiles() {
    }

    /** Makes sure the profile is in force in the test county and returns its id. */
    public static synchronized long ensureCounty(int port, JdbcClient jdbc) {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        long profile = find(jdbc).orElseGet(() -> create(admin));
        String status = jdbc.sql("select status from policy_rule where profile_id = ? and code = ? and version = 1")
                .params(profile, MEDICAL_RULE).query(String.class).optional().orElse(null);
        if (status == null) {
            ApiClient.Answer rule = admin.post("/api/policy/profiles/" + profile + "/rules", Map.of(
                    "code", MEDICAL_RULE, "name", MEDICAL_RULE_NAME, "scope", "FACT", "department", "MEDICAL_INSURANCE",
                    "clause", "测试条款",
                    "expression", "fact.kind == 'SELF_PAID_MEDICAL' && fact.amount > profile.params.medicalSelfPaidLimit",
                    "evidence", Map.of("个人自付（元）", "fact.amount")));
            expect(rule, 201, "rule " + MEDICAL_RULE);
            status = "DRAFT";
        }
        if ("DRAFT".equals(status)) {
            expect(admin.post("/api/policy/profiles/" + profile + "/rules/" + MEDICAL_RULE + "/publish", Map.of("version", 1)),
                    204, "publishing " + MEDICAL_RULE);
        }
        return profile;
    }

    /** The same, for tests that hold a logged-in administrator already. */
    public static synchronized long county(ApiClient admin, JdbcClient jdbc) {
        return ensureCounty(admin.port(), jdbc);
    }

    private static Optional<Long> find(JdbcClient jdbc) {
        return jdbc.sql("select id from policy_profile where region_code = ? and name = ? order by id limit 1")
                .params(TestCounty.COUNTY, NAME).query(Long.class).optional();
    }

    private static long create(ApiClient admin) {
        Map<String, Object> params = new HashMap<>();
        params.put("threshold", Map.of("amount", THRESHOLD, "source", "测试县2026年监测范围"));
        params.put("params", Map.of("medicalSelfPaidLimit", MEDICAL_LIMIT));
        ApiClient.Answer created = admin.post("/api/policy/profiles", Map.of("regionCode", TestCounty.COUNTY,
                "name", NAME, "effectiveFrom", "2025-01-01", "sourceDoc", "测试", "parameters", params));
        expect(created, 201, "profile " + NAME);
        return ((Number) created.read("$.id")).longValue();
    }

    private static void expect(ApiClient.Answer a, int status, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + " but got " + a.status() + " " + a.body());
        }
    }

    /** The body that saves a profile as {@code detail} (GET /api/policy/profiles/{id}) shows it, with {@code params}. */
    public static Map<String, Object> saveBody(ApiClient.Answer detail, Map<String, Object> params) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", TestCounty.COUNTY);
        body.put("name", detail.read("$.profile.name"));
        body.put("effectiveFrom", detail.read("$.profile.effectiveFrom"));
        body.put("effectiveTo", detail.read("$.profile.effectiveTo"));
        body.put("sourceDoc", detail.read("$.profile.sourceDoc"));
        body.put("parameters", params);
        body.put("version", detail.read("$.profile.version"));
        return body;
    }
}
