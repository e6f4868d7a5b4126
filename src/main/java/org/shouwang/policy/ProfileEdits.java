package org.shouwang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.policy.internal.ProfileStore;
import org.shouwang.policy.rules.RuleEngine;
import org.shouwang.policy.rules.RuleProblem;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.shared.Department;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Changes to profiles and rules by a county administrator, within their region: every change is audited with before
 * and after; a rule is type-checked when saved (as a draft) and only a published version is in force.
 */
@Component
public class ProfileEdits {

    public record ProfileInput(String regionCode, String name, LocalDate effectiveFrom, LocalDate effectiveTo,
            String sourceDoc, ProfileParameters parameters, Integer version) {
    }

    public record RuleInput(String code, String name, String description, String clause, RuleScope scope,
            String department, String expression, Map<String, String> evidence, boolean disabled) {

        public RuleSource source() {
            return new RuleSource(code, name, scope, department, expression, evidence);
        }
    }

    private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");

    private final ProfileStore store;
    private final PolicyProfiles profiles;
    private final RuleEngine engine;

    ProfileEdits(ProfileStore store, PolicyProfiles profiles, RuleEngine engine) {
        this.store = store;
        this.profiles = profiles;
        this.engine = engine;
    }

    @Transactional
    public long create(CurrentUser user, ProfileInput in) {
        validate(user, in);
        JsonNode parameters = store.json().valueToTree(in.parameters() == null ? empty() : in.parameters());
        long id = store.insertProfile(null, in.regionCode(), in.name().strip(), in.effectiveFrom(), in.effectiveTo(),
                in.sourceDoc(), withoutNulls(parameters), user.username());
        store.audit(id, null, "PROFILE_CREATED", null, in, user.username());
        profiles.invalidate();
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, ProfileInput in) {
        StoredProfile existing = editable(user, id);
        validate(user, new ProfileInput(existing.ref().regionCode(), in.name(), in.effectiveFrom(), in.effectiveTo(),
                in.sourceDoc(), in.parameters(), in.version()));
        if (in.version() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VERSION_REQUIRED", "缺少版本号");
        }
        JsonNode parameters = withoutNulls(store.json().valueToTree(in.parameters() == null ? empty() : in.parameters()));
        if (!store.updateProfile(id, in.version(), in.name().strip(), in.effectiveFrom(), in.effectiveTo(), in.sourceDoc(),
                parameters, user.username())) {
            throw ProblemException.conflict("该画像已被他人修改，请刷新后重试");
        }
        store.audit(id, null, "PROFILE_UPDATED", existing.parameters(), parameters, user.username());
        profiles.invalidate();
    }

    /** Saves a new draft version of a rule after type-checking it; problems come back with line and column. */
    @Transactional
    public PolicyRule saveDraft(CurrentUser user, long profileId, RuleInput in) {
        editable(user, profileId);
        List<Violation> violations = validate(in);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!in.disabled()) {
            List<RuleProblem> problems = engine.check(in.source());
            if (!problems.isEmpty()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "RULE_INVALID", "规则表达式有 "
                        + problems.size() + " 处错误", problems.stream().map(ProfileEdits::violation).toList());
            }
        }
        int version = store.nextVersion(profileId, in.code());
        long id = store.insertRule(profileId, in.code(), version, PolicyRule.RuleStatus.DRAFT, in.disabled(),
                in.name().strip(), in.description(), in.clause(), in.scope(), in.department(), in.expression(),
                in.evidence() == null ? Map.of() : in.evidence(), user.username());
        store.audit(profileId, in.code(), "RULE_DRAFTED", null, in, user.username());
        return store.rules(profileId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Puts a draft version in force, retiring the version that was. */
    @Transactional
    public void publish(CurrentUser user, long profileId, String code, int version) {
        editable(user, profileId);
        List<PolicyRule> versions = store.rules(profileId).stream().filter(r -> r.code().equals(code)).toList();
        PolicyRule draft = versions.stream().filter(r -> r.version() == version).findFirst()
                .orElseThrow(() -> ProblemException.notFound("规则版本"));
        if (draft.status() != PolicyRule.RuleStatus.DRAFT) {
            throw new ProblemException(HttpStatus.CONFLICT, "RULE_NOT_DRAFT", "只能发布草稿版本");
        }
        PolicyRule before = versions.stream().filter(r -> r.status() == PolicyRule.RuleStatus.PUBLISHED).findFirst()
                .orElse(null);
        if (before != null) {
            store.setStatus(before.id(), PolicyRule.RuleStatus.RETIRED);
        }
        store.setStatus(draft.id(), PolicyRule.RuleStatus.PUBLISHED);
        store.audit(profileId, code, "RULE_PUBLISHED", before == null ? null : Map.of("version", before.version(),
                "expression", before.expression()), Map.of("version", version, "expression", draft.expression()),
                user.username());
        profiles.invalidate();
    }

    /** For shipped data: inserts a rule already published, after the same type check as an official's rule. */
    @Transactional
    public void publishShipped(long profileId, RuleInput in) {
        List<RuleProblem> problems = engine.check(in.source());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("shipped rule " + in.code() + " does not type-check: " + problems);
        }
        store.insertRule(profileId, in.code(), store.nextVersion(profileId, in.code()), PolicyRule.RuleStatus.PUBLISHED,
                in.disabled(), in.name(), in.description(), in.clause(), in.scope(), in.department(), in.expression(),
                in.evidence() == null ? Map.of() : in.evidence(), "system");
        profiles.invalidate();
    }

    /** Copies the published rules of one profile into another as published rules (demo data, or starting a new year). */
    @Transactional
    public int copyPublishedRules(CurrentUser user, long fromProfileId, long toProfileId) {
        editable(user, toProfileId);
        List<PolicyRule> rules = store.publishedRules(List.of(fromProfileId));
        for (PolicyRule r : rules) {
            store.insertRule(toProfileId, r.code(), store.nextVersion(toProfileId, r.code()), PolicyRule.RuleStatus.PUBLISHED,
                    r.disabled(), r.name(), r.description(), r.clause(), r.scope(), r.department(), r.expression(),
                    r.evidence(), user.username());
        }
        store.audit(toProfileId, null, "RULES_COPIED", null, Map.of("from", fromProfileId, "rules", rules.size()),
                user.username());
        profiles.invalidate();
        return rules.size();
    }

    private StoredProfile editable(CurrentUser user, long id) {
        StoredProfile p = store.find(id).orElseThrow(() -> ProblemException.notFound("政策画像"));
        requireEditor(user, p.ref().regionCode());
        return p;
    }

    private static void requireEditor(CurrentUser user, String region) {
        if (!user.can(Permission.POLICY_EDIT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "您无权修改政策画像");
        }
        if (region == null || !RegionCode.isValid(region) || !user.scope().covers(region)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "PROFILE_OUT_OF_SCOPE", "只能修改本辖区（及下级）的政策画像");
        }
    }

    private static void validate(CurrentUser user, ProfileInput in) {
        List<Violation> v = new ArrayList<>();
        if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
            v.add(new Violation("name", "NAME_REQUIRED", "请填写画像名称（不超过200字）"));
        }
        if (in.effectiveFrom() == null) {
            v.add(new Violation("effectiveFrom", "DATE_REQUIRED", "请填写生效日期"));
        } else if (in.effectiveTo() != null && in.effectiveTo().isBefore(in.effectiveFrom())) {
            v.add(new Violation("effectiveTo", "DATE_ORDER", "失效日期不能早于生效日期"));
        }
        if (in.parameters() != null && in.parameters().threshold() != null && in.parameters().threshold().amount() != null
                && in.parameters().threshold().amount().signum() <= 0) {
            v.add(new Violation("threshold", "THRESHOLD_POSITIVE", "监测范围必须大于0"));
        }
        ParameterChecks.check(in.parameters(), v);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        requireEditor(user, in.regionCode());
    }

    private static List<Violation> validate(RuleInput in) {
        List<Violation> v = new ArrayList<>();
        if (in.code() == null || !RULE_CODE.matcher(in.code()).matches()) {
            v.add(new Violation("code", "RULE_CODE", "规则编码须为大写字母、数字和下划线（3–64位，字母开头）"));
        }
        if (in.name() == null || in.name().isBlank() || in.name().length() > 100) {
            v.add(new Violation("name", "NAME_REQUIRED", "请填写规则名称（不超过100字）"));
        }
        if (in.scope() == null) {
            v.add(new Violation("scope", "SCOPE_REQUIRED", "请选择评估方式"));
        } else if (in.scope() == RuleScope.FACT && (in.department() == null || !isDepartment(in.department()))) {
            v.add(new Violation("department", "DEPARTMENT_REQUIRED", "部门推送规则须指定部门"));
        }
        if (in.department() != null && !isDepartment(in.department())) {
            v.add(new Violation("department", "DEPARTMENT_UNKNOWN", "未知的部门"));
        }
        if (in.evidence() != null && in.evidence().size() > 12) {
            v.add(new Violation("evidence", "EVIDENCE_TOO_MANY", "佐证数值最多12项"));
        }
        return v;
    }

    private static boolean isDepartment(String code) {
        for (Department d : Department.values()) {
            if (d.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static Violation violation(RuleProblem p) {
        return new Violation(p.part(), "RULE_SYNTAX", "第" + p.line() + "行第" + p.column() + "列：" + p.message());
    }

    private static ProfileParameters empty() {
        return new ProfileParameters(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Absent parameters are left out of the stored document so that they inherit rather than override with null. */
    private JsonNode withoutNulls(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            var out = store.json().createObjectNode();
            for (var e : object.properties()) {
                if (!e.getValue().isNull()) {
                    out.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return out;
        }
        return node;
    }
}
