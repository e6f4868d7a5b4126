package org.shouwang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shouwang.policy.PolicyProfile.ProfileRef;
import org.shouwang.policy.internal.ProfileStore;
import org.shouwang.shared.RegionCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers "which policy is in force for this region on this date?" by merging the profiles of the region and of the
 * regions above it (national → province → city → county → township), each lower one overriding what it states.
 * Profiles change a few times a year and are read on every screening and explanation, so answers are kept until
 * {@link ProfileEdits} changes something.
 */
@Component
public class PolicyProfiles {

    /** The region code national profiles are attached to. */
    public static final String NATIONAL = "000000000000";

    private final ProfileStore store;
    private final Map<String, PolicyProfile> cache = new ConcurrentHashMap<>();
    /** The profiles resolved for the lowest region of each chain (a township, or the region itself above it). */
    private final Map<String, PolicyProfile> held = new ConcurrentHashMap<>();

    PolicyProfiles(ProfileStore store) {
        this.store = store;
    }

    public PolicyProfile inForce(String regionCode, LocalDate date) {
        return cache.computeIfAbsent(regionCode + "@" + date, k -> {
            // villages hold no profiles, so a village's policy is its township's. Resolving reads the store and merges
            // JSON, and a county's screening run asks for each of its thousands of villages: after a restart that was
            // two seconds of the run. So each township is resolved once and handed to its villages under their codes.
            List<String> chain = chainOf(regionCode);
            String holder = chain.get(chain.size() - 1);
            PolicyProfile p = held.computeIfAbsent(holder + "@" + date, h -> resolve(holder, date));
            return holder.equals(regionCode) ? p
                    : new PolicyProfile(regionCode, date, p.chain(), p.parameters(), p.origins(), p.rules());
        });
    }

    void invalidate() {
        // the resolved profiles first: a village asked for meanwhile must not be built from one resolved before
        held.clear();
        cache.clear();
    }

    /** National first, then province, city, county and township of {@code regionCode}; villages have no profiles. */
    public static List<String> chainOf(String regionCode) {
        List<String> codes = new ArrayList<>();
        codes.add(NATIONAL);
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            return codes;
        }
        int level = new RegionCode(regionCode).level();
        int[] prefixes = {2, 4, 6, 9};
        for (int i = 0; i < prefixes.length && i < level; i++) {
            String code = regionCode.substring(0, prefixes[i]) + "0".repeat(12 - prefixes[i]);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private PolicyProfile resolve(String regionCode, LocalDate date) {
        List<String> chain = chainOf(regionCode);
        List<StoredProfile> found = new ArrayList<>(store.inForce(chain, date));
        found.sort(Comparator.comparingInt(p -> chain.indexOf(p.ref().regionCode())));
        ObjectNode merged = store.json().createObjectNode();
        Map<String, String> origins = new LinkedHashMap<>();
        List<ProfileRef> refs = new ArrayList<>();
        for (StoredProfile p : found) {
            refs.add(p.ref());
            merge(merged, p.parameters(), "", p.ref().name(), origins);
        }
        ProfileParameters parameters = store.json().treeToValue(merged, ProfileParameters.class);
        Map<String, PolicyRule> rules = new LinkedHashMap<>();
        List<PolicyRule> published = store.publishedRules(found.stream().map(p -> p.ref().id()).toList());
        for (StoredProfile p : found) {
            for (PolicyRule r : published) {
                if (r.profileId() == p.ref().id()) {
                    rules.remove(r.code());
                    if (!r.disabled()) {
                        rules.put(r.code(), r);
                    }
                }
            }
        }
        return new PolicyProfile(regionCode, date, List.copyOf(refs), parameters, Map.copyOf(origins),
                List.copyOf(rules.values()));
    }

    /** Parameters that are maps by key: a lower profile states single entries (one step's days, one label). */
    private static final java.util.Set<String> MAP_PARAMETERS = java.util.Set.of("steps", "labels", "params");

    /** Lays {@code over} onto {@code into}: map parameters merge entry by entry, everything else is replaced whole. */
    private static void merge(ObjectNode into, JsonNode over, String path, String origin, Map<String, String> origins) {
        for (var entry : over.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String name = path.isEmpty() ? key : path + "." + key;
            if (path.isEmpty() && MAP_PARAMETERS.contains(key) && value.isObject() && into.get(key) instanceof ObjectNode existing) {
                merge(existing, value, name, origin, origins);
            } else {
                into.set(key, value.deepCopy());
                origins.put(name, origin);
            }
        }
    }

    /** All profiles, for the profile list (profiles are public policy, not personal data). */
    public List<StoredProfile> all() {
        return store.all();
    }

    /** The id of a profile shipped as data, by its key (e.g. "huaibei-lieshan-2022"). */
    public java.util.Optional<Long> shipped(String key) {
        return store.all().stream().filter(p -> key.equals(p.shippedKey())).map(p -> p.ref().id()).findFirst();
    }

    public java.util.Optional<StoredProfile> find(long id) {
        return store.find(id);
    }

    public List<PolicyRule> rulesOf(long profileId) {
        return store.rules(profileId);
    }

    public List<Map<String, Object>> changesOf(long profileId) {
        return store.changes(profileId);
    }
}
