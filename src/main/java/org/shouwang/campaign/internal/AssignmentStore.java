package org.shouwang.campaign.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 包片 rows (ended, never deleted, so reassignment keeps history) and the households' screeners, in SQL. */
@Repository
public class AssignmentStore {

    public record RegionAssignment(long id, String regionCode, String regionName, Long gridId, String gridName,
            String username, String displayName, String assignedBy, OffsetDateTime assignedAt, OffsetDateTime endedAt) {
    }

    public record Village(String regionCode, String regionName, String townshipName, long households) {
    }

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The villages of a scope, with how many of their households the campaign holds. */
    public List<Village> villages(long campaignId, String low, String high) {
        return jdbc.sql("""
                select v.code, v.name, t.name as township,
                       (select count(*) from campaign_household h where h.campaign_id = ? and h.region_code = v.code) as n
                  from region v left join region t on t.code = v.parent_code
                 where v.level = 5 and v.code between ? and ? order by v.code""")
                .params(campaignId, low, high)
                .query((rs, i) -> new Village(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    public List<RegionAssignment> assignments(long campaignId, String low, String high) {
        return jdbc.sql("""
                select a.id, a.region_code, r.name, a.grid_id, g.name as grid_name, a.username, u.display_name,
                       a.assigned_by, a.assigned_at, a.ended_at
                  from campaign_region_assignment a
                  left join region r on r.code = a.region_code
                  left join grid g on g.id = a.grid_id
                  left join app_user u on u.username = a.username
                 where a.campaign_id = ? and a.region_code between ? and ?
                 order by a.region_code, a.ended_at desc nulls first, a.id desc""")
                .params(campaignId, low, high)
                .query((rs, i) -> new RegionAssignment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    /** Ends the current cadre of the village (or grid) and returns who it was. */
    public Optional<String> endCurrent(long campaignId, String regionCode, Long gridId) {
        return jdbc.sql("""
                update campaign_region_assignment set ended_at = now()
                 where campaign_id = ? and region_code = ? and grid_id is not distinct from ? and ended_at is null
                returning username""")
                .params(campaignId, regionCode, gridId).query(String.class).optional();
    }

    public void insert(long campaignId, String regionCode, Long gridId, String username, String by) {
        jdbc.sql("""
                insert into campaign_region_assignment (campaign_id, region_code, grid_id, username, assigned_by)
                values (?, ?, ?, ?, ?)""").params(campaignId, regionCode, gridId, username, by).update();
    }

    /** The work-team households of the village (or grid) that had no screener or the previous cadre follow the new one. */
    public int followCadre(long campaignId, String regionCode, Long gridId, String previous, String next) {
        return jdbc.sql("""
                update campaign_household ch set screener_username = :next
                 where ch.campaign_id = :id and ch.region_code = :region and ch.assign_rule = 'WORK_TEAM'
                   and (ch.screener_username is null or ch.screener_username = :previous)
                   and (cast(:grid as bigint) is null
                        or exists (select 1 from household h where h.id = ch.household_id and h.grid_id = :grid))""")
                .param("next", next).param("id", campaignId).param("region", regionCode).param("previous", previous)
                .param("grid", gridId).update();
    }

    public Optional<String> gridVillage(long gridId) {
        return jdbc.sql("select village_code from grid where id = ?").param(gridId).query(String.class).optional();
    }

    /** The household's village and current screener, when the campaign holds it. */
    public Optional<String[]> household(long campaignId, long householdId) {
        return jdbc.sql("select region_code, screener_username from campaign_household where campaign_id = ? and household_id = ?")
                .params(campaignId, householdId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public void setScreener(long campaignId, long householdId, String username) {
        jdbc.sql("update campaign_household set screener_username = ? where campaign_id = ? and household_id = ?")
                .params(username, campaignId, householdId).update();
    }

    /** Moves the village's households from one screener (null: those without one) to another. */
    public int moveVillage(long campaignId, String regionCode, String from, String to) {
        return jdbc.sql("""
                update campaign_household set screener_username = ?
                 where campaign_id = ? and region_code = ? and screener_username is not distinct from ?""")
                .params(to, campaignId, regionCode, from).update();
    }
}
