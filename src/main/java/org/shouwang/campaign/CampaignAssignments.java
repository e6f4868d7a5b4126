package org.shouwang.campaign;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.access.UserAccount;
import org.shouwang.access.Users;
import org.shouwang.campaign.internal.AssignmentStore;
import org.shouwang.campaign.internal.AssignmentStore.RegionAssignment;
import org.shouwang.campaign.internal.AssignmentStore.Village;
import org.shouwang.campaign.internal.CampaignStore;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包片 (villages or grids given to cadres) and who screens each household. Reassigning never deletes: the old 包片
 * row gets ended_at, and every change of a household's screener is written to the campaign's audit trail.
 */
@Component
public class CampaignAssignments {

    /** Roles that may be given villages or households to screen. */
    static final Set<Role> FIELD_ROLES = EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_REVIEWER, Role.TOWNSHIP_REVIEWER,
            Role.VILLAGE_CLERK, Role.GRID_WORKER, Role.CONTACT_PERSON);

    private final Campaigns campaigns;
    private final AssignmentStore store;
    private final CampaignStore events;
    private final Users users;
    private final Regions regions;

    CampaignAssignments(Campaigns campaigns, AssignmentStore store, CampaignStore events, Users users, Regions regions) {
        this.campaigns = campaigns;
        this.store = store;
        this.events = events;
        this.users = users;
        this.regions = regions;
    }

    public record Overview(List<Village> villages, List<RegionAssignment> assignments, List<Screener> screeners) {
    }

    public record Screener(String username, String displayName, String role, String roleLabel, String regionCode) {
    }

    /** The villages of the user's part of the campaign, every 包片 row (current first) and who may be assigned. */
    public Overview overview(long id, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        RegionCode part = part(c, user);
        List<Screener> screeners = users.within(new RegionCode(c.regionCode())).stream()
                .filter(u -> u.enabled() && FIELD_ROLES.contains(u.role()))
                .filter(u -> part.covers(u.regionCode()) || new RegionCode(u.regionCode()).covers(part.value()))
                .map(u -> new Screener(u.username(), u.displayName(), u.role().name(), u.role().label(), u.regionCode()))
                .toList();
        return new Overview(store.villages(id, part.low(), part.high()), store.assignments(id, part.low(), part.high()),
                screeners);
    }

    /** Gives a village (or one of its grids) to a cadre, ending the previous cadre's 包片. */
    @Transactional
    public void assignRegion(long id, String regionCode, Long gridId, String username, CurrentUser user) {
        Campaign c = open(id, user);
        if (user.role() == Role.VILLAGE_CLERK) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "包片由县、乡镇安排，村级经办员可改派本村农户的排查人");
        }
        String village = village(c, regionCode, user);
        if (gridId != null && !village.equals(store.gridVillage(gridId).orElse(null))) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "GRID_NOT_IN_VILLAGE", "该网格不属于所选村");
        }
        UserAccount cadre = assignee(username, village);
        String previous = store.endCurrent(id, village, gridId).orElse(null);
        store.insert(id, village, gridId, cadre.username(), user.username());
        int followed = store.followCadre(id, village, gridId, previous, cadre.username());
        Map<String, Object> detail = new HashMap<>();
        detail.put("regionCode", village);
        detail.put("gridId", gridId);
        detail.put("from", previous);
        detail.put("to", cadre.username());
        detail.put("householdsFollowed", followed);
        events.event(id, "REGION_ASSIGNED", user.username(), detail);
    }

    /** Gives one household to another screener. */
    @Transactional
    public void reassignHousehold(long id, long householdId, String username, CurrentUser user) {
        Campaign c = open(id, user);
        String[] row = store.household(id, householdId).filter(r -> user.covers(r[0]))
                .orElseThrow(() -> ProblemException.notFound("排查户"));
        requireAssigner(user, c);
        UserAccount to = assignee(username, row[0]);
        store.setScreener(id, householdId, to.username());
        Map<String, Object> detail = new HashMap<>();
        detail.put("householdId", householdId);
        detail.put("from", row[1]);
        detail.put("to", to.username());
        events.event(id, "SCREENER_REASSIGNED", user.username(), detail);
    }

    /** Moves all households of a village from one screener (null: those without one) to another; returns how many. */
    @Transactional
    public int reassignVillage(long id, String regionCode, String from, String username, CurrentUser user) {
        Campaign c = open(id, user);
        String village = village(c, regionCode, user);
        UserAccount to = assignee(username, village);
        String source = from == null || from.isBlank() ? null : from.strip();
        int moved = store.moveVillage(id, village, source, to.username());
        Map<String, Object> detail = new HashMap<>();
        detail.put("regionCode", village);
        detail.put("from", source);
        detail.put("to", to.username());
        detail.put("households", moved);
        events.event(id, "SCREENER_REASSIGNED", user.username(), detail);
        return moved;
    }

    /** The part of the campaign the user sees: their scope when inside the campaign, else the whole campaign. */
    static RegionCode part(Campaign c, CurrentUser user) {
        return user.covers(c.regionCode()) ? new RegionCode(c.regionCode()) : user.scope();
    }

    private Campaign open(long id, CurrentUser user) {
        Campaign c = campaigns.visible(id, user);
        requireAssigner(user, c);
        if (c.state() == CampaignState.CLOSED) {
            throw new ProblemException(HttpStatus.CONFLICT, "CAMPAIGN_CLOSED", "排查活动已结束，不能再调整分工");
        }
        return c;
    }

    private static void requireAssigner(CurrentUser user, Campaign c) {
        Role r = user.role();
        if (r != Role.COUNTY_ADMIN && r != Role.TOWNSHIP_REVIEWER && r != Role.VILLAGE_CLERK) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色（" + r.label() + "）不能调整排查分工");
        }
    }

    private String village(Campaign c, String regionCode, CurrentUser user) {
        if (!RegionCode.isValid(regionCode)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_REGION", "地区代码须为 12 位统计用区划代码");
        }
        if (!user.covers(regionCode) || !new RegionCode(c.regionCode()).covers(regionCode)) {
            throw ProblemException.notFound("地区");
        }
        var region = regions.byCode(regionCode).orElseThrow(() -> ProblemException.notFound("地区"));
        if (region.level() != 5) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "NOT_A_VILLAGE", "包片和改派以村为单位，请选择村（社区）");
        }
        return regionCode;
    }

    /** The user taking the work: enabled, a field role, and responsible for the village (their scope covers it). */
    private UserAccount assignee(String username, String village) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "USERNAME_REQUIRED", "请选择承担排查的人员");
        }
        UserAccount u = users.byUsername(username.strip()).filter(UserAccount::enabled)
                .orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "UNKNOWN_USER",
                        "人员“" + username.strip() + "”不存在或已停用"));
        if (!FIELD_ROLES.contains(u.role()) || !new RegionCode(u.regionCode()).covers(village)) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "USER_OUTSIDE_VILLAGE",
                    "人员“" + u.displayName() + "”不负责该村，不能承担其排查");
        }
        return u;
    }
}
