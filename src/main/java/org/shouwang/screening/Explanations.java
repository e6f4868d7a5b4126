package org.shouwang.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.screening.internal.HouseholdData;
import org.shouwang.screening.internal.HouseholdLoader;
import org.shouwang.screening.internal.Screener;
import org.shouwang.screening.internal.Screeners;
import org.shouwang.screening.internal.ViewBuilder;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "Why is this household flagged?": the same screener the batch run uses, on one household, with the profile it used
 * and the values every rule saw. Also tries a draft rule on one household before it is published.
 */
@Component
public class Explanations {

    /** @param blocked why no rule could be evaluated (e.g. the profile states no threshold), else null */
    public record Explanation(long householdId, LocalDate asOf, List<String> profiles, BigDecimal threshold,
            String thresholdSource, String incomeWindow, String blocked, List<Finding> findings, Map<String, Object> view) {
    }

    /** The outcome of trying one rule on one household. */
    public record Trial(boolean fires, List<Finding> findings, Map<String, Object> view) {
    }

    private final HouseholdLoader loader;
    private final Screeners screeners;

    Explanations(HouseholdLoader loader, Screeners screeners) {
        this.loader = loader;
        this.screeners = screeners;
    }

    public Explanation explain(long householdId, CurrentUser user, LocalDate asOf) {
        HouseholdData data = inScope(householdId, user);
        LocalDate on = asOf == null ? screeners.today() : asOf;
        Screener screener = screeners.forRegion(data.regionCode(), on);
        PolicyProfile p = screener.profile();
        LocalDate[] window = p.incomeWindow();
        String blocked = p.threshold() == null ? "画像未设监测范围，不能筛查：" + nullToEmpty(p.parameters().thresholdNote()) : null;
        Map<String, Object> view = ViewBuilder.household(data, p);
        List<Finding> findings = blocked == null ? screener.evaluate(data, view) : List.of();
        return new Explanation(householdId, on, p.chain().stream().map(PolicyProfile.ProfileRef::name).toList(),
                p.threshold(), p.parameters().threshold() == null ? null : p.parameters().threshold().source(),
                window[0] + " 至 " + window[1], blocked, findings, summary(view));
    }

    /** Evaluates one rule (saved or not) on one household under the profile in force for it; raises nothing. */
    public Trial tryRule(long householdId, CurrentUser user, RuleSource rule, LocalDate asOf) {
        HouseholdData data = inScope(householdId, user);
        LocalDate on = asOf == null ? screeners.today() : asOf;
        PolicyProfile p = screeners.forRegion(data.regionCode(), on).profile();
        var problems = screeners.engine().check(rule);
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "RULE_INVALID", "规则表达式有 " + problems.size()
                    + " 处错误：第" + problems.get(0).line() + "行第" + problems.get(0).column() + "列 " + problems.get(0).message());
        }
        PolicyRule draft = new PolicyRule(0, 0, rule.code(), 0, PolicyRule.RuleStatus.DRAFT, false, rule.name(), null, null,
                rule.scope(), rule.department(), rule.expression(), rule.evidence(), user.username(), null);
        Map<String, Object> view = ViewBuilder.household(data, p);
        List<Finding> findings = new Screener(p, List.of(draft), screeners.engine()).evaluate(data, view);
        return new Trial(!findings.isEmpty(), findings, summary(view));
    }

    /** One round trip; a household outside the user's scope is "not found", as everywhere else. */
    private HouseholdData inScope(long householdId, CurrentUser user) {
        return loader.loadOne(householdId).filter(h -> user.covers(h.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("该户"));
    }

    /** The household view without member lists, for showing beside the findings. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Map<String, Object> view) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String key : List.of("type", "memberCount", "minors", "nonCompulsoryStudents", "labourCount", "noLabour",
                "severelyDisabled", "disabledCount", "elderly", "uninsured", "monitored", "channels")) {
            out.put(key, view.get(key));
        }
        Map<String, Object> income = (Map<String, Object>) view.get("income");
        out.put("income", income);
        out.put("factCount", ((List<?>) view.get("facts")).size());
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "请县级管理员在政策画像中录入" : s;
    }
}
