package org.shouwang.policy.rules;

import java.util.Map;
import java.util.Objects;

/**
 * A rule as an official writes it: a CEL condition over the household view, and the values to show beside the
 * reason when it fires ({@code evidence}: Chinese label → CEL expression), so a village sees not only which rule
 * flagged a household but the numbers it saw.
 */
public record RuleSource(String code, String name, RuleScope scope, String department, String expression,
        Map<String, String> evidence) {

    public RuleSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(expression, "expression");
        // insertion order is the order officials wrote and read the evidence in
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
