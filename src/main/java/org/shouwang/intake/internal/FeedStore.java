package org.shouwang.intake.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.intake.Feed;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.Department;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** SQL for feeds and the rows they could not use. */
@Component
public class FeedStore {

    private final JdbcTemplate jdbc;

    FeedStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(Department department, String channel, String fileName, String sender, RegionCode scope) {
        return jdbc.queryForObject("insert into feed (department, channel, file_name, created_by, scope_region) "
                + "values (?, ?, ?, ?, ?) returning id", Long.class, department.name(), channel, fileName, sender, scope.value());
    }

    void finish(long id, int rows, int matched, int unmatched, int invalid, int newFacts, int newClues) {
        jdbc.update("update feed set total_rows = ?, matched_rows = ?, unmatched_rows = ?, invalid_rows = ?, duplicate_rows = ?, "
                + "new_facts = ?, new_clues = ? where id = ?", rows, matched, unmatched, invalid, matched - newFacts, newFacts,
                newClues, id);
    }

    void errors(long id, FeedLayout layout, List<FeedInput> inputs, List<Feed.RowError> errors) {
        Map<Integer, FeedInput> byRow = new java.util.HashMap<>();
        inputs.forEach(i -> byRow.put(i.rowNo(), i));
        jdbc.batchUpdate("insert into feed_error (feed_id, row_no, cells, errors) values (?, ?, cast(? as jsonb), cast(? as jsonb)) "
                + "on conflict do nothing", errors, 1000, (ps, e) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, e.row());
                    ps.setString(3, Json.strings(byRow.get(e.row()).cells(layout)));
                    ps.setString(4, Json.violations(e.errors()));
                });
    }

    public List<Feed> within(RegionCode scope, Department department) {
        return jdbc.query("select * from feed where scope_region between ? and ? and (cast(? as varchar) is null or department = ?) "
                + "order by created_at desc, id desc limit 50", FeedStore::map, scope.low(), scope.high(),
                department == null ? null : department.name(), department == null ? null : department.name());
    }

    public java.util.Optional<Feed> find(long id, RegionCode scope) {
        return jdbc.query("select * from feed where id = ? and scope_region between ? and ?", FeedStore::map, id, scope.low(),
                scope.high()).stream().findFirst();
    }

    /** The report's rows in file order: original values in layout order, messages by the layout's headers. */
    public List<Workbooks.ErrorRow> reportRows(long id, FeedLayout layout) {
        Map<String, String> headerOf = new LinkedHashMap<>();
        layout.columns().forEach(c -> headerOf.put(c.key(), c.header()));
        return jdbc.query("""
                select row_no, array(select jsonb_array_elements_text(cells)) as cells,
                       array(select e->>'column' from jsonb_array_elements(errors) e) as columns,
                       array(select e->>'code' from jsonb_array_elements(errors) e) as codes,
                       array(select e->>'message' from jsonb_array_elements(errors) e) as messages
                from feed_error where feed_id = ? order by row_no""", (rs, n) -> {
                    List<String> columns = strings(rs.getArray("columns"));
                    List<String> messages = strings(rs.getArray("messages"));
                    Map<String, String> byColumn = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        byColumn.merge(headerOf.getOrDefault(columns.get(i), columns.get(i)), messages.get(i), (a, b) -> a + "；" + b);
                    }
                    // a JSON null cell comes back as SQL null, which the array keeps: the positions stay right
                    return new Workbooks.ErrorRow(rs.getInt("row_no"), strings(rs.getArray("cells")), byColumn,
                            String.join("; ", strings(rs.getArray("codes"))), String.join("；", messages));
                }, id);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Feed map(ResultSet rs, int n) throws SQLException {
        Department d = Department.valueOf(rs.getString("department"));
        return new Feed(rs.getLong("id"), d, d.label(), rs.getString("channel"), rs.getString("file_name"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("total_rows"),
                rs.getInt("matched_rows"), rs.getInt("unmatched_rows"), rs.getInt("invalid_rows"), rs.getInt("duplicate_rows"),
                rs.getInt("new_facts"), rs.getInt("new_clues"), List.of());
    }
}
