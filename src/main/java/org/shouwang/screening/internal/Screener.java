package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.rules.CompiledRule;
import org.shouwang.policy.rules.RuleEngine;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.screening.Finding;

/**
 * Evaluates the rules of one profile over households: household rules once per household, department rules once per
 * fact of their department. The batch run and the household page both use it, so they cannot disagree. Plain Java.
 */
public final class Screener {

    private final PolicyProfile profile;
    private final Map<String, Object> profileView;
    private final List<Rule> rules = new ArrayList<>();

    private record Rule(PolicyRule rule, CompiledRule compiled) {
    }

    public Screener(PolicyProfile profile, RuleEngine engine) {
        this(profile, profile.rules(), engine);
    }

    /** With rules other than the profile's own: what-if runs and trying a draft on one household. */
    public Screener(PolicyProfile profile, List<PolicyRule> rules, RuleEngine engine) {
        this(profile, rules, engine::compile);
    }

    /** @param compiler compiles a rule, or finds it compiled already (villages of a county share their rules) */
    Screener(PolicyProfile profile, List<PolicyRule> rules, Function<RuleSource, CompiledRule> compiler) {
        this.profile = profile;
        this.profileView = ViewBuilder.profile(profile);
        for (PolicyRule r : rules) {
            this.rules.add(new Rule(r, compiler.apply(r.source())));
        }
    }

    public PolicyProfile profile() {
        return profile;
    }

    /** The rules in the order they are evaluated. */
    List<PolicyRule> rules() {
        return rules.stream().map(Rule::rule).toList();
    }

    CompiledRule compiled(int index) {
        return rules.get(index).compiled();
    }

    public List<Finding> evaluate(HouseholdData data) {
        return evaluate(data, ViewBuilder.household(data, profile));
    }

    /** With the household view already built for this profile (callers that also show it). */
    public List<Finding> evaluate(HouseholdData data, Map<String, Object> household) {
        Map<String, Object> vars = new HashMap<>(4);
        vars.put("household", household);
        vars.put("profile", profileView);
        List<Finding> findings = new ArrayList<>(2);
        List<Map<String, Object>> factVars = null; // one fact view per fact, made for the first department rule
        for (Rule r : rules) {
            if (r.rule().scope() == RuleScope.HOUSEHOLD) {
                if (r.compiled().fires(vars)) {
                    findings.add(finding(r, vars, null));
                }
                continue;
            }
            List<HouseholdData.FactData> facts = data.facts();
            for (int i = 0; i < facts.size(); i++) {
                HouseholdData.FactData f = facts.get(i);
                if (!f.department().equals(r.rule().department())) {
                    continue;
                }
                if (factVars == null) {
                    factVars = new ArrayList<>(facts.size());
                    for (HouseholdData.FactData each : facts) {
                        Map<String, Object> v = new HashMap<>(vars);
                        v.put("fact", ViewBuilder.fact(each));
                        factVars.add(v);
                    }
                }
                if (r.compiled().fires(factVars.get(i))) {
                    findings.add(finding(r, factVars.get(i), f));
                }
            }
        }
        return findings;
    }

    private static Finding finding(Rule r, Map<String, Object> vars, HouseholdData.FactData fact) {
        PolicyRule rule = r.rule();
        return new Finding(rule.code(), rule.version(), rule.name(), rule.description(), rule.clause(),
                r.compiled().evidence(vars), fact == null ? null : fact.id(), fact == null ? null : fact.source(),
                fact == null ? null : fact.sourceRef());
    }
}
