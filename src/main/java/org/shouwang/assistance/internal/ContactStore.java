package org.shouwang.assistance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shouwang.assistance.ContactKind;
import org.shouwang.assistance.ContactPerson;
import org.shouwang.shared.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contact_person table: rows are added and ended, never deleted, so the history of who helped stays. */
@Component
public class ContactStore {

    /** A new person as validated. */
    public record Entry(String name, String username, String unit, String phone, ContactKind kind, LocalDate startOn) {
    }

    private static final String SELECT = """
            select c.*, (select n.id from contact_person n where n.replaces_id = c.id order by n.id limit 1) as replaced_by
              from contact_person c""";

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current first, then past; newest first within each. */
    public List<ContactPerson> ofHousehold(long householdId) {
        return jdbc.sql(SELECT + " where c.household_id = ? order by (c.ended_on is null) desc, c.start_on desc, c.id desc")
                .param(householdId).query(ContactStore::row).list();
    }

    public Optional<ContactPerson> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(ContactStore::row).optional();
    }

    /** Fails with a DuplicateKeyException when the household already has a current person of this kind. */
    public long insert(long householdId, Entry e, Long replacesId, String actor) {
        return jdbc.sql("""
                insert into contact_person (household_id, name, username, unit, phone, kind, start_on, replaces_id, assigned_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(householdId, e.name(), e.username(), e.unit(), e.phone(), e.kind().name(), e.startOn(), replacesId, actor)
                .query(Long.class).single();
    }

    /** Ends a current person; false when someone ended it first. */
    public boolean end(long id, LocalDate on, String reason, String actor) {
        return jdbc.sql("update contact_person set ended_on = ?, end_reason = ?, ended_by = ? where id = ? and ended_on is null")
                .params(on, reason, actor, id).update() == 1;
    }

    private static ContactPerson row(ResultSet rs, int n) throws SQLException {
        ContactKind kind = ContactKind.valueOf(rs.getString("kind"));
        return new ContactPerson(rs.getLong("id"), rs.getLong("household_id"), rs.getString("name"), rs.getString("username"),
                rs.getString("unit"), IdNumber.maskPhone(rs.getString("phone")), kind, kind.label(),
                rs.getObject("start_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getString("ended_by"), rs.getObject("replaces_id", Long.class),
                rs.getObject("replaced_by", Long.class), rs.getString("assigned_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
