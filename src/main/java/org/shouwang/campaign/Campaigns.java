package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.campaign.internal.CampaignStart;
import org.shouwang.campaign.internal.CampaignStore;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, starting and closing campaigns. A county admin runs campaigns for the county (or a township of
 * it); a township reviewer runs the township's own. Everyone whose scope overlaps a campaign may read it, each seeing
 * only the rows of their own scope.
 */
@Component
public class Campaigns {

    private final CampaignStore store;
    private final CampaignStart start;
    private final Regions regions;
    private final PolicyProfiles profiles;

    Campaigns(CampaignStore store, CampaignStart start, Regions regions, PolicyProfiles profiles) {
        this.store = store;
        this.start = start;
        this.regions = regions;
        this.profiles = profiles;
    }

    /** The threshold, income window and key-group rules in force for a campaign, shown before it starts. */
    public record CampaignPolicy(BigDecimal threshold, LocalDate incomeFrom, LocalDate incomeTo, List<String> profiles,
            List<KeyGroupRule> keyGroupRules) {
    }

    public record KeyGroupRule(String code, String name, String clause) {
    }

    public List<Campaign> list(CurrentUser user) {
        return store.all().stream().filter(c -> c.visibleTo(user.scope())).toList();
    }

    /** The campaign when the user may see it, else 404 (whether it exists is not told). */
    public Campaign visible(long id, CurrentUser user) {
        return store.find(id).filter(c -> c.visibleTo(user.scope()))
                .orElseThrow(() -> ProblemException.notFound("排查活动"));
    }

    /** The campaign when the user may run it (a county admin or a township reviewer over its whole scope). */
    public Campaign managed(long id, CurrentUser user) {
        Campaign c = visible(id, user);
        if (!user.covers(c.regionCode())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "CAMPAIGN_OF_HIGHER_LEVEL", "该排查活动由上级组织，您只能查看");
        }
        requireManager(user, c.regionCode());
        return c;
    }

    @Transactional
    public Campaign create(CampaignDraft draft, CurrentUser user) {
        check(draft, user);
        long id = store.insert(draft, user.username());
        store.event(id, "CREATED", user.username(), Map.of("name", draft.name().strip(), "regionCode", draft.regionCode()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Campaign update(long id, CampaignDraft draft, CurrentUser user) {
        Campaign before = managed(id, user);
        if (before.state() != CampaignState.DRAFT) {
            throw new ProblemException(HttpStatus.CONFLICT, "CAMPAIGN_NOT_DRAFT", "排查活动已启动，不能再修改基本信息和阶段");
        }
        if (draft.version() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VERSION_REQUIRED", "请求缺少版本号（version）");
        }
        check(draft, user);
        if (!store.update(id, draft)) {
            throw ProblemException.conflict("排查活动已被他人修改，请刷新后重试");
        }
        store.event(id, "UPDATED", user.username(), Map.of("before", before.name(), "after", draft.name().strip()));
        return store.find(id).orElseThrow();
    }

    /** Fills the households in scope and opens the forms; a campaign starts once. */
    @Transactional
    public Campaign start(long id, int version, CurrentUser user) {
        Campaign c = managed(id, user);
        if (c.state() != CampaignState.DRAFT) {
            throw new ProblemException(HttpStatus.CONFLICT, "CAMPAIGN_ALREADY_STARTED", "排查活动已启动");
        }
        if (!store.transition(id, version, CampaignState.DRAFT, CampaignState.RUNNING, user.username())) {
            throw ProblemException.conflict("排查活动已被他人修改，请刷新后重试");
        }
        RegionCode root = new RegionCode(c.regionCode());
        int households = start.fill(id, root.low(), root.high());
        store.event(id, "STARTED", user.username(), Map.of("before", "DRAFT", "after", "RUNNING", "households", households));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Campaign close(long id, int version, CurrentUser user) {
        Campaign c = managed(id, user);
        if (c.state() != CampaignState.RUNNING) {
            throw new ProblemException(HttpStatus.CONFLICT, "CAMPAIGN_NOT_RUNNING", "只有进行中的排查活动可以结束");
        }
        if (!store.transition(id, version, CampaignState.RUNNING, CampaignState.CLOSED, user.username())) {
            throw ProblemException.conflict("排查活动已被他人修改，请刷新后重试");
        }
        store.event(id, "CLOSED", user.username(), Map.of("before", "RUNNING", "after", "CLOSED"));
        return store.find(id).orElseThrow();
    }

    public CampaignPolicy policy(long id, CurrentUser user) {
        Campaign c = visible(id, user);
        PolicyProfile p = profiles.inForce(c.regionCode(), c.profileDate());
        LocalDate[] window = c.incomeFrom() != null ? new LocalDate[] {c.incomeFrom(), c.incomeTo()} : p.incomeWindow();
        List<KeyGroupRule> rules = p.rules().stream().filter(r -> r.scope() == RuleScope.HOUSEHOLD && !r.disabled())
                .map(r -> new KeyGroupRule(r.code(), r.name(), r.clause())).toList();
        return new CampaignPolicy(p.threshold(), window[0], window[1],
                p.chain().stream().map(PolicyProfile.ProfileRef::name).toList(), rules);
    }

    private void check(CampaignDraft draft, CurrentUser user) {
        List<Violation> v = draft.violations();
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        requireManager(user, draft.regionCode());
        var region = regions.byCode(draft.regionCode())
                .orElseThrow(() -> ProblemException.notFound("地区"));
        if (region.level() != 3 && region.level() != 4) {
            throw ProblemException.invalid(List.of(new Violation("regionCode", "SCOPE_LEVEL",
                    "排查范围须为县（市、区）或乡镇")));
        }
    }

    static void requireManager(CurrentUser user, String regionCode) {
        if (user.role() != Role.COUNTY_ADMIN && user.role() != Role.TOWNSHIP_REVIEWER) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "只有县级管理员或乡镇审核员可以组织集中排查（您的角色：" + user.role().label() + "）");
        }
        if (!user.covers(regionCode)) {
            throw ProblemException.notFound("地区");
        }
    }
}
