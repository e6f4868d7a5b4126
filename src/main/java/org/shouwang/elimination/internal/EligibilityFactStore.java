package org.shouwang.elimination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.shouwang.assistance.IncomeRegistrations;
import org.shouwang.assistance.Plans;
import org.shouwang.assistance.Visits;
import org.shouwang.elimination.EligibilityFacts;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers what eligibility needs: income registrations, delivered measures and the latest visit through the
 * assistance module's API; announced identifications (V17) and members' labour capacity still by SQL from their tables.
 */
@Component
public class EligibilityFactStore {

    private final JdbcClient jdbc;
    private final IncomeRegistrations incomes;
    private final Plans plans;
    private final Visits visits;

    EligibilityFactStore(JdbcClient jdbc, IncomeRegistrations incomes, Plans plans, Visits visits) {
        this.jdbc = jdbc;
        this.incomes = incomes;
        this.plans = plans;
        this.visits = visits;
    }

    public EligibilityFacts facts(long householdId, MonitoringStatus status, ZoneId zone) {
        List<EligibilityFacts.Income> registered = incomes.registered(householdId).stream()
                .map(r -> new EligibilityFacts.Income(r.periodStart(), r.periodEnd(), r.perCapitaYearly())).toList();
        int delivered = plans.deliveredMeasures(householdId);
        List<LabourCapacity> labour = jdbc.sql("select labour_capacity from member where household_id = ? and removed_at is null")
                .param(householdId).query((rs, n) -> rs.getString(1) == null ? null : LabourCapacity.valueOf(rs.getString(1)))
                .list();
        EligibilityFacts.Visit visit = visits.latestStanding(householdId)
                .map(v -> new EligibilityFacts.Visit(v.visitDate(), v.guaranteeGapLabels())).orElse(null);
        return new EligibilityFacts(status, registered, identifiedOn(householdId, zone), delivered, labour, visit);
    }

    /** The announcement day of the household's latest announced identification (识别认定公告), or null. */
    public LocalDate identifiedOn(long householdId, ZoneId zone) {
        return jdbc.sql("""
                select s.at from identification_step s
                join identification_case c on c.id = s.case_id
                where c.household_id = ? and c.state = 'ANNOUNCED' and s.step = 'ANNOUNCEMENT'
                order by s.at desc limit 1""").param(householdId).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(at -> at.atZoneSameInstant(zone).toLocalDate()).orElse(null);
    }

    /** Whether an identification case of this village has held its democratic review (for a joint meeting). */
    public boolean reviewedIdentificationIn(long caseId, String regionCode) {
        return jdbc.sql("""
                select count(*) from identification_case c join identification_step s on s.case_id = c.id
                where c.id = ? and c.region_code = ? and s.step = 'DEMOCRATIC_REVIEW'""").params(caseId, regionCode)
                .query(Integer.class).single() > 0;
    }
}
