package org.shouwang.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.ProfileEdits;
import org.shouwang.policy.rules.RuleScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the profiles shipped as data (src/main/resources/policy/profiles: the national profile and the five plans of
 * ../shared/seeds) once each: a profile whose key is already stored is left alone, so an administrator's later
 * changes survive upgrades. A profile may say {@code basedOn} another to start from its parameters and rules.
 */
@Component
@Order(0)
class ShippedProfiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedProfiles.class);

    private final ProfileStore store;
    private final ProfileEdits edits;
    private final TransactionTemplate tx;

    ShippedProfiles(ProfileStore store, ProfileEdits edits, TransactionTemplate tx) {
        this.store = store;
        this.edits = edits;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadAll();
    }

    /** Public to tests through the runner; loads every shipped profile not yet stored. */
    void loadAll() {
        Map<String, JsonNode> byKey = new HashMap<>();
        List<JsonNode> ordered = new ArrayList<>();
        for (Resource r : resources()) {
            try (InputStream in = r.getInputStream()) {
                JsonNode node = store.json().readTree(in);
                byKey.put(node.get("key").asString(), node);
                ordered.add(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int loaded = 0;
        for (JsonNode node : ordered) {
            String key = node.get("key").asString();
            if (!store.shippedExists(key)) {
                tx.executeWithoutResult(s -> load(node, byKey));
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} shipped policy profiles", loaded);
        }
    }

    private void load(JsonNode node, Map<String, JsonNode> byKey) {
        ObjectNode parameters = store.json().createObjectNode();
        List<JsonNode> rules = new ArrayList<>();
        if (node.hasNonNull("basedOn")) {
            JsonNode base = byKey.get(node.get("basedOn").asString());
            parameters.setAll((ObjectNode) base.get("parameters").deepCopy());
            base.get("rules").forEach(rules::add);
        }
        node.get("parameters").properties().forEach(e -> parameters.set(e.getKey(), e.getValue()));
        node.get("rules").forEach(rules::add);
        JsonNode to = node.get("effectiveTo");
        long id = store.insertProfile(node.get("key").asString(), node.get("regionCode").asString(),
                node.get("name").asString(), LocalDate.parse(node.get("effectiveFrom").asString()),
                to == null || to.isNull() ? null : LocalDate.parse(to.asString()),
                node.get("sourceDoc").asString(), parameters, "system");
        store.audit(id, null, "PROFILE_SHIPPED", null, Map.of("key", node.get("key").asString()), "system");
        for (JsonNode r : rules) {
            Map<String, String> evidence = new java.util.LinkedHashMap<>();
            r.get("evidence").properties().forEach(e -> evidence.put(e.getKey(), e.getValue().asString()));
            edits.publishShipped(id, new ProfileEdits.RuleInput(r.get("code").asString(), r.get("name").asString(),
                    r.get("description").asString(), r.get("clause").asString(),
                    RuleScope.valueOf(r.get("scope").asString()),
                    r.hasNonNull("department") ? r.get("department").asString() : null,
                    r.get("expression").asString(), evidence, false));
        }
    }

    private static List<Resource> resources() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:policy/profiles/*.json");
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
