package org.shouwang.policy.rules;

import org.shouwang.shared.Labelled;

/**
 * What a rule is evaluated over: the household as a whole, or each department fact of the household in turn (a
 * department push rule such as "self-paid medical cost over 20,000 元" fires once per row that meets it).
 */
public enum RuleScope implements Labelled {
    HOUSEHOLD("按户评估"),
    FACT("按部门推送数据逐条评估");

    private final String label;

    RuleScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
