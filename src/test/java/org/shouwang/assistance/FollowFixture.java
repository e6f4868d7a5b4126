package org.shouwang.assistance;

import java.time.LocalDate;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.support.Ids;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestRegions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Households, members, contact persons and users for the follow-up tests, written straight into the tables. */
final class FollowFixture {

    /** A county of its own: 349998 is 报表县 (ReportCounty), whose counts a household of ours would change. */
    static final String OTHER_COUNTY = "349992000000";
    static final String OTHER_VILLAGE = "349992001001";

    private final JdbcClient jdbc;

    FollowFixture(JdbcClient jdbc, Users users, Regions regions) {
        this.jdbc = jdbc;
        TestRegions.county(OTHER_COUNTY, "外县").township("349992001000", "外镇").village(OTHER_VILLAGE, "外村")
                .user("t-contact1", Role.CONTACT_PERSON, TestCounty.VILLAGE_1)
                .user("t-contact2", Role.CONTACT_PERSON, TestCounty.VILLAGE_1)
                .user("t-grid1b", Role.GRID_WORKER, TestCounty.VILLAGE_1B)
                .user("t-liaison", Role.DEPARTMENT_LIAISON, TestCounty.COUNTY)
                .create(regions, users);
    }

    /** A household with {@code members} members, each working at {@code workPlace} for {@code workMonths} months. */
    long household(String village, String type, String status, String site, int members, String workPlace,
            Integer workMonths) {
        long id = jdbc.sql("""
                insert into household (household_no, region_code, household_type, monitoring_status, relocated,
                                       relocation_site, head_name, member_count)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Ids.householdNo(), village, type, status, site != null, site, "户主" + System.nanoTime() % 10000,
                        members)
                .query(Long.class).single();
        for (int i = 0; i < members; i++) {
            jdbc.sql("""
                    insert into member (household_id, name, id_number, sex, birth_date, relation, work_place, work_months)
                    values (?, ?, ?, 'MALE', date '1980-01-01', ?, ?, ?)""")
                    .params(id, "成员" + i, Ids.unique("1980-01-01", true), i == 0 ? "HEAD" : "SON", workPlace, workMonths)
                    .update();
        }
        return id;
    }

    long monitored(String village) {
        return household(village, "ORDINARY", "RISK_ACTIVE", null, 2, null, null);
    }

    void contactPerson(long householdId, String username) {
        jdbc.sql("""
                insert into contact_person (household_id, name, username, unit, kind, start_on, assigned_by)
                values (?, ?, ?, '测试单位', 'MONITORING', current_date, 'test')""")
                .params(householdId, "联系人" + username, username).update();
    }

    void due(long householdId, String kind, LocalDate nextDue) {
        jdbc.sql("update follow_schedule set next_due = ? where household_id = ? and kind = ?")
                .params(nextDue, householdId, kind).update();
    }
}
