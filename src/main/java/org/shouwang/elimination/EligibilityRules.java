package org.shouwang.elimination;

import java.math.BigDecimal;
import org.shouwang.policy.PolicyProfile;

/**
 * The numbers eligibility is judged by, from the profile in force (DOMAIN.md 4.4, 10). Where a profile is silent the
 * Anhui figures apply (6 months since identification, 1 measure, 6 months of stable income, no-labour households
 * never eliminated); the threshold has no default, so without one the income conditions fail with that reason.
 */
public record EligibilityRules(BigDecimal threshold, int stableIncomeMonths, int minMonthsSinceIdentification,
        int minMeasures, boolean noLabourNeverEliminated) {

    public static EligibilityRules from(PolicyProfile profile) {
        var e = profile.parameters().elimination();
        return new EligibilityRules(profile.threshold(),
                e == null || e.stableIncomeMonths() == null ? 6 : e.stableIncomeMonths(),
                e == null || e.minMonthsSinceIdentification() == null ? 6 : e.minMonthsSinceIdentification(),
                e == null || e.minMeasures() == null ? 1 : e.minMeasures(),
                e == null || e.noLabourNeverEliminated() == null || e.noLabourNeverEliminated());
    }
}
