package org.shouwang.assistance;

import java.time.LocalDate;
import java.util.List;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Schedules#rebuildAll()} as set-based SQL: one upsert and one deactivation per township, each with the numbers
 * of its own profile. The SQL restates {@link FollowRules} (who is followed, how often, 长期外出 → PHONE) and the due
 * dates of {@link Schedules#refresh(long)}; ScheduleApiIT checks that both give the same rows.
 */
@Component
class ScheduleRebuild {

    /** Households followed up at all (FollowRules.plans is not empty). */
    static final String FOLLOWED = """
            (h.monitoring_status in ('RISK_ACTIVE', 'RISK_ELIMINATED')
             or (h.household_type = 'POVERTY_ALLEVIATED' and h.monitoring_status <> 'REMOVED'))""";

    private static final String UPSERT = """
            with facts as (
                select h.id, h.region_code, h.monitoring_status = 'RISK_ACTIVE' as monitored,
                       exists (select 1 from member m where m.household_id = h.id and m.removed_at is null)
                       and not exists (select 1 from member m where m.household_id = h.id and m.removed_at is null
                           and not (coalesce(m.work_months, 0) >= :absentMonths and btrim(coalesce(m.work_place, '')) <> ''
                                    and (:county = '' or strpos(m.work_place, :county) = 0) and strpos(m.work_place, '本县') = 0
                                    and strpos(m.work_place, '县内') = 0 and strpos(m.work_place, '本地') = 0)) as away
                  from household h
                 where h.region_code between :low and :high and %s),
            wanted as (
                select f.id, f.region_code, 'VISIT' as kind, case when f.monitored then :mv else :ov end as every_months,
                       case when f.away then 'PHONE' else 'IN_PERSON' end as mode,
                       (select max(v.visit_date) from visit v where v.household_id = f.id and v.household_reached) as last_done
                  from facts f
                union all
                select f.id, f.region_code, 'INCOME', case when f.monitored then :mi else :oi end, 'IN_PERSON',
                       (select max(r.period_end) from income_registration r where r.household_id = f.id)
                  from facts f),
            due as (
                select w.*, case when w.kind = 'VISIT'
                        then (coalesce(w.last_done, :today) + make_interval(months => w.every_months))::date
                        else (select least((make_date(extract(year from x.d)::int,
                                                      (extract(month from x.d)::int - 1) / w.every_months * w.every_months + 1, 1)
                                            + make_interval(months => w.every_months))::date - 1,
                                           make_date(extract(year from x.d)::int, 12, 31)) + :grace
                                from (select coalesce(w.last_done + 1, :today) as d) x)
                        end as next_due
                  from wanted w)
            insert into follow_schedule (household_id, region_code, kind, every_months, mode, last_done, next_due, active)
            select id, region_code, kind, every_months, mode, last_done, next_due, true from due
            on conflict (household_id, kind) do update set region_code = excluded.region_code,
                every_months = excluded.every_months, mode = excluded.mode, last_done = excluded.last_done, active = true,
                next_due = case when follow_schedule.active and follow_schedule.every_months = excluded.every_months
                                     and follow_schedule.last_done is not distinct from excluded.last_done
                                then follow_schedule.next_due else excluded.next_due end
             where not follow_schedule.active or follow_schedule.region_code <> excluded.region_code
                or follow_schedule.every_months <> excluded.every_months or follow_schedule.mode <> excluded.mode
                or follow_schedule.last_done is distinct from excluded.last_done""".formatted(FOLLOWED);

    private static final String DEACTIVATE = """
            update follow_schedule s set active = false
             where s.active and s.region_code between :low and :high
               and not exists (select 1 from household h where h.id = s.household_id and %s)""".formatted(FOLLOWED);

    private final JdbcClient jdbc;
    private final FollowProfiles settings;
    private final ScheduleSweep sweep;

    ScheduleRebuild(JdbcClient jdbc, FollowProfiles settings, ScheduleSweep sweep) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.sweep = sweep;
    }

    /** Answers how many schedules were created or changed. */
    int all(LocalDate today) {
        List<String[]> townships = jdbc.sql("""
                select t.code, coalesce(c.name, '') from region t
                  left join region c on c.code = substr(t.code, 1, 6) || '000000'
                 where t.level = 4 order by t.code""").query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        int changed = 0;
        for (String[] t : townships) {
            RegionCode township = new RegionCode(t[0]);
            FollowSettings s = settings.settings(t[0], today);
            changed += jdbc.sql(UPSERT)
                    .param("low", township.low()).param("high", township.high()).param("county", t[1])
                    .param("absentMonths", s.longAbsentMonths()).param("mv", s.monitoredVisitMonths())
                    .param("ov", s.othersVisitMonths()).param("mi", s.monitoredIncomeMonths())
                    .param("oi", s.othersIncomeMonths()).param("grace", s.incomeGraceDays()).param("today", today)
                    .update();
            changed += jdbc.sql(DEACTIVATE).param("low", township.low()).param("high", township.high()).update();
            sweep.sweep(township, today, s.dueSoonDays());
        }
        return changed;
    }
}
