package org.shouwang.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, String> SORTS = Map.of("householdNo", "h.household_no", "headName", "h.head_name",
            "memberCount", "h.member_count", "perCapitaIncome", "h.per_capita_income");

    /** U+10FFFF sorts after every character, so [prefix, prefix + U+10FFFF) holds exactly the names that start with prefix. */
    static final String LAST_CODE_POINT = new String(Character.toChars(0x10FFFF));

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    HouseholdSearch(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Page search(Criteria c, CurrentUser user) {
        return readOnly.execute(tx -> {
            // How selective a name prefix is depends entirely on its value: a generic plan, which PostgreSQL adopts for
            // a statement prepared many times, walked all 300,000 households for a rare name. Without a name the
            // generic plan reads the household indexes like a custom one (an ID finds one household; a region is
            // one index range), and planning each request had cost more than running it.
            if (c.name() != null && !c.name().isBlank()) {
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            }
            return searchInTransaction(c, user);
        });
    }

    private Page searchInTransaction(Criteria c, CurrentUser user) {
        RegionCode scope = user.scope();
        if (c.region() != null && !c.region().isBlank()) {
            if (!RegionCode.isValid(c.region()) || !user.covers(c.region())) {
                return new Page(List.of(), 0, true, c.page(), c.size());
            }
            scope = new RegionCode(c.region());
        }
        StringBuilder where = new StringBuilder(" where h.region_code between ? and ?");
        List<Object> params = new ArrayList<>(List.of(scope.low(), scope.high()));
        if (c.type() != null) {
            where.append(" and h.household_type = ?");
            params.add(c.type().name());
        }
        if (c.category() != null) {
            where.append(" and h.monitoring_category = ?");
            params.add(c.category().name());
        }
        if (c.idNumber() != null && !c.idNumber().isBlank()) {
            IdNumber.Parsed id = IdNumber.parse("idNumber", c.idNumber());
            where.append(" and h.id in (select household_id from member where id_number = ? and removed_at is null)");
            params.add(id.ok() ? id.number().value() : IdNumber.normalise(c.idNumber()));
        }
        if (c.name() != null && !c.name().isBlank()) {
            // A prefix as a range of the text_pattern_ops index: unlike "like ?", a range keeps the index usable in the
            // generic plan PostgreSQL switches to for a statement prepared many times (LIKE $1 fell back to a full scan).
            String prefix = c.name().strip();
            prefix = prefix.length() > 50 ? prefix.substring(0, 50) : prefix;
            where.append(" and h.id in (select household_id from member where name ~>=~ ? and name ~<~ ? and removed_at is null)");
            params.add(prefix);
            params.add(prefix + LAST_CODE_POINT);
        }
        String order = SORTS.getOrDefault(c.sort() == null ? "" : c.sort(), "h.household_no") + (c.descending() ? " desc" : " asc")
                + " nulls last, h.id";
        int size = Math.max(1, Math.min(c.size(), 200));
        int page = Math.max(0, c.page());
        // One pass for the usual search (an ID number, a village, a name shared by a few hundred): take the matches up
        // to the cap, count them and sort out the page in the same statement. Only when the cap is reached is the page
        // read again in index order, and the count then stays "more than 10,000".
        List<Object> firstParams = new ArrayList<>(params);
        firstParams.add(COUNT_CAP + 1);
        firstParams.add(size);
        firstParams.add((long) page * size);
        long[] matches = {0};
        // The matches are taken with their number and sort key only, which the indexes of V43 hold: the count and
        // the page come from the index, and only the page's 20 households are read whole.
        String key = SORTS.getOrDefault(c.sort() == null ? "" : c.sort(), "h.household_no");
        String keys = key.equals("h.household_no") ? "h.id, h.household_no" : "h.id, h.household_no, " + key;
        List<Row> rows = jdbc.sql("""
                select h.id, h.household_no, h.head_name, h.head_id_number, h.region_code, v.name as village,
                       t.name as township, h.member_count, h.household_type, h.monitoring_category, h.per_capita_income,
                       m.matches
                from (select h.id, count(*) over () as matches
                      from (select\s""" + keys + " from household h" + where + """
                             limit ?) h
                      order by\s""" + order + """
                      limit ? offset ?) m
                join household h on h.id = m.id
                join region v on v.code = h.region_code left join region t on t.code = v.parent_code
                order by\s""" + order)
                .params(firstParams)
                .query((rs, n) -> {
                    matches[0] = rs.getLong("matches");
                    return row(rs);
                }).list();
        if (rows.isEmpty() && page > 0) {
            // past the last page: the window saw no row to count on
            List<Object> countParams = new ArrayList<>(params);
            countParams.add(COUNT_CAP + 1);
            matches[0] = jdbc.sql("select count(*) from (select 1 from household h" + where + " limit ?) capped")
                    .params(countParams).query(Long.class).single();
        }
        if (matches[0] <= COUNT_CAP) {
            return new Page(rows, matches[0], true, page, size);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        rows = jdbc.sql("""
                select h.id, h.household_no, h.head_name, h.head_id_number, h.region_code, v.name as village, t.name as township,
                       h.member_count, h.household_type, h.monitoring_category, h.per_capita_income
                from household h join region v on v.code = h.region_code left join region t on t.code = v.parent_code"""
                + where + " order by " + order + " limit ? offset ?")
                .params(pageParams).query((rs, n) -> row(rs)).list();
        return new Page(rows, COUNT_CAP, false, page, size);
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
