package org.shouwang.registry.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The set-based reads and writes behind registrations and edits: load what is stored for a batch of households,
 * then write new rows with COPY and changed rows with batched UPDATEs, always with their history.
 * Callers run it inside one transaction per batch, so a household is written whole or not at all.
 */
@Component
public class LedgerStore {

    /** A stored row as database text per column, for diffing against a draft. */
    public record StoredRow(long id, long householdId, int version, Map<String, String> values) {
    }

    private final DataSource dataSource;

    LedgerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, StoredRow> householdsByNo(Collection<String> numbers) throws SQLException {
        Map<String, StoredRow> out = new HashMap<>();
        String sql = "select id, household_no, version, " + asText(HouseholdColumns.NAMES)
                + " from household where household_no = any(?)";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setArray(1, connection().createArrayOf("text", numbers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("household_no"), new StoredRow(rs.getLong("id"), rs.getLong("id"),
                            rs.getInt("version"), read(rs, HouseholdColumns.ALL)));
                }
            }
        }
        return out;
    }

    /** Current members of the given households, and current holders of the given ID numbers wherever they live. */
    public List<StoredRow> members(Collection<Long> householdIds, Collection<String> idNumbers) throws SQLException {
        // Two index look-ups; the second only for the numbers the first did not find, since on a repeated import
        // every number is already in its own household.
        String select = "select id, household_id, version, " + asText(MemberColumns.NAMES) + " from member where removed_at is null";
        List<StoredRow> out = householdIds.isEmpty() ? new ArrayList<>()
                : members(select + " and household_id = any(?)", connection().createArrayOf("bigint", householdIds.toArray()));
        java.util.Set<String> missing = new java.util.HashSet<>(idNumbers);
        out.forEach(m -> missing.remove(m.values().get("id_number")));
        if (!missing.isEmpty()) {
            out.addAll(members(select + " and id_number = any(?)", connection().createArrayOf("text", missing.toArray())));
        }
        return out;
    }

    private List<StoredRow> members(String sql, Array parameter) throws SQLException {
        List<StoredRow> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setArray(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredRow(rs.getLong("id"), rs.getLong("household_id"), rs.getInt("version"),
                            read(rs, MemberColumns.ALL)));
                }
            }
        }
        return out;
    }

    public long[] nextIds(String sequence, int n) throws SQLException {
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = connection().prepareStatement("select nextval(?) from generate_series(1, ?)")) {
            ps.setString(1, sequence);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Ids of the named groups (or grids) of villages, creating the missing ones. Key: villageCode + "|" + name. */
    public Map<String, Long> groupOrGridIds(String table, Collection<String> keys) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<String> villages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String k : keys) {
            villages.add(k.substring(0, 12));
            names.add(k.substring(13));
        }
        Connection c = connection();
        Array v = c.createArrayOf("text", villages.toArray());
        Array n = c.createArrayOf("text", names.toArray());
        try (PreparedStatement ins = c.prepareStatement("insert into " + table + " (village_code, name) "
                + "select * from unnest(?::text[], ?::text[]) on conflict do nothing")) {
            ins.setArray(1, v);
            ins.setArray(2, n);
            ins.executeUpdate();
        }
        try (PreparedStatement sel = c.prepareStatement("select t.id, t.village_code, t.name from " + table + " t "
                + "join unnest(?::text[], ?::text[]) k(v, n) on t.village_code = k.v and t.name = k.n")) {
            sel.setArray(1, v);
            sel.setArray(2, n);
            try (ResultSet rs = sel.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                }
            }
        }
        return out;
    }

    public Map<String, Integer> regionLevels(Collection<String> codes) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement ps = connection().prepareStatement("select code, level from region where code = any(?)")) {
            ps.setArray(1, connection().createArrayOf("text", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    public void copy(CopyText rows, String tableAndColumns) throws SQLException {
        rows.copyInto(connection(), tableAndColumns);
    }

    /** Batched UPDATE of all listed columns of rows that changed; bumps the version for optimistic locking. */
    public <D> void update(String table, List<Column<D>> columns, Map<Long, Map<String, String>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        for (Column<D> c : columns) {
            sql.append(c.column()).append(" = ").append(c.placeholder()).append(", ");
        }
        sql.append("version = version + 1").append("household".equals(table) ? ", updated_at = now()" : "")
                .append(" where id = ?");
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            for (Map.Entry<Long, Map<String, String>> row : rows.entrySet()) {
                int i = 1;
                for (Column<D> c : columns) {
                    ps.setString(i++, row.getValue().get(c.column()));
                }
                ps.setLong(i, row.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void log(List<ChangeEntry> entries, String actor, String source) throws SQLException {
        CopyText rows = new CopyText();
        for (ChangeEntry e : entries) {
            rows.add(e.householdId()).add(e.entity()).add(e.entityId()).add(e.entityLabel()).add(e.field())
                    .add(e.before()).add(e.after()).add(actor).add(source).endRow();
        }
        copy(rows, "change_log (household_id, entity, entity_id, entity_label, field, before_value, after_value, actor, source)");
    }

    /** Recomputes the list columns (head, member count, latest per-capita income) of the given households. */
    public void refreshSummaries(Collection<Long> householdIds) throws SQLException {
        if (householdIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection().prepareStatement("""
                update household h set head_name = s.head_name, head_id_number = s.head_id, member_count = s.n,
                       per_capita_income = (select i.per_capita_income from income_statement i where i.household_id = h.id
                                            order by i.period_end desc, i.id desc limit 1)
                from (select hh.id,
                             count(m.id) as n,
                             max(m.name) filter (where m.relation = 'HEAD') as head_name,
                             max(m.id_number) filter (where m.relation = 'HEAD') as head_id
                      from household hh left join member m on m.household_id = hh.id and m.removed_at is null
                      where hh.id = any(?) group by hh.id) s
                where h.id = s.id""")) {
            ps.setArray(1, connection().createArrayOf("bigint", householdIds.toArray()));
            ps.executeUpdate();
        }
    }

    public Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }

    private static String asText(String names) {
        StringBuilder b = new StringBuilder();
        for (String n : names.split(", ")) {
            b.append(b.isEmpty() ? "" : ", ").append(n).append("::text as ").append(n);
        }
        return b.toString();
    }

    private static <D> Map<String, String> read(ResultSet rs, List<Column<D>> columns) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Column<D> c : columns) {
            String v = rs.getString(c.column());
            values.put(c.column(), v == null ? null : v.strip());
        }
        return values;
    }
}
