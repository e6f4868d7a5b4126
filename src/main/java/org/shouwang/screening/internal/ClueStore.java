package org.shouwang.screening.internal;

import java.time.LocalDate;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.policy.WorkingDays;
import org.shouwang.screening.ClueSignal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the clue inbox tables. */
@Component
public class ClueStore {

    /** Respond within 5 working days ([001]) when no profile in force says otherwise. */
    static final ProfileParameters.Deadline DEFAULT_RESPONSE = new ProfileParameters.Deadline(5, true);

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final JsonMapper json = JsonMapper.builder().build();

    private final PolicyProfiles profiles;

    ClueStore(JdbcClient jdbc, WorkingDays workingDays, PolicyProfiles profiles) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.profiles = profiles;
    }

    public Long clueOfSignal(String dedupKey) {
        return jdbc.sql("select clue_id from clue_signal where dedup_key = ?").param(dedupKey)
                .query(Long.class).optional().orElse(null);
    }

    /** The household's open clue, or a new one; signals without a household merge by ID number within the village. */
    public long openClueFor(ClueSignal s) {
        Long open = s.householdId() != null
                ? jdbc.sql("select id from risk_clue where household_id = ? and status = 'OPEN' for update")
                        .param(s.householdId()).query(Long.class).optional().orElse(null)
                : s.subjectIdNumber() == null ? null
                : jdbc.sql("""
                        select id from risk_clue where household_id is null and status = 'OPEN'
                           and subject_id_number = ? and region_code = ? for update""")
                        .params(s.subjectIdNumber(), s.regionCode()).query(Long.class).optional().orElse(null);
        if (open != null) {
            return open;
        }
        return jdbc.sql("""
                insert into risk_clue (region_code, household_id, subject_name, subject_id_number, opened_on, due_on,
                                       already_monitored)
                values (:region, :household, :name, :idNumber, :opened, :due,
                        coalesce((select monitoring_status <> 'NOT_MONITORED' from household where id = :household), false))
                returning id""")
                .param("region", s.regionCode()).param("household", s.householdId())
                .param("name", s.subjectName()).param("idNumber", s.subjectIdNumber())
                .param("opened", s.raisedOn()).param("due", dueDate(s.regionCode(), s.raisedOn()))
                .query(Long.class).single();
    }

    public void addSignal(long clueId, ClueSignal s) {
        jdbc.sql("""
                insert into clue_signal (clue_id, channel, source, source_ref, rule_code, reason, rule_values, raised_on,
                                         dedup_key)
                values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)""")
                .params(clueId, s.channel().name(), s.source(), s.sourceRef(), s.ruleCode(), s.reason(),
                        JsonText.object(s.values(), json), s.raisedOn(), s.dedupKey())
                .update();
        // A new signal changes what the village must weigh: a decision based on the clue as it was is refused.
        jdbc.sql("update risk_clue set version = version + 1 where id = ?").param(clueId).update();
    }

    /** The clue's answer-by date: the profile's clueResponse (working days on the county's calendar, or calendar days). */
    public LocalDate dueDate(String regionCode, LocalDate openedOn) {
        ProfileParameters.Deadline d = profiles.inForce(regionCode, openedOn).parameters().clueResponse();
        if (d == null || d.days() == null) {
            d = DEFAULT_RESPONSE;
        }
        return Boolean.FALSE.equals(d.working()) ? openedOn.plusDays(d.days())
                : workingDays.forRegion(WorkingDays.countyOf(regionCode)).addWorkingDays(openedOn, d.days());
    }
}
