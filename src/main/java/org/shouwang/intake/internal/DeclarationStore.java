package org.shouwang.intake.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the declaration table. */
@Component
class DeclarationStore {

    /** What the applicant may see about their declaration, and nothing else. */
    record Status(DeclarationStatus status, LocalDate receivedOn, LocalDate dueOn, LocalDate decidedOn, String outcome) {
    }

    record Stored(String trackingCode, LocalDate receivedOn, LocalDate dueOn) {
    }

    record NewDeclaration(String trackingCode, DeclarationForm.Valid form, String regionCode, Long householdId,
            LocalDate receivedOn, LocalDate dueOn, OffsetDateTime at, String clientIpHash) {
    }

    private final JdbcClient jdbc;

    DeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises declarations naming one ID number, so two taps on "submit" cannot both pass the duplicate check. */
    void lockIdNumber(String idNumber) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('declaration:' || ?))) l").param(idNumber)
                .query(Integer.class).single();
    }

    Optional<Stored> recent(String idNumber, DifficultyType difficulty, OffsetDateTime since) {
        return jdbc.sql("""
                select tracking_code, received_on, due_on from declaration
                 where id_number = ? and difficulty_type = ? and created_at > ? order by created_at desc limit 1""")
                .params(idNumber, difficulty.name(), since)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    void insert(NewDeclaration d) {
        DeclarationForm.Valid f = d.form();
        jdbc.sql("""
                insert into declaration (tracking_code, code, region_code, household_id, name, id_number, phone,
                                         difficulty_type, description, consented_at, received_on, due_on,
                                         client_ip_hash, created_at, updated_at)
                values (:tracking, :code, :region, :household, :name, :idNumber, :phone, :difficulty, :description,
                        :at, :received, :due, :ip, :at, :at)""")
                .param("tracking", d.trackingCode()).param("code", f.code()).param("region", d.regionCode())
                .param("household", d.householdId()).param("name", f.name()).param("idNumber", f.idNumber())
                .param("phone", f.phone()).param("difficulty", f.difficulty().name())
                .param("description", f.description()).param("at", d.at()).param("received", d.receivedOn())
                .param("due", d.dueOn()).param("ip", d.clientIpHash())
                .update();
    }

    void linkClue(String trackingCode, long clueId) {
        jdbc.sql("update declaration set clue_id = ? where tracking_code = ?").params(clueId, trackingCode).update();
    }

    boolean trackingCodeTaken(String trackingCode) {
        return jdbc.sql("select exists (select 1 from declaration where tracking_code = ?)").param(trackingCode)
                .query(Boolean.class).single();
    }

    Optional<Status> status(String trackingCode) {
        return jdbc.sql("select status, received_on, due_on, decided_on, outcome from declaration where tracking_code = ?")
                .param(trackingCode)
                .query((rs, n) -> new Status(DeclarationStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional();
    }

    /** Records the end of the identification case opened from the declaration's clue; answers the rows changed. */
    int conclude(long clueId, String outcome, LocalDate on, OffsetDateTime at) {
        return jdbc.sql("""
                update declaration set status = 'DECIDED', outcome = ?, decided_on = ?, updated_at = ?
                 where clue_id = ?""")
                .params(outcome, on, at, clueId).update();
    }

    /** Marks the declaration decided; returns whether it existed. */
    boolean decide(String trackingCode, String outcome, LocalDate on, OffsetDateTime at) {
        return jdbc.sql("""
                update declaration set status = 'DECIDED', outcome = ?, decided_on = ?, updated_at = ?
                 where tracking_code = ?""")
                .params(outcome, on, at, trackingCode).update() > 0;
    }
}
