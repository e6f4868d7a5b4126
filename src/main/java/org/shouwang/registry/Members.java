package org.shouwang.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds current members by ID number, for channels that only know a person (department feeds, self-declaration). */
@Component
public class Members {

    /** A current member and the household and village they belong to. */
    public record MemberRef(long memberId, long householdId, String householdNo, String regionCode, String name,
            String idNumber) {
    }

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current members with these 18-digit ID numbers (normalise with {@code IdNumber} first: 15→18 digits,
     * upper-case X), keyed by ID number; numbers not found are absent.
     */
    public Map<String, MemberRef> byIdNumbers(Collection<String> idNumbers) {
        Map<String, MemberRef> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select m.id, m.household_id, h.household_no, h.region_code, m.name, m.id_number
                  from member m join household h on h.id = m.household_id
                 where m.removed_at is null and m.id_number = any(?)""")
                .param(idNumbers.toArray(String[]::new))
                .query((rs, n) -> new MemberRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list().forEach(m -> found.put(m.idNumber(), m));
        return found;
    }
}
