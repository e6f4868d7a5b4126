package org.shouwang.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile.ProfileRef;
import org.shouwang.policy.PolicyRule;
import org.shouwang.policy.StoredProfile;
import org.shouwang.policy.rules.RuleScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SQL for policy profiles, their rules and the audit of changes. */
@Component
public class ProfileStore {

    private static final String PROFILE_COLUMNS =
            "id, region_code, name, effective_from, effective_to, source_doc, shipped_key, parameters, version, updated_by, updated_at";
    private static final String RULE_COLUMNS = "id, profile_id, code, version, status, disabled, name, description, clause, "
            + "scope, department, expression, evidence, created_by, created_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    public JsonMapper json() {
        return json;
    }

    /** The profiles of these regions in force on {@code date}; where several of one region are, the latest start wins. */
    public List<StoredProfile> inForce(Collection<String> regionCodes, LocalDate date) {
        return jdbc.sql("select distinct on (region_code) " + PROFILE_COLUMNS + """
                 from policy_profile
                where region_code = any(?) and effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by region_code, effective_from desc, id desc""")
                .params(regionCodes.toArray(String[]::new), date, date)
                .query(this::profile).list();
    }

    public List<StoredProfile> all() {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from policy_profile order by region_code, effective_from, id")
                .query(this::profile).list();
    }

    public java.util.Optional<StoredProfile> find(long id) {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from policy_profile where id = ?").param(id)
                .query(this::profile).optional();
    }

    public boolean shippedExists(String key) {
        return jdbc.sql("select count(*) from policy_profile where shipped_key = ?").param(key)
                .query(Integer.class).single() > 0;
    }

    public long insertProfile(String shippedKey, String region, String name, LocalDate from, LocalDate to, String sourceDoc,
            JsonNode parameters, String actor) {
        return jdbc.sql("""
                insert into policy_profile (shipped_key, region_code, name, effective_from, effective_to, source_doc,
                                            parameters, updated_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(shippedKey, region, name, from, to, sourceDoc, json.writeValueAsString(parameters), actor)
                .query(Long.class).single();
    }

    /** Optimistic: true when the row had {@code version} and was updated. */
    public boolean updateProfile(long id, int version, String name, LocalDate from, LocalDate to, String sourceDoc,
            JsonNode parameters, String actor) {
        return jdbc.sql("""
                update policy_profile set name = ?, effective_from = ?, effective_to = ?, source_doc = ?,
                       parameters = cast(? as jsonb), version = version + 1, updated_by = ?, updated_at = now()
                 where id = ? and version = ?""")
                .params(name, from, to, sourceDoc, json.writeValueAsString(parameters), actor, id, version)
                .update() == 1;
    }

    public List<PolicyRule> publishedRules(Collection<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RULE_COLUMNS + " from policy_rule where status = 'PUBLISHED' and profile_id = any(?) order by code")
                .param(profileIds.toArray(Long[]::new)).query(this::rule).list();
    }

    /** Every version of every rule of a profile, newest version first within a code. */
    public List<PolicyRule> rules(long profileId) {
        return jdbc.sql("select " + RULE_COLUMNS + " from policy_rule where profile_id = ? order by code, version desc")
                .param(profileId).query(this::rule).list();
    }

    public int nextVersion(long profileId, String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from policy_rule where profile_id = ? and code = ?")
                .params(profileId, code).query(Integer.class).single();
    }

    public long insertRule(long profileId, String code, int version, PolicyRule.RuleStatus status, boolean disabled,
            String name, String description, String clause, RuleScope scope, String department, String expression,
            Map<String, String> evidence, String actor) {
        return jdbc.sql("""
                insert into policy_rule (profile_id, code, version, status, disabled, name, description, clause, scope,
                                         department, expression, evidence, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), ?) returning id""")
                .params(profileId, code, version, status.name(), disabled, name, description, clause, scope.name(),
                        department, expression, json.writeValueAsString(evidence), actor)
                .query(Long.class).single();
    }

    public void setStatus(long ruleId, PolicyRule.RuleStatus status) {
        jdbc.sql("update policy_rule set status = ? where id = ?").params(status.name(), ruleId).update();
    }

    public void audit(long profileId, String ruleCode, String action, Object before, Object after, String actor) {
        jdbc.sql("""
                insert into policy_change (profile_id, rule_code, action, before, after, actor)
                values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
                .params(profileId, ruleCode, action, before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after), actor)
                .update();
    }

    public List<Map<String, Object>> changes(long profileId) {
        return jdbc.sql("""
                select rule_code, action, before::text as before, after::text as after, actor, at
                  from policy_change where profile_id = ? order by at desc, id desc limit 200""")
                .param(profileId).query().listOfRows();
    }

    private StoredProfile profile(ResultSet rs, int n) throws SQLException {
        ProfileRef ref = new ProfileRef(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getString("source_doc"));
        return new StoredProfile(ref, rs.getString("shipped_key"), json.readTree(rs.getString("parameters")),
                rs.getInt("version"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private PolicyRule rule(ResultSet rs, int n) throws SQLException {
        Map<String, String> evidence = json.readValue(rs.getString("evidence"), new TypeReference<Map<String, String>>() { });
        return new PolicyRule(rs.getLong("id"), rs.getLong("profile_id"), rs.getString("code"), rs.getInt("version"),
                PolicyRule.RuleStatus.valueOf(rs.getString("status")), rs.getBoolean("disabled"), rs.getString("name"),
                rs.getString("description"), rs.getString("clause"), RuleScope.valueOf(rs.getString("scope")),
                rs.getString("department"), rs.getString("expression"), evidence, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
