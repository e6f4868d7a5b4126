package org.shouwang.policy.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type-checks and compiles rules written in CEL against the {@link HouseholdViewSchema}. CEL is sandboxed (no I/O, no
 * loops beyond the list macros, bounded iterations), so an official's rule can neither harm the server nor hang it.
 * Plain Java: thread-safe once built, no Spring.
 */
public final class RuleEngine {

    /** Longest expression accepted; rules are conditions, not programs. */
    public static final int MAX_EXPRESSION_LENGTH = 4_000;

    private final Cel householdRules;
    private final Cel factRules;
    private final Cel householdEvidence;
    private final Cel factEvidence;

    public RuleEngine() {
        CelOptions options = CelOptions.current()
                .enableHeterogeneousNumericComparisons(true)
                .comprehensionMaxIterations(10_000)
                .maxParseRecursionDepth(64)
                .maxParseExpressionNodeCount(2_000)
                // kept so a rule's list macros (exists, all, filter…) can be recognised when it is translated to SQL
                .populateMacroCalls(true)
                .build();
        householdRules = environment(options, false, true);
        factRules = environment(options, true, true);
        householdEvidence = environment(options, false, false);
        factEvidence = environment(options, true, false);
    }

    private static Cel environment(CelOptions options, boolean withFact, boolean condition) {
        var builder = CelFactory.standardCelBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setTypeProvider(HouseholdViewSchema.typeProvider())
                .addVar("household", HouseholdViewSchema.type(HouseholdViewSchema.HOUSEHOLD))
                .addVar("profile", HouseholdViewSchema.type(HouseholdViewSchema.PROFILE));
        if (withFact) {
            builder.addVar("fact", HouseholdViewSchema.type(HouseholdViewSchema.FACT));
        }
        if (condition) {
            builder.setResultType(SimpleType.BOOL);
        }
        return builder.build();
    }

    /** Every reason the rule cannot be saved; empty when it type-checks. */
    public List<RuleProblem> check(RuleSource rule) {
        List<RuleProblem> problems = new ArrayList<>();
        compileOne(rule.expression(), rule.scope(), true, "expression", problems);
        rule.evidence().forEach((label, expr) -> compileOne(expr, rule.scope(), false, "evidence:" + label, problems));
        return problems;
    }

    /** Compiles a rule that {@link #check} accepted; throws {@link IllegalArgumentException} otherwise. */
    public CompiledRule compile(RuleSource rule) {
        List<RuleProblem> problems = new ArrayList<>();
        Checked condition = compileOne(rule.expression(), rule.scope(), true, "expression", problems);
        Map<String, Checked> evidence = new LinkedHashMap<>();
        rule.evidence().forEach((label, expr) ->
                evidence.put(label, compileOne(expr, rule.scope(), false, "evidence:" + label, problems)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule.code() + " does not type-check: " + problems);
        }
        return new CompiledRule(rule, condition, evidence);
    }

    /** A type-checked expression and its program. */
    record Checked(CelAbstractSyntaxTree ast, CelRuntime.Program program) {
    }

    private Checked compileOne(String expression, RuleScope scope, boolean condition, String part,
            List<RuleProblem> problems) {
        if (expression == null || expression.isBlank()) {
            problems.add(new RuleProblem(part, 1, 1, "表达式不能为空"));
            return null;
        }
        if (expression.length() > MAX_EXPRESSION_LENGTH) {
            problems.add(new RuleProblem(part, 1, 1, "表达式过长（最多 " + MAX_EXPRESSION_LENGTH + " 个字符）"));
            return null;
        }
        Cel cel = scope == RuleScope.FACT ? (condition ? factRules : factEvidence)
                : (condition ? householdRules : householdEvidence);
        CelValidationResult result = cel.compile(expression);
        if (result.hasError()) {
            for (CelIssue issue : result.getErrors()) {
                var at = issue.getSourceLocation();
                // CEL counts columns from 0; editors and officials count from 1.
                problems.add(new RuleProblem(part, Math.max(1, at.getLine()), at.getColumn() + 1,
                        RuleMessages.translate(issue.getMessage())));
            }
            return null;
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            return new Checked(ast, cel.createProgram(ast));
        } catch (Exception e) {
            problems.add(new RuleProblem(part, 1, 1, RuleMessages.translate(e.getMessage())));
            return null;
        }
    }

    /** Thrown by {@link CompiledRule} when a rule fails at run time (e.g. division by zero). */
    public static final class EvaluationFailed extends RuntimeException {
        public EvaluationFailed(String code, CelEvaluationException cause) {
            super("rule " + code + ": " + cause.getMessage(), cause);
        }
    }
}
