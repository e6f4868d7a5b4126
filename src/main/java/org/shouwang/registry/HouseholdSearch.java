package org.shouwang.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household list: filters by region (any level, as a code range), type, category, a member's name prefix or
 * full ID number; sorted and paged on the server. The user's scope is always added, whatever the parameters say.
 */
@Component
public class HouseholdSearch {

    public record Criteria(String region, HouseholdType type, MonitoringCategory category, String name, String idNumber,
            String sort, boolean descending, int page, int size) {
    }

    public record Row(long id, String householdNo, String headName, String headIdNumberMasked, String regionCode,
            String regionName, String townshipName, int memberCount, HouseholdType householdType, String householdTypeLabel,
            MonitoringCategory monitoringCategory, String monitoringCategoryLabel, BigDecimal perCapitaIncome) {
    }

    /** {@code totalExact} is false when more than {@link #COUNT_CAP} households match: the count stops there. */
    public record Page(List<Row> items, long total, boolean totalExact, int page, int size) {
    }

    /** Counting every match of a one-character name in a county costs more than the page itself; nobody pages that far. */
    static final int COUNT_CAP = 10_000;

    private static final String COLUMNS = """
            h.id, h.household_no, h.head_name, h.head_id_number, h.region_code, v.name as village, t.name as township,
            h.member_count, h.household_type, h.monitoring_category, h.per_capita_income""";

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    HouseholdSearch(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Page search(Criteria c, CurrentUser user) {
        RegionCode scope = user.scope();
        if (c.region() != null && !c.region().isBlank()) {
            if (!RegionCode.isValid(c.region()) || !user.covers(c.region())) {
                return new Page(List.of(), 0, true, c.page(), c.size());
            }
            scope = new RegionCode(c.region());
        }
        RegionCode inScope = scope;
        return readOnly.execute(tx -> {
            jdbc.sql("set local plan_cache_mode = " + (customPlan(c, inScope) ? "force_custom_plan" : "force_generic_plan")).update();
            return searchInTransaction(c, inScope);
        });
    }

    /**
     * Whether the statement is planned with its values each time, not once per connection. Chosen here, not left to
     * PostgreSQL's own switch: after five custom plans it keeps whichever looked cheaper on average, and one statement
     * serves villages, townships and the county alike.
     * <ul>
     * <li>A county's plain list: only with the range's values does PostgreSQL see that nearly every household matches,
     * and walks the household-number index to the page at once (0.1 ms, where the generic plan sorts all 300,000).</li>
     * <li>A one-character name: it may match tens of thousands of members, which only a custom plan hashes into
     * households (the generic plan sorts them on disk, twice the time).</li>
     * </ul>
     * The generic plan is right for everything else, and a custom one can be wrong: for a township it walks the
     * household-number index past every household of the townships before it (20 ms instead of 3).
     */
    static boolean customPlan(Criteria c, RegionCode scope) {
        boolean byName = c.name() != null && !c.name().isBlank();
        return byName ? c.name().strip().codePointCount(0, c.name().strip().length()) == 1
                : scope.level() <= 3 && (c.idNumber() == null || c.idNumber().isBlank());
    }

    private Page searchInTransaction(Criteria c, RegionCode scope) {
        HouseholdMatches matches = HouseholdMatches.of(c, scope);
        int size = Math.max(1, Math.min(c.size(), 200));
        int page = Math.max(0, c.page());
        // One statement: the count of the matches up to the cap, and the page's ids sorted out of all matches (the
        // index entries only); then only the page's households are read whole. The matches are written once and read
        // twice. A name's matches are grouped into households first, which reads every matching member whatever the
        // cap, so they are kept (MATERIALIZED) for both readers; any other search's are read by each on its own, so
        // that the count stops at the cap and the page can come from an index walk.
        List<Object> params = new ArrayList<>(matches.params);
        params.add(COUNT_CAP + 1);
        params.add(size);
        params.add((long) page * size);
        long[] total = {0};
        List<Row> rows = jdbc.sql(with(matches) + "\nselect " + COLUMNS + """
                ,
                       (select count(*) from (select from matches limit ?) capped) as matches
                from (select id from matches order by\s""" + matches.order(c.descending()) + """
                       limit ? offset ?) p
                join household h on h.id = p.id
                join region v on v.code = h.region_code left join region t on t.code = v.parent_code
                order by\s""" + matches.householdOrder(c.descending()))
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("matches");
                    return row(rs);
                }).list();
        if (rows.isEmpty() && page > 0) {
            // past the last page: no row carried the count
            List<Object> countParams = new ArrayList<>(matches.params);
            countParams.add(COUNT_CAP + 1);
            total[0] = jdbc.sql(with(matches) + " select count(*) from (select from matches limit ?) capped")
                    .params(countParams).query(Long.class).single();
        }
        boolean exact = total[0] <= COUNT_CAP;
        return new Page(rows, exact ? total[0] : COUNT_CAP, exact, page, size);
    }

    private static String with(HouseholdMatches matches) {
        return "with matches as " + (matches.byName ? "materialized (" : "not materialized (") + matches.sql + ")";
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        HouseholdType type = HouseholdType.valueOf(rs.getString("household_type"));
        String cat = rs.getString("monitoring_category");
        MonitoringCategory category = cat == null ? null : MonitoringCategory.valueOf(cat);
        return new Row(rs.getLong("id"), rs.getString("household_no"), rs.getString("head_name"),
                IdNumber.mask(rs.getString("head_id_number")), rs.getString("region_code"), rs.getString("village"),
                rs.getString("township"), rs.getInt("member_count"), type, type.label(), category,
                category == null ? null : category.label(), rs.getBigDecimal("per_capita_income"));
    }

}
