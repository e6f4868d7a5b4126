package org.shouwang.screening.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.policy.rules.RuleEngine;
import org.shouwang.policy.rules.RuleScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A shipped profile file (src/main/resources/policy/profiles) laid over the national one, without a database, so
 * each shipped rule can be tried on households on both sides of its boundary.
 */
final class ShippedProfile {

    static final RuleEngine ENGINE = new RuleEngine();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShippedProfile() {
    }

    static Screener screener(String file, LocalDate on) {
        return screener(file, on, Map.of());
    }

    /** @param extraParams parameters an administrator would add (e.g. an amount a plan does not state) */
    static Screener screener(String file, LocalDate on, Map<String, Double> extraParams) {
        JsonNode national = read("00-national-2021.json");
        JsonNode local = read(file);
        ObjectNode parameters = (ObjectNode) national.get("parameters").deepCopy();
        local.get("parameters").properties().forEach(e -> parameters.set(e.getKey(), e.getValue()));
        ObjectNode params = parameters.has("params") ? (ObjectNode) parameters.get("params") : parameters.putObject("params");
        extraParams.forEach(params::put);
        List<PolicyRule> rules = new ArrayList<>();
        national.get("rules").forEach(r -> rules.add(rule(r)));
        if (!file.startsWith("00-")) {
            local.get("rules").forEach(r -> rules.add(rule(r)));
        }
        PolicyProfile profile = new PolicyProfile("340604001001", on, List.of(),
                JSON.treeToValue(parameters, ProfileParameters.class), Map.of(), rules);
        return new Screener(profile, ENGINE);
    }

    static List<JsonNode> allRules() {
        List<JsonNode> all = new ArrayList<>();
        for (String f : List.of("00-national-2021.json", "10-huaibei-lieshan-2022.json", "11-jinzhai-2023.json",
                "12-rongan-2022.json", "13-liaoning-2022.json", "14-qianshan-2024.json", "15-haikou-yanfeng-2022.json")) {
            read(f).get("rules").forEach(all::add);
        }
        return all;
    }

    static PolicyRule rule(JsonNode r) {
        Map<String, String> evidence = new LinkedHashMap<>();
        r.get("evidence").properties().forEach(e -> evidence.put(e.getKey(), e.getValue().asString()));
        return new PolicyRule(1, 1, r.get("code").asString(), 1, PolicyRule.RuleStatus.PUBLISHED, false,
                r.get("name").asString(), r.get("description").asString(), r.get("clause").asString(),
                RuleScope.valueOf(r.get("scope").asString()),
                r.hasNonNull("department") ? r.get("department").asString() : null, r.get("expression").asString(),
                evidence, "test", null);
    }

    private static JsonNode read(String file) {
        try (InputStream in = ShippedProfile.class.getResourceAsStream("/policy/profiles/" + file)) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
