package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.screening.WhatIfCandidate;
import org.shouwang.policy.rules.RuleSource;
import org.springframework.stereotype.Component;

/**
 * What-if: the profile in force with a candidate threshold and candidate rules (added, or replacing the rule of the
 * same code), so officials see who next year's numbers would flag before anything is published.
 */
@Component
public class WhatIfScreeners {

    private final Screeners screeners;
    private final Map<PolicyProfile, Screener> compiled = new ConcurrentHashMap<>();

    WhatIfScreeners(Screeners screeners) {
        this.screeners = screeners;
    }

    /** Reads a run's candidate and forgets the screeners compiled for the previous run's candidate. */
    WhatIfCandidate candidate(String json) {
        compiled.clear();
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, WhatIfCandidate.class);
    }

    /** One run uses one candidate (runs go one at a time), so candidate screeners are kept per base profile. */
    Screener screener(Screener base, WhatIfCandidate c) {
        return compiled.computeIfAbsent(base.profile(), p -> build(p, c));
    }

    private Screener build(PolicyProfile p, WhatIfCandidate c) {
        ProfileParameters pp = p.parameters();
        ProfileParameters.Threshold threshold = c.threshold() == null ? pp.threshold()
                : new ProfileParameters.Threshold(c.threshold(), "试算");
        ProfileParameters params = new ProfileParameters(threshold, pp.thresholdNote(), pp.incomeWindow(),
                pp.incomeItems(), pp.clueResponse(), pp.steps(), pp.publicityDays(), pp.elimination(), pp.visits(),
                pp.labels(), pp.params());
        Map<String, PolicyRule> rules = new LinkedHashMap<>();
        p.rules().forEach(r -> rules.put(r.code(), r));
        if (c.disabledCodes() != null) {
            c.disabledCodes().forEach(rules::remove);
        }
        if (c.rules() != null) {
            for (RuleSource s : c.rules()) {
                rules.put(s.code(), new PolicyRule(0, 0, s.code(), 0, PolicyRule.RuleStatus.DRAFT, false, s.name(),
                        "试算规则", null, s.scope(), s.department(), s.expression(), s.evidence(), "what-if", null));
            }
        }
        PolicyProfile candidate = new PolicyProfile(p.regionCode(), p.date(), p.chain(), params, p.origins(),
                new ArrayList<>(rules.values()));
        return new Screener(candidate, candidate.rules(), screeners::compile);
    }
}
