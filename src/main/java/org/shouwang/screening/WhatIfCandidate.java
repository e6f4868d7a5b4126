package org.shouwang.screening;

import java.math.BigDecimal;
import java.util.List;
import org.shouwang.policy.rules.RuleSource;

/**
 * A change to try before publishing it: a threshold, rules to add or to put in place of the rule with the same code,
 * and rule codes to leave out.
 */
public record WhatIfCandidate(BigDecimal threshold, List<RuleSource> rules, List<String> disabledCodes) {
}
