package org.shouwang.policy.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A rule ready to run: its condition and the evidence to show when it fires. Thread-safe. */
public final class CompiledRule {

    private final RuleSource source;
    private final CelRuntime.Program condition;
    private final Map<String, CelRuntime.Program> evidence;
    private final CelAbstractSyntaxTree conditionTree;
    private final Map<String, CelAbstractSyntaxTree> evidenceTrees = new LinkedHashMap<>();

    CompiledRule(RuleSource source, RuleEngine.Checked condition, Map<String, RuleEngine.Checked> evidence) {
        this.source = source;
        this.condition = condition.program();
        this.conditionTree = condition.ast();
        this.evidence = new LinkedHashMap<>();
        evidence.forEach((label, checked) -> {
            this.evidence.put(label, checked.program());
            this.evidenceTrees.put(label, checked.ast());
        });
    }

    public RuleSource source() {
        return source;
    }

    /** The type-checked condition, for translating the rule to another form (screening runs it as SQL). */
    public CelAbstractSyntaxTree conditionTree() {
        return conditionTree;
    }

    /** The type-checked evidence expressions, in the order written. */
    public Map<String, CelAbstractSyntaxTree> evidenceTrees() {
        return java.util.Collections.unmodifiableMap(evidenceTrees);
    }

    /** Whether the rule fires for these variables ("household", "profile" and, for FACT rules, "fact"). */
    public boolean fires(Map<String, Object> variables) {
        try {
            return Boolean.TRUE.equals(condition.eval(resolver(variables)));
        } catch (CelEvaluationException e) {
            throw new RuleEngine.EvaluationFailed(source.code(), e);
        }
    }

    /** The evidence values, in the order written; a value that cannot be computed is shown as its error. */
    public Map<String, Object> evidence(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        evidence.forEach((label, program) -> {
            try {
                values.put(label, shown(program.eval(resolver(variables))));
            } catch (CelEvaluationException e) {
                values.put(label, "无法计算：" + e.getMessage());
            }
        });
        return values;
    }

    /**
     * The variables as CEL reads them, without the copy {@code eval(Map)} makes of them for every evaluation (a
     * screening run evaluates a dozen rules over each of hundreds of thousands of households).
     */
    private static CelVariableResolver resolver(Map<String, Object> variables) {
        return name -> Optional.ofNullable(variables.get(name));
    }

    /** An evidence value as findings keep it (also for values computed elsewhere, e.g. by SQL, to agree exactly). */
    public static Object shown(Object value) {
        if (value instanceof dev.cel.runtime.CelUnknownSet) {
            // a value the data does not hold (e.g. a department field sent empty): said so, not CEL's internal notation
            return "无法计算：数据中无此值";
        }
        if (value instanceof Double d) {
            // Money and ratios: two decimals are what forms show; keep integers whole.
            return Math.round(d * 100) / 100.0;
        }
        if (value instanceof Iterable<?> || value instanceof Map<?, ?>) {
            return String.valueOf(value);
        }
        return value;
    }
}
