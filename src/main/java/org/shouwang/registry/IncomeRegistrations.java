package org.shouwang.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers income statements per household and period, computing 家庭纯收入 and 人均纯收入 with the member count
 * in force when the statement is saved (and keeping that count beside it). The same statement twice changes nothing.
 */
@Component
public class IncomeRegistrations {

    /** One statement to register, by household number (files) or household id (forms). */
    public record Entry(String householdNo, Long householdId, Long statementId, Integer version, IncomeDraft draft) {
    }

    private static final String[][] FIELDS = {
            {"wageIncome", "wage_income", "工资性收入"}, {"businessIncome", "business_income", "生产经营性收入"},
            {"propertyIncome", "property_income", "财产性收入"}, {"transferIncome", "transfer_income", "转移性收入"},
            {"productionExpense", "production_expense", "生产经营性支出"}, {"compliantSelfPaid", "compliant_self_paid", "合规自付支出"}};

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    IncomeRegistrations(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Transactional
    public List<Registrations.Outcome> register(List<Entry> entries, CurrentUser user, String source) {
        Map<String, Object[]> byNo = new HashMap<>();
        List<String> numbers = entries.stream().map(Entry::householdNo).filter(Objects::nonNull).toList();
        if (!numbers.isEmpty()) {
            jdbc.sql("select household_no, id, region_code, member_count from household where household_no = any(?)")
                    .param(numbers.toArray(String[]::new))
                    .query((rs, n) -> byNo.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getInt(4)}))
                    .list();
        }
        Set<String> existing = existingPeriods(byNo.values().stream().map(h -> (Long) h[0]).toList());
        Set<String> seen = new HashSet<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Registrations.Outcome> out = new ArrayList<>();
        List<Long> touched = new ArrayList<>();
        for (Entry e : entries) {
            Object[] h = e.householdNo() != null ? byNo.get(e.householdNo()) : householdById(e.householdId());
            List<Violation> v = new ArrayList<>(IncomeRules.check(e.draft()));
            if (h == null || !user.covers((String) h[1])) {
                v.add(0, new Violation("householdNo", "HOUSEHOLD_UNKNOWN", "户编号 " + e.householdNo() + " 未登记或不在您的管辖范围内"));
            }
            if (!v.isEmpty()) {
                out.add(new Registrations.Outcome(Registrations.Status.REJECTED, null, v));
                continue;
            }
            long householdId = (Long) h[0];
            String key = householdId + "|" + e.draft().periodStart() + "|" + e.draft().periodEnd();
            Registrations.Status status;
            if (e.statementId() == null && e.householdNo() != null && !existing.contains(key) && seen.add(key)) {
                // a new statement from a file: inserted with the others of the batch below
                inserts.add(row(householdId, (Integer) h[2], e.draft()));
                status = Registrations.Status.CREATED;
            } else {
                flushInserts(inserts, user.username(), source);
                status = save(householdId, (Integer) h[2], e, user.username(), source);
            }
            if (status != Registrations.Status.UNCHANGED) {
                touched.add(householdId);
            }
            out.add(new Registrations.Outcome(status, householdId, List.of()));
        }
        flushInserts(inserts, user.username(), source);
        if (!touched.isEmpty()) {
            jdbc.sql("""
                    update household h set per_capita_income = (select i.per_capita_income from income_statement i
                      where i.household_id = h.id order by i.period_end desc, i.id desc limit 1) where h.id = any(?)""")
                    .param(touched.toArray(Long[]::new)).update();
        }
        return out;
    }

    private Set<String> existingPeriods(List<Long> householdIds) {
        Set<String> keys = new HashSet<>();
        if (!householdIds.isEmpty()) {
            jdbc.sql("select household_id, period_start, period_end from income_statement where household_id = any(?)")
                    .param(householdIds.toArray(Long[]::new))
                    .query((rs, n) -> keys.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getDate(3).toLocalDate()))
                    .list();
        }
        return keys;
    }

    private static Object[] row(long householdId, int members, IncomeDraft d) {
        BigDecimal net = IncomeRules.netIncome(d);
        return new Object[] {householdId, d.periodStart(), d.periodEnd(), IncomeRules.z(d.wageIncome()),
                IncomeRules.z(d.businessIncome()), IncomeRules.z(d.propertyIncome()), IncomeRules.z(d.transferIncome()),
                IncomeRules.z(d.productionExpense()), IncomeRules.z(d.compliantSelfPaid()), net,
                IncomeRules.perCapita(net, members), members};
    }

    /** Writes the batch's new statements and their history lines with two batched statements. */
    private void flushInserts(List<Object[]> inserts, String actor, String source) {
        if (inserts.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval('income_statement_id_seq') from generate_series(1, ?)").param(inserts.size())
                .query(Long.class).list();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            Object[] r = inserts.get(i);
            Object[] withId = new Object[r.length + 1];
            withId[0] = ids.get(i);
            System.arraycopy(r, 0, withId, 1, r.length);
            statements.add(withId);
            history.add(new Object[] {r[0], ids.get(i), "收支 " + r[1] + "至" + r[2], "*", null, "新增收支情况", actor, source});
        }
        batch.batchUpdate("""
                insert into income_statement (id, household_id, period_start, period_end, wage_income, business_income,
                  property_income, transfer_income, production_expense, compliant_self_paid, net_income, per_capita_income,
                  member_count_used) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statements);
        batch.batchUpdate("""
                insert into change_log (household_id, entity, entity_id, entity_label, field, before_value, after_value, actor, source)
                values (?, 'INCOME', ?, ?, ?, ?, ?, ?, ?)""", history);
        inserts.clear();
    }

    private Object[] householdById(Long id) {
        return id == null ? null : jdbc.sql("select id, region_code, member_count from household where id = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)}).optional().orElse(null);
    }

    private Registrations.Status save(long householdId, int members, Entry e, String actor, String source) {
        IncomeDraft d = e.draft();
        BigDecimal net = IncomeRules.netIncome(d);
        BigDecimal perCapita = IncomeRules.perCapita(net, members);
        BigDecimal[] amounts = {IncomeRules.z(d.wageIncome()), IncomeRules.z(d.businessIncome()), IncomeRules.z(d.propertyIncome()),
                IncomeRules.z(d.transferIncome()), IncomeRules.z(d.productionExpense()), IncomeRules.z(d.compliantSelfPaid())};
        var existing = e.statementId() != null
                ? jdbc.sql("select * from income_statement where id = ? and household_id = ?").params(e.statementId(), householdId)
                        .query((rs, n) -> rowOf(rs)).optional()
                : jdbc.sql("select * from income_statement where household_id = ? and period_start = ? and period_end = ?")
                        .params(householdId, d.periodStart(), d.periodEnd()).query((rs, n) -> rowOf(rs)).optional();
        String label = "收支 " + d.periodStart() + "至" + d.periodEnd();
        if (existing.isEmpty()) {
            long id = jdbc.sql("""
                    insert into income_statement (household_id, period_start, period_end, wage_income, business_income,
                      property_income, transfer_income, production_expense, compliant_self_paid, net_income, per_capita_income,
                      member_count_used) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(householdId, d.periodStart(), d.periodEnd(), amounts[0], amounts[1], amounts[2], amounts[3],
                            amounts[4], amounts[5], net, perCapita, members).query(Long.class).single();
            log(householdId, id, label, "*", null, "新增收支情况", actor, source);
            return Registrations.Status.CREATED;
        }
        Map<String, Object> row = existing.get();
        if (e.version() != null && !e.version().equals(row.get("version"))) {
            throw org.shouwang.shared.ProblemException.conflict("该收支记录已被他人修改，请刷新后再改");
        }
        boolean changed = !row.get("period_start").toString().equals(d.periodStart().toString())
                || !row.get("period_end").toString().equals(d.periodEnd().toString());
        long id = (Long) row.get("id");
        for (int i = 0; i < FIELDS.length; i++) {
            BigDecimal before = (BigDecimal) row.get(FIELDS[i][1]);
            if (before.compareTo(amounts[i]) != 0) {
                log(householdId, id, label, FIELDS[i][0], before.toPlainString(), amounts[i].toPlainString(), actor, source);
                changed = true;
            }
        }
        if (!changed) {
            return Registrations.Status.UNCHANGED;
        }
        jdbc.sql("""
                update income_statement set period_start = ?, period_end = ?, wage_income = ?, business_income = ?,
                  property_income = ?, transfer_income = ?, production_expense = ?, compliant_self_paid = ?, net_income = ?,
                  per_capita_income = ?, member_count_used = ?, version = version + 1 where id = ?""")
                .params(d.periodStart(), d.periodEnd(), amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], amounts[5],
                        net, perCapita, members, id).update();
        return Registrations.Status.UPDATED;
    }

    private static Map<String, Object> rowOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> row = new HashMap<>();
        row.put("id", rs.getLong("id"));
        row.put("version", rs.getInt("version"));
        row.put("period_start", rs.getDate("period_start").toLocalDate());
        row.put("period_end", rs.getDate("period_end").toLocalDate());
        for (String[] f : FIELDS) {
            row.put(f[1], rs.getBigDecimal(f[1]));
        }
        return row;
    }

    private void log(long householdId, long id, String label, String field, String before, String after, String actor,
            String source) {
        jdbc.sql("""
                insert into change_log (household_id, entity, entity_id, entity_label, field, before_value, after_value, actor, source)
                values (?, 'INCOME', ?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, id, label, field, before, after, actor, source).update();
    }
}
