package org.shouwang.policy.rules;

/**
 * A reason a rule cannot be saved: where (1-based line and column of the expression, or the evidence label) and why.
 *
 * @param part "expression" or "evidence:<label>"
 */
public record RuleProblem(String part, int line, int column, String message) {
}
