package org.shouwang.policy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Permission;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.ProfileEdits;
import org.shouwang.policy.StoredProfile;
import org.shouwang.policy.rules.HouseholdViewSchema;
import org.shouwang.policy.rules.RuleEngine;
import org.shouwang.policy.rules.RuleProblem;
import org.shouwang.policy.rules.ViewField;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Policy profiles and their rules: anyone logged in may read them (they are public policy); a county administrator
 * edits those of their region. Rules are checked as they are typed and again when saved.
 */
@RestController
class ProfilesController {

    record Summary(long id, String regionCode, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String sourceDoc,
            boolean shipped, boolean editable, int version) {
    }

    record Detail(Summary profile, JsonNode parameters, List<PolicyRule> rules, List<Map<String, Object>> changes) {
    }

    record Created(long id) {
    }

    record Publish(int version) {
    }

    record CheckResult(boolean ok, List<RuleProblem> problems) {
    }

    private final PolicyProfiles profiles;
    private final ProfileEdits edits;
    private final RuleEngine engine;
    private final CurrentUsers current;

    ProfilesController(PolicyProfiles profiles, ProfileEdits edits, RuleEngine engine, CurrentUsers current) {
        this.profiles = profiles;
        this.edits = edits;
        this.engine = engine;
        this.current = current;
    }

    @GetMapping("/api/policy/profiles")
    List<Summary> list() {
        CurrentUser user = current.current();
        return profiles.all().stream().map(p -> summary(p, user)).toList();
    }

    @GetMapping("/api/policy/profiles/{id}")
    Detail detail(@PathVariable long id) {
        CurrentUser user = current.current();
        var p = profiles.find(id).orElseThrow(() -> ProblemException.notFound("政策画像"));
        return new Detail(summary(p, user), p.parameters(), profiles.rulesOf(id), profiles.changesOf(id));
    }

    @PostMapping("/api/policy/profiles")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody ProfileEdits.ProfileInput body) {
        return new Created(edits.create(current.current(), body));
    }

    @PutMapping("/api/policy/profiles/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(@PathVariable long id, @RequestBody ProfileEdits.ProfileInput body) {
        edits.update(current.current(), id, body);
    }

    @PostMapping("/api/policy/profiles/{id}/rules")
    @ResponseStatus(HttpStatus.CREATED)
    PolicyRule saveRule(@PathVariable long id, @RequestBody ProfileEdits.RuleInput body) {
        return edits.saveDraft(current.current(), id, body);
    }

    @PostMapping("/api/policy/profiles/{id}/rules/{code}/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(@PathVariable long id, @PathVariable String code, @RequestBody Publish body) {
        edits.publish(current.current(), id, code, body.version());
    }

    /** Type-checks a rule without saving it, for the editor's live feedback. */
    @PostMapping("/api/policy/rules/check")
    CheckResult check(@RequestBody ProfileEdits.RuleInput body) {
        current.current();
        if (body.scope() == null || body.expression() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "RULE_INCOMPLETE", "请填写评估方式和表达式");
        }
        List<RuleProblem> problems = engine.check(body.source());
        return new CheckResult(problems.isEmpty(), problems);
    }

    @GetMapping("/api/policy/in-force")
    PolicyProfile inForce(@RequestParam String region, @RequestParam(required = false) LocalDate date) {
        CurrentUser user = current.current();
        if (!RegionCode.isValid(region)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "REGION_CODE", "区划代码须为12位数字");
        }
        return profiles.inForce(region, date == null ? LocalDate.now() : date);
    }

    /** The fields rules may use, with types and Chinese meanings (docs/rules.md shows the same). */
    @GetMapping("/api/policy/view-schema")
    Map<String, List<ViewField>> schema() {
        current.current();
        return HouseholdViewSchema.fields();
    }

    private static Summary summary(StoredProfile p, CurrentUser user) {
        boolean editable = user.can(Permission.POLICY_EDIT) && user.scope().covers(p.ref().regionCode());
        return new Summary(p.ref().id(), p.ref().regionCode(), p.ref().name(), p.ref().effectiveFrom(), p.ref().effectiveTo(),
                p.ref().sourceDoc(), p.shippedKey() != null, editable, p.version());
    }
}
