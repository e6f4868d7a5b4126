package org.shouwang.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 台账县 (349993) with two townships and three villages, a user per role, and the rows the ledger tests read: three
 * monitored households (one eliminated), a 脱贫户 that is not monitored, a measure, visits, an elimination and a
 * rollback request. Text that looks like a formula (=1+1) is stored where officials type free text.
 */
@TestComponent
public class LedgerCounty implements InitializingBean {

    public static final String COUNTY = "349993000000";
    public static final String TOWN_A = "349993001000";
    public static final String V1 = "349993001001";
    public static final String V2 = "349993001002";
    public static final String TOWN_B = "349993002000";
    public static final String V3 = "349993002001";
    public static final String PASSWORD = org.shouwang.support.TestCounty.PASSWORD;
    public static final String ID_A = "349993197003151234";
    public static final String ID_B = "349993196805052345";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Regions regions;
    private final Users users;
    private final JdbcTemplate jdbc;

    long hA;
    long hB;
    long hD;
    long hE;

    LedgerCounty(Regions regions, Users users, JdbcTemplate jdbc) {
        this.regions = regions;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        TestRegions.county(COUNTY, "台账县")
                .township(TOWN_A, "丙镇").village(V1, "丙一村").village(V2, "丙二村")
                .township(TOWN_B, "丁乡").village(V3, "丁一村")
                .user("l-admin", Role.COUNTY_ADMIN, COUNTY)
                .user("l-inspector", Role.INSPECTOR, COUNTY)
                .user("l-township", Role.TOWNSHIP_REVIEWER, TOWN_A)
                .user("l-clerk1", Role.VILLAGE_CLERK, V1)
                .user("l-clerk2", Role.VILLAGE_CLERK, V2)
                .user("l-grid1", Role.GRID_WORKER, V1)
                .user("l-liaison", Role.DEPARTMENT_LIAISON, COUNTY)
                .create(regions, users);
        if (jdbc.queryForObject("select count(*) from household where region_code like '349993%'", Integer.class) > 0) {
            hA = idOf("张监测");
            hB = idOf("李消除");
            hD = idOf("赵西村");
            hE = idOf("孙脱贫");
            return;
        }
        hA = household(V1, "张监测", ID_A, "13912345678", "POVERTY_ALLEVIATED", "RISK_ACTIVE", "UNSTABLE", 2018);
        hB = household(V1, "李消除", ID_B, "13800002222", "ORDINARY", "RISK_ELIMINATED", "MARGINAL", null);
        hD = household(V2, "赵西村", "349993199001011111", null, "ORDINARY", "RISK_ACTIVE", "SUDDEN", null);
        hE = household(V3, "孙脱贫", "349993195501012222", "13600003333", "POVERTY_ALLEVIATED", "NOT_MONITORED", null,
                2016);
        announced(hA, V1, LocalDateTime.of(2026, 3, 10, 10, 0), "[\"ILLNESS\", \"DISASTER\"]");
        announced(hB, V1, LocalDateTime.of(2025, 6, 1, 10, 0), "[\"EDUCATION\"]");
        announced(hD, V2, LocalDateTime.of(2026, 2, 1, 10, 0), "[]");
        jdbc.update("""
                insert into contact_person (household_id, name, unit, phone, kind, start_on, assigned_by)
                values (?, '王帮扶', '镇政府', '13700001111', 'MONITORING', '2026-03-12', 'test'),
                       (?, '钱旧人', '县农业农村局', null, 'EXISTING', '2020-01-01', 'test')""", hA, hA);
        long plan = jdbc.queryForObject("""
                insert into assistance_plan (household_id, started_on, measures_due, created_by)
                values (?, '2026-03-10', '2026-03-20', 'test') returning id""", Long.class, hA);
        jdbc.update("""
                insert into assistance_measure (plan_id, household_id, category, item, start_on, amount, status,
                    responsible_unit, risk_types, note, created_by)
                values (?, ?, 'EMPLOYMENT', '公益岗位', '2026-03-15', 6000.00, 'IN_PROGRESS', '县人社局', 'ILLNESS',
                    '=1+1', 'test')""", plan, hA);
        jdbc.update("""
                insert into visit (household_id, region_code, visitor_username, visitor_name, visitor_role, mode,
                    visit_date, household_reached, findings, guarantee_gaps, risk_types)
                values (?, ?, 'l-grid1', '刘网格', 'GRID_WORKER', 'IN_PERSON', '2026-04-02', true, '=1+1',
                        'HOUSING,DRINKING_WATER', 'ILLNESS'),
                       (?, ?, 'l-clerk2', '周经办', 'VILLAGE_CLERK', 'PHONE', '2026-02-05', false, '外出务工，电话联系',
                        '', '')""", hA, V1, hD, V2);
        jdbc.update("""
                insert into elimination_case (household_id, region_code, method, state, eligibility, eliminated_on,
                    opened_at, closed_at)
                values (?, ?, 'ASSISTED', 'ANNOUNCED', '{}', '2026-05-20', ?, ?)""", hB, V1,
                ts(LocalDateTime.of(2026, 4, 1, 9, 0)), ts(LocalDateTime.of(2026, 5, 20, 9, 0)));
        jdbc.update("""
                insert into elimination_request (household_id, region_code, kind, reason_code, reasons, document, state,
                    status_before, category_before, requested_at)
                values (?, ?, 'ROLLBACK', 'UNSTABLE', '务工收入中断', '丙一村〔2026〕3号', 'REQUESTED', 'RISK_ELIMINATED',
                    'MARGINAL', ?)""", hB, V1, ts(LocalDateTime.of(2026, 6, 10, 9, 0)));
    }

    private long idOf(String head) {
        return jdbc.queryForObject("select id from household where head_name = ? and region_code like '349993%'",
                Long.class, head);
    }

    private long household(String village, String head, String id, String phone, String type, String status,
            String category, Integer exitYear) {
        return jdbc.queryForObject("""
                insert into household (household_no, region_code, household_type, monitoring_status, monitoring_category,
                    head_name, head_id_number, phone, member_count, per_capita_income, poverty_exit_year)
                values (?, ?, ?, ?, ?, ?, ?, ?, 3, 5600.50, ?) returning id""", Long.class,
                "LG" + village.substring(9) + "-" + SEQ.incrementAndGet(), village, type, status, category, head, id,
                phone, exitYear);
    }

    private void announced(long household, String village, LocalDateTime at, String riskTypes) {
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, category, risk_types, status_before,
                    opened_at, closed_at) values (?, ?, 'ANNOUNCED', null, ?::jsonb, 'NOT_MONITORED', ?, ?)""",
                household, village, riskTypes, ts(at.minusDays(12)), ts(at));
    }

    private static Timestamp ts(LocalDateTime t) {
        return Timestamp.valueOf(t);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
