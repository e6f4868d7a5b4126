package org.shouwang.campaign;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists around the forms: a screener's households, households failing checks, and proposed rollbacks. */
@Component
public class FormQueries {

    static final int LIMIT = 2000;

    /** One household of a screener's list. */
    public record Assigned(long campaignId, String campaignName, long householdId, String householdNo, String headName,
            String regionCode, String villageName, String householdType, String monitoringStatus, String status,
            boolean flagged, int errorCount, LocalDate screenedOn) {
    }

    /** A screened household whose form fails checks, with the checks as stored. */
    public record Failing(long householdId, String householdNo, String headName, String regionCode, String villageName,
            int errorCount, List<FormCheck> checks, String screener) {
    }

    /** An eliminated household the 回头看 proposes to roll back, for the village to file the request. */
    public record Rollback(long householdId, String householdNo, String headName, String regionCode, String villageName,
            String note, String screener, LocalDate screenedOn) {
    }

    private final JdbcClient jdbc;
    private final FormStore store;

    FormQueries(JdbcClient jdbc, FormStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Households assigned to the user in running campaigns, pending first; optionally of one status. */
    public List<Assigned> mine(CurrentUser user, String status) {
        if (status != null && !List.of("PENDING", "SCREENED").contains(status)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "STATUS_INVALID", "状态只能是 PENDING 或 SCREENED");
        }
        return jdbc.sql("""
                select c.id, c.name, h.id hid, h.household_no, h.head_name, ch.region_code, r.name village, h.household_type,
                       h.monitoring_status, ch.status, ch.flagged, ch.error_count, ch.screened_on
                  from campaign_household ch join campaign c on c.id = ch.campaign_id
                  join household h on h.id = ch.household_id left join region r on r.code = ch.region_code
                 where ch.screener_username = :me and c.state = 'RUNNING' and ch.region_code between :low and :high
                   and (cast(:status as varchar) is null or ch.status = :status)
                 order by ch.status, ch.region_code, h.household_no limit :limit""")
                .param("me", user.username()).param("low", user.scope().low()).param("high", user.scope().high())
                .param("status", status).param("limit", LIMIT)
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getBoolean(11), rs.getInt(12), date(rs.getDate(13)))).list();
    }

    public List<Failing> failingChecks(long campaignId, String region, CurrentUser user) {
        RegionCode r = scope(campaignId, region, user);
        return jdbc.sql("""
                select h.id, h.household_no, h.head_name, ch.region_code, g.name, f.error_count, f.checks, f.screener
                  from campaign_form f join campaign_household ch on ch.campaign_id = f.campaign_id and ch.household_id = f.household_id
                  join household h on h.id = f.household_id left join region g on g.code = ch.region_code
                 where f.campaign_id = ? and f.error_count > 0 and ch.region_code between ? and ?
                 order by ch.region_code, h.household_no limit ?""")
                .params(campaignId, r.low(), r.high(), LIMIT)
                .query((rs, n) -> new Failing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), FormJson.checks(rs.getString(7)), rs.getString(8))).list();
    }

    public List<Rollback> rollbacks(long campaignId, String region, CurrentUser user) {
        RegionCode r = scope(campaignId, region, user);
        return jdbc.sql("""
                select h.id, h.household_no, h.head_name, ch.region_code, g.name, f.data, f.screener, ch.screened_on
                  from campaign_form f join campaign_household ch on ch.campaign_id = f.campaign_id and ch.household_id = f.household_id
                  join household h on h.id = f.household_id left join region g on g.code = ch.region_code
                 where f.campaign_id = ? and f.rollback_proposed and h.monitoring_status = 'RISK_ELIMINATED'
                   and ch.region_code between ? and ?
                 order by ch.region_code, h.household_no limit ?""")
                .params(campaignId, r.low(), r.high(), LIMIT)
                .query((rs, n) -> {
                    var lb = FormJson.input(rs.getString(6), 0).lookBack();
                    return new Rollback(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            lb == null ? null : lb.note(), rs.getString(7), date(rs.getDate(8)));
                }).list();
    }

    /** The region asked for (default: the user's scope), refused when it is malformed or outside the scope. */
    private RegionCode scope(long campaignId, String region, CurrentUser user) {
        store.campaign(campaignId).orElseThrow(() -> ProblemException.notFound("该排查活动"));
        if (region == null || region.isBlank()) {
            return user.scope();
        }
        if (!RegionCode.isValid(region)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "REGION_INVALID", "区划代码应为12位数字");
        }
        if (!user.covers(region)) {
            throw ProblemException.notFound("该地区");
        }
        return new RegionCode(region);
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
