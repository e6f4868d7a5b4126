package org.shouwang.elimination;

import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.access.CurrentUser;
import org.shouwang.elimination.EligibilityFacts.Declarations;
import org.shouwang.elimination.internal.EligibilityFactStore;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.registry.Monitoring;
import org.shouwang.shared.ProblemException;
import org.springframework.stereotype.Service;

/** Checks a household's eligibility for risk elimination under the policy in force in its village today. */
@Service
public class Eligibilities {

    private final EligibilityFactStore facts;
    private final Monitoring monitoring;
    private final PolicyProfiles profiles;
    private final Clock clock;

    Eligibilities(EligibilityFactStore facts, Monitoring monitoring, PolicyProfiles profiles, Clock clock) {
        this.facts = facts;
        this.monitoring = monitoring;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** For the household page: 404 when the household is outside the user's scope. */
    public Eligibility check(long householdId, EliminationMethod method, CurrentUser user) {
        Monitoring.Household h = visible(householdId, user);
        return check(h, method == null ? EliminationMethod.ASSISTED : method, Declarations.NONE);
    }

    Eligibility check(Monitoring.Household h, EliminationMethod method, Declarations declared) {
        var rules = EligibilityRules.from(profiles.inForce(h.regionCode(), LocalDate.now(clock)));
        return new EligibilityCheck(rules, clock).check(h.id(), facts.facts(h.id(), h.status(), clock.getZone()), method, declared);
    }

    Monitoring.Household visible(long householdId, CurrentUser user) {
        return monitoring.find(householdId).filter(x -> user.covers(x.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("农户"));
    }
}
