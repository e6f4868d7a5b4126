package org.shouwang.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shouwang.shared.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of the screening forms over the V28 tables (campaign, campaign_household, campaign_form). */
@Component
class FormStore {

    record CampaignRef(long id, String name, int year, String regionCode, LocalDate profileDate, LocalDate incomeFrom,
            LocalDate incomeTo, String state) {
    }

    /** The household's place in the campaign. */
    record Slot(String regionCode, String assignRule, String screener, String status) {
    }

    /** A stored form; data, reasons and checks as JSON text. */
    record Stored(long id, String data, boolean computedFlag, String flagReasons, boolean flagged, String overrideReason,
            String checks, int errorCount, Long clueId, boolean rollbackProposed, String screener,
            OffsetDateTime submittedAt, int version) {
    }

    /** What a submission writes. */
    record Row(FormInput input, FormFlag.Outcome flag, List<FormCheck> checks, boolean rollbackProposed, String screener) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CampaignRef> campaign(long id) {
        return jdbc.sql("select * from campaign where id = ?").param(id).query((rs, n) -> new CampaignRef(rs.getLong("id"),
                rs.getString("name"), rs.getInt("year"), rs.getString("region_code"), rs.getDate("profile_date").toLocalDate(),
                date(rs.getDate("income_from")), date(rs.getDate("income_to")), rs.getString("state"))).optional();
    }

    Optional<Slot> slot(long campaignId, long householdId) {
        return jdbc.sql("select * from campaign_household where campaign_id = ? and household_id = ?")
                .params(campaignId, householdId).query((rs, n) -> new Slot(rs.getString("region_code"),
                        rs.getString("assign_rule"), rs.getString("screener_username"), rs.getString("status"))).optional();
    }

    Optional<Stored> form(long campaignId, long householdId) {
        return jdbc.sql("select * from campaign_form where campaign_id = ? and household_id = ?").params(campaignId, householdId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("data"), rs.getBoolean("computed_flag"),
                        rs.getString("flag_reasons"), rs.getBoolean("flagged"), rs.getString("override_reason"),
                        rs.getString("checks"), rs.getInt("error_count"), (Long) rs.getObject("clue_id"),
                        rs.getBoolean("rollback_proposed"), rs.getString("screener"),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getInt("version"))).optional();
    }

    /**
     * Inserts the first form or updates the one whose version the screener saw; a stale or duplicate submission is a
     * conflict and writes nothing. Answers the new version.
     */
    int save(long campaignId, long householdId, Row r) {
        String data = json.writeValueAsString(r.input());
        String reasons = json.writeValueAsString(r.flag().reasons());
        String checks = json.writeValueAsString(r.checks());
        String mode = r.input().visitMode() == null ? null : r.input().visitMode().name();
        if (r.input().version() == null) {
            try {
                jdbc.sql("""
                        insert into campaign_form (campaign_id, household_id, data, computed_flag, flag_reasons, flagged,
                          override_reason, checks, error_count, rollback_proposed, visit_mode, screener, submitted_at)
                        values (?, ?, cast(? as json), ?, cast(? as json), ?, ?, cast(? as json), ?, ?, ?, ?, now())""")
                        .params(campaignId, householdId, data, r.flag().computed(), reasons, r.flag().flagged(),
                                r.flag().overrideReason(), checks, r.checks().size(), r.rollbackProposed(), mode, r.screener())
                        .update();
            } catch (DuplicateKeyException e) {
                throw stale();
            }
            return 0;
        }
        int n = jdbc.sql("""
                update campaign_form set data = cast(? as json), computed_flag = ?, flag_reasons = cast(? as json), flagged = ?,
                  override_reason = ?, checks = cast(? as json), error_count = ?, rollback_proposed = ?, visit_mode = ?,
                  screener = ?, submitted_at = now(), version = version + 1
                 where campaign_id = ? and household_id = ? and version = ?""")
                .params(data, r.flag().computed(), reasons, r.flag().flagged(), r.flag().overrideReason(), checks,
                        r.checks().size(), r.rollbackProposed(), mode, r.screener(), campaignId, householdId, r.input().version())
                .update();
        if (n == 0) {
            throw stale();
        }
        return r.input().version() + 1;
    }

    void linkClue(long campaignId, long householdId, long clueId) {
        jdbc.sql("update campaign_form set clue_id = ? where campaign_id = ? and household_id = ?")
                .params(clueId, campaignId, householdId).update();
    }

    void markScreened(long campaignId, long householdId, boolean flagged, int errors, LocalDate on) {
        jdbc.sql("""
                update campaign_household set status = 'SCREENED', flagged = ?, error_count = ?, screened_on = ?
                 where campaign_id = ? and household_id = ?""").params(flagged, errors, on, campaignId, householdId).update();
    }

    /** The end of the latest income statement or registration of the household, if any. */
    LocalDate lastIncomeEnd(long householdId) {
        return jdbc.sql("""
                select max(e) from (select max(period_end) e from income_statement where household_id = ?
                  union all select max(period_end) from income_registration where household_id = ?) x""")
                .params(householdId, householdId).query((rs, n) -> date(rs.getDate(1))).list().get(0);
    }

    private static ProblemException stale() {
        return ProblemException.conflict("该户排查表已被提交或修改，请刷新后再提交");
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
