package org.shouwang.elimination;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.TestCounty;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Households ready for elimination, written straight to the tables the other modules own. */
public final class EliminationFixtures {

    private EliminationFixtures() {
    }

    /**
     * A household of 东村 identified seven months before {@code now}, with one delivered measure and six months of
     * registered income (9,600 a person and year) above the test county's threshold (8,000): ready for elimination
     * once the village confirms.
     */
    public static long monitored(ApiClient by, JdbcClient jdbc, Monitoring monitoring, ZonedDateTime now, String head) {
        long h = Households.create(by, TestCounty.VILLAGE_1, head);
        LocalDate today = now.toLocalDate();
        var announced = now.minusMonths(7);
        long caseId = jdbc.sql("""
                insert into identification_case (household_id, region_code, state, category, status_before, opened_at, closed_at)
                values (?, ?, 'ANNOUNCED', 'UNSTABLE', 'NOT_MONITORED', ?, ?) returning id""")
                .params(h, TestCounty.VILLAGE_1, announced.minusDays(14).toOffsetDateTime(), announced.toOffsetDateTime())
                .query(Long.class).single();
        jdbc.sql("""
                insert into identification_step (case_id, seq, step, actor, actor_role, at, state_before, state_after)
                values (?, 0, 'OPEN', 't-clerk1', 'VILLAGE_CLERK', ?, 'OPENED', 'OPENED'),
                       (?, 1, 'ANNOUNCEMENT', 't-admin', 'COUNTY_ADMIN', ?, 'COUNTY_APPROVED', 'ANNOUNCED')""")
                .params(caseId, announced.minusDays(14).toOffsetDateTime(), caseId, announced.toOffsetDateTime()).update();
        monitoring.mark(h, MonitoringStatus.RISK_ACTIVE, MonitoringCategory.UNSTABLE, "t-admin", "identification:" + caseId);
        long plan = jdbc.sql("""
                insert into assistance_plan (household_id, case_id, started_on, measures_due, created_by)
                values (?, ?, ?, ?, 'test') returning id""").params(h, caseId, today.minusMonths(7), today.minusMonths(7).plusDays(10))
                .query(Long.class).single();
        jdbc.sql("""
                insert into assistance_measure (plan_id, household_id, category, item, start_on, end_on, status, delivered_on,
                    responsible_unit, created_by)
                values (?, ?, 'PUBLIC_WELFARE_JOB', '村保洁公益岗', ?, ?, 'DELIVERED', ?, '乡人社所', 'test')""")
                .params(plan, h, today.minusMonths(7), today.plusMonths(5), today.minusMonths(6)).update();
        for (int i = 1; i <= 6; i++) {
            LocalDate start = today.withDayOfMonth(1).minusMonths(i);
            jdbc.sql("""
                    insert into income_registration (household_id, period_start, period_end, net_income, member_count_used,
                        per_capita_yearly, registered_by) values (?, ?, ?, 1600, 2, 9600, 'test')""")
                    .params(h, start, start.plusMonths(1).minusDays(1)).update();
        }
        return h;
    }
}
