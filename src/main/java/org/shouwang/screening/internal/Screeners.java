package org.shouwang.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.rules.RuleEngine;
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

    Screeners(PolicyProfiles profiles, RuleEngine engine, Clock clock) {
        this.profiles = profiles;
        this.engine = engine;
        this.clock = clock;
    }

    public Screener forRegion(String regionCode, LocalDate asOf) {
        PolicyProfile profile = profiles.inForce(regionCode, asOf);
        Screener s = compiled.get(profile);
        if (s == null) {
            s = new Screener(profile, engine);
            compiled.put(profile, s);
        }
        return s;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RuleEngine engine() {
        return engine;
    }
}
