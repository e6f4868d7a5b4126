package org.shouwang.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.RegionCode;

/**
 * The households a list search matches, as one SQL select of {@code id, household_no} (and {@code sort_key} for
 * another order), one row per household, read from indexes wherever the search allows it. A name search starts from
 * the member name index, which carries each member's household, village and household number (V44): the scope, the
 * count and the default order need no household. Any other search starts from the household indexes (V43).
 */
final class HouseholdMatches {

    /** Sortable columns of the list; the household number is the default and the only one the indexes hold. */
    private static final Map<String, String> SORTS = Map.of("householdNo", "household_no", "headName", "head_name",
            "memberCount", "member_count", "perCapitaIncome", "per_capita_income");

    /** U+10FFFF sorts after every character, so [prefix, prefix + U+10FFFF) holds exactly the names that start with prefix. */
    static final String LAST_CODE_POINT = new String(Character.toChars(0x10FFFF));

    final String sql;
    final List<Object> params;
    /** The column the list is sorted by, without table alias: {@code household_no} unless another was asked for. */
    final String sortColumn;
    final boolean byName;

    private HouseholdMatches(String sql, List<Object> params, String sortColumn, boolean byName) {
        this.sql = sql;
        this.params = params;
        this.sortColumn = sortColumn;
        this.byName = byName;
    }

    static HouseholdMatches of(HouseholdSearch.Criteria c, RegionCode scope) {
        String sortColumn = SORTS.getOrDefault(c.sort() == null ? "" : c.sort(), "household_no");
        boolean byName = c.name() != null && !c.name().isBlank();
        boolean otherSort = !sortColumn.equals("household_no");
        boolean householdFilter = c.type() != null || c.category() != null;
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        String householdId;
        if (byName) {
            // A prefix as a range of the text_pattern_ops index: unlike "like ?", a range keeps the index usable in a
            // generic plan. The household is joined only for a filter or an order the member index does not hold.
            String prefix = c.name().strip();
            prefix = prefix.length() > 50 ? prefix.substring(0, 50) : prefix;
            sql.append("select m.household_id as id, m.search_household_no as household_no")
                    .append(otherSort ? ", h." + sortColumn + " as sort_key" : "")
                    .append(" from member m")
                    .append(otherSort || householdFilter ? " join household h on h.id = m.household_id" : "")
                    .append(" where m.name ~>=~ ? and m.name ~<~ ? and m.removed_at is null and m.search_region_code between ? and ?");
            params.addAll(List.of(prefix, prefix + LAST_CODE_POINT, scope.low(), scope.high()));
            householdId = "m.household_id";
        } else {
            sql.append("select h.id, h.household_no").append(otherSort ? ", h." + sortColumn + " as sort_key" : "")
                    .append(" from household h where h.region_code between ? and ?");
            params.addAll(List.of(scope.low(), scope.high()));
            householdId = "h.id";
        }
        if (c.type() != null) {
            sql.append(" and h.household_type = ?");
            params.add(c.type().name());
        }
        if (c.category() != null) {
            sql.append(" and h.monitoring_category = ?");
            params.add(c.category().name());
        }
        if (c.idNumber() != null && !c.idNumber().isBlank()) {
            IdNumber.Parsed id = IdNumber.parse("idNumber", c.idNumber());
            sql.append(" and ").append(householdId)
                    .append(" in (select household_id from member where id_number = ? and removed_at is null)");
            params.add(id.ok() ? id.number().value() : IdNumber.normalise(c.idNumber()));
        }
        if (byName) {
            // two matching members of one household make one match
            sql.append(" group by m.household_id, m.search_household_no").append(otherSort ? ", h." + sortColumn : "");
        }
        return new HouseholdMatches(sql.toString(), params, sortColumn, byName);
    }

    /** The order of the matches, by their own columns; the household number is unique, so it needs no tie-break. */
    String order(boolean descending) {
        return sortColumn.equals("household_no") ? "household_no" + (descending ? " desc" : "")
                : "sort_key" + (descending ? " desc" : "") + " nulls last, id";
    }

    /** The same order over the whole households ({@code h}) of the page. */
    String householdOrder(boolean descending) {
        return sortColumn.equals("household_no") ? "h.household_no" + (descending ? " desc" : "")
                : "h." + sortColumn + (descending ? " desc" : "") + " nulls last, h.id";
    }

}
