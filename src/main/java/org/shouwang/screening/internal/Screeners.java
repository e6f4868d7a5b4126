package org.shouwang.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.rules.CompiledRule;
import org.shouwang.policy.rules.RuleEngine;
import org.shouwang.policy.rules.RuleSource;
import org.springframework.stereotype.Component;

/**
 * The screener for a region and date: compiling a profile's rules takes milliseconds, a household's explanation must
 * answer in a few, so compiled screeners are kept per resolved profile (which {@link PolicyProfiles} itself keeps
 * until a profile changes; then the old one is dropped here too).
 */
@Component
public class Screeners {

    private final PolicyProfiles profiles;
    private final RuleEngine engine;
    private final Clock clock;
    private final Map<PolicyProfile, Screener> compiled = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<SourceKey, CompiledRule> rules = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SourceKey, CompiledRule> eldest) {
            return size() > 500;
        }
    };

    Screeners(PolicyProfiles profiles, RuleEngine engine, Clock clock) {
        this.profiles = profiles;
        this.engine = engine;
        this.clock = clock;
    }

    public Screener forRegion(String regionCode, LocalDate asOf) {
        PolicyProfile profile = profiles.inForce(regionCode, asOf);
        // a profile's hash walks all its rules, and the shared map is locked: one explanation per request paid both,
        // so the screener is first looked up by region and day, and is still the right one while PolicyProfiles
        // hands out the same profile object (it gives a new one when a profile changes)
        String key = regionCode + "@" + asOf;
        Screener s = byRegionDay.get(key);
        if (s != null && s.profile() == profile) {
            return s;
        }
        s = compiled.get(profile);
        if (s == null) {
            s = new Screener(profile, profile.rules(), this::compile);
            compiled.put(profile, s);
        }
        if (byRegionDay.size() > 10_000) {
            byRegionDay.clear();
        }
        byRegionDay.put(key, s);
        return s;
    }

    private final Map<String, Screener> byRegionDay = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every village has a profile of its own (inherited, usually identical), and compiling a county's rules for each
     * of its hundreds of villages took a fifth of a first run: compiled rules are shared by their source text. The
     * cache is bounded, so rules tried and changed over the years do not pile up.
     */
    CompiledRule compile(RuleSource source) {
        // the evidence is shown in the order written, which map equality ignores
        SourceKey key = new SourceKey(source, List.copyOf(source.evidence().keySet()));
        synchronized (rules) {
            CompiledRule c = rules.get(key);
            if (c != null) {
                return c;
            }
        }
        CompiledRule c = engine.compile(source);
        synchronized (rules) {
            rules.put(key, c);
        }
        return c;
    }

    private record SourceKey(RuleSource source, List<String> evidenceOrder) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RuleEngine engine() {
        return engine;
    }
}
