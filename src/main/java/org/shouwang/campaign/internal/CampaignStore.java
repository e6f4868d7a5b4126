package org.shouwang.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.campaign.Campaign;
import org.shouwang.campaign.CampaignDraft;
import org.shouwang.campaign.CampaignState;
import org.shouwang.campaign.Phase;
import org.shouwang.campaign.PhaseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The campaign, its phases and its audit trail in SQL. */
@Repository
public class CampaignStore {

    private static final String SELECT = """
            select c.*, r.name as region_name,
                   (select coalesce(sum(t.total), 0) from campaign_village_tally t where t.campaign_id = c.id) as households
              from campaign c left join region r on r.code = c.region_code
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(CampaignDraft d, String actor) {
        long id = jdbc.sql("""
                insert into campaign (name, year, region_code, profile_date, income_from, income_to, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.name().strip(), d.year(), d.regionCode(), d.profileDate(), d.incomeFrom(), d.incomeTo(), actor)
                .query(Long.class).single();
        replacePhases(id, d.phases());
        return id;
    }

    /** False when the version no longer matches or the campaign left DRAFT. */
    public boolean update(long id, CampaignDraft d) {
        int n = jdbc.sql("""
                update campaign set name = ?, year = ?, region_code = ?, profile_date = ?, income_from = ?, income_to = ?,
                       version = version + 1
                 where id = ? and version = ? and state = 'DRAFT'""")
                .params(d.name().strip(), d.year(), d.regionCode(), d.profileDate(), d.incomeFrom(), d.incomeTo(), id,
                        d.version())
                .update();
        if (n == 1) {
            replacePhases(id, d.phases());
        }
        return n == 1;
    }

    private void replacePhases(long id, List<CampaignDraft.PhaseDraft> phases) {
        jdbc.sql("delete from campaign_phase where campaign_id = ?").param(id).update();
        for (int i = 0; i < phases.size(); i++) {
            var p = phases.get(i);
            jdbc.sql("insert into campaign_phase (campaign_id, seq, kind, name, due_on) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, p.kind(), p.name().strip(), p.dueOn()).update();
        }
    }

    /** Moves the campaign from one state to the next; false when it was not in {@code from} (or the version moved). */
    public boolean transition(long id, int version, CampaignState from, CampaignState to, String actor) {
        String who = to == CampaignState.RUNNING ? "started" : "closed";
        return jdbc.sql("update campaign set state = ?, " + who + "_at = now(), " + who + "_by = ?, version = version + 1"
                        + " where id = ? and state = ? and version = ?")
                .params(to.name(), actor, id, from.name(), version).update() == 1;
    }

    public void event(long campaignId, String action, String actor, Map<String, ?> detail) {
        jdbc.sql("insert into campaign_event (campaign_id, action, actor, detail) values (?, ?, ?, ?::jsonb)")
                .params(campaignId, action, actor, json.writeValueAsString(detail)).update();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::row).optional();
    }

    public List<Campaign> all() {
        return jdbc.sql(SELECT + " order by c.year desc, c.id desc").query(this::row).list();
    }

    private Campaign row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Phase> phases = jdbc.sql("select seq, kind, name, due_on from campaign_phase where campaign_id = ? order by seq")
                .param(id).query((p, i) -> new Phase(p.getInt("seq"), PhaseKind.valueOf(p.getString("kind")),
                        p.getString("name"), p.getObject("due_on", LocalDate.class))).list();
        return new Campaign(id, rs.getString("name"), rs.getInt("year"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getObject("profile_date", LocalDate.class),
                rs.getObject("income_from", LocalDate.class), rs.getObject("income_to", LocalDate.class),
                CampaignState.valueOf(rs.getString("state")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("version"), phases, rs.getLong("households"));
    }
}
