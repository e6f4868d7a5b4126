package org.shouwang.policy;

import java.time.OffsetDateTime;
import java.util.Map;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.policy.rules.RuleSource;

/**
 * One version of a rule of a profile.
 *
 * @param clause the document and clause the rule implements, e.g. "演丰镇方案 三(一)2：未成年子女占家庭人口超过60%（含）"
 */
public record PolicyRule(long id, long profileId, String code, int version, RuleStatus status, boolean disabled,
        String name, String description, String clause, RuleScope scope, String department, String expression,
        Map<String, String> evidence, String createdBy, OffsetDateTime createdAt) {

    public RuleSource source() {
        return new RuleSource(code, name, scope, department, expression, evidence);
    }

    public enum RuleStatus {
        DRAFT, PUBLISHED, RETIRED
    }
}
