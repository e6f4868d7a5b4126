package org.shouwang.elimination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shouwang.elimination.EligibilityFacts;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what eligibility needs from other modules' tables by SQL: income registrations, plans' measures (V19), visits
 * (V10), announced identifications (V17) and members. The Java APIs of assistance are being written alongside this
 * module and assistance is kept free of dependants for now, so the tables' column comments are the contract.
 */
@Component
public class EligibilityFactStore {

    /** Labels of visit.guarantee_gaps codes (assistance.GuaranteeGap, which this module may not import yet). */
    private static final Map<String, String> GAP_LABELS = Map.of("HOUSING", "住房安全问题", "SCHOOL_DROPOUT",
            "义务教育阶段失学辍学", "DRINKING_WATER", "饮水安全问题", "NO_MEDICAL_INSURANCE", "未参加基本医疗保险");

    private final JdbcClient jdbc;

    EligibilityFactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EligibilityFacts facts(long householdId, MonitoringStatus status, ZoneId zone) {
        List<EligibilityFacts.Income> incomes = jdbc.sql("""
                select period_start, period_end, per_capita_yearly from income_registration where household_id = ?
                order by period_end desc limit 120""").param(householdId)
                .query((rs, n) -> new EligibilityFacts.Income(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3)))
                .list();
        int delivered = jdbc.sql("select count(*) from assistance_measure where household_id = ? and status = 'DELIVERED'")
                .param(householdId).query(Integer.class).single();
        List<LabourCapacity> labour = jdbc.sql("select labour_capacity from member where household_id = ? and removed_at is null")
                .param(householdId).query((rs, n) -> rs.getString(1) == null ? null : LabourCapacity.valueOf(rs.getString(1)))
                .list();
        EligibilityFacts.Visit visit = jdbc.sql("""
                select visit_date, guarantee_gaps from visit v where household_id = ?
                and not exists (select 1 from visit c where c.corrects_visit_id = v.id)
                order by visit_date desc, id desc limit 1""").param(householdId)
                .query((rs, n) -> new EligibilityFacts.Visit(rs.getObject(1, LocalDate.class), gaps(rs.getString(2))))
                .optional().orElse(null);
        return new EligibilityFacts(status, incomes, identifiedOn(householdId, zone), delivered, labour, visit);
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

    private static List<String> gaps(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(c -> GAP_LABELS.getOrDefault(c, c)).toList();
    }

    /** Whether an identification case of this village has held its democratic review (for a joint meeting). */
    public boolean reviewedIdentificationIn(long caseId, String regionCode) {
        return jdbc.sql("""
                select count(*) from identification_case c join identification_step s on s.case_id = c.id
                where c.id = ? and c.region_code = ? and s.step = 'DEMOCRATIC_REVIEW'""").params(caseId, regionCode)
                .query(Integer.class).single() > 0;
    }
}
