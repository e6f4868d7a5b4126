package org.shouwang.registry.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The household table's editable columns. Group and grid are stored as ids resolved from their names. */
public final class HouseholdColumns {

    /** A household as the writer sees it after names were resolved to ids. */
    public record Values(String regionCode, Long groupId, Long gridId, String householdType, Integer povertyExitYear,
            String address, String phone, boolean relocated, String relocationSite) {
    }

    static final List<Column<Values>> ALL = List.of(
            new Column<>("regionCode", "region_code", "所属村", "text", Values::regionCode),
            new Column<>("groupId", "group_id", "村民小组", "bigint", v -> MemberColumns.str(v.groupId())),
            new Column<>("gridId", "grid_id", "网格", "bigint", v -> MemberColumns.str(v.gridId())),
            new Column<>("householdType", "household_type", "户类型", "text", Values::householdType),
            new Column<>("povertyExitYear", "poverty_exit_year", "脱贫年份", "smallint", v -> MemberColumns.str(v.povertyExitYear())),
            new Column<>("address", "address", "家庭住址", "text", v -> MemberColumns.trim(v.address())),
            new Column<>("phone", "phone", "户联系电话", "text", v -> MemberColumns.trim(v.phone())),
            new Column<>("relocated", "relocated", "是否易地扶贫搬迁户", "boolean", v -> String.valueOf(v.relocated())),
            new Column<>("relocationSite", "relocation_site", "安置区地址", "text", v -> MemberColumns.trim(v.relocationSite())));

    static final String NAMES = ALL.stream().map(Column::column).collect(Collectors.joining(", "));

    private HouseholdColumns() {
    }
}
