package org.shouwang.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.demo.DemoCountyGenerator;
import org.shouwang.demo.DemoFeeds;
import org.shouwang.demo.DemoPolicy;
import org.shouwang.intake.ImportJob;
import org.shouwang.intake.ImportJobs;
import org.shouwang.intake.ImportKind;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileEdits;
import org.shouwang.registry.Members;
import org.shouwang.registry.Regions;
import org.shouwang.screening.Fact;
import org.shouwang.screening.Facts;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 3, point 14: serves a county of N households (default 300,000) with incomes, the demo profile and nine
 * department feeds on port 8096 for {@code bench/explain.sh}, which asks "why is this household flagged?" with wrk.
 * The data is loaded once into target/bench-explain-pg.
 */
public final class ExplanationServer {

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .run("--shouwang.embedded-postgres.data-dir=target/bench-explain-pg", "--shouwang.embedded-postgres.port=54340",
                        "--shouwang.imports.work-dir=target/bench-imports", "--server.port=8096", "--spring.main.banner-mode=off",
                        "--shouwang.screening.cron=-", "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=20");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("select count(*) from household", Long.class) == 0) {
            DemoCountyGenerator generator = new DemoCountyGenerator(42, households);
            app.getBean(Regions.class).define(generator.regions().stream()
                    .map(r -> new Regions.Region(r.code(), r.name(), r.level(), r.parentCode())).toList());
            app.getBean(Users.class).create("bench", "bench", Role.COUNTY_ADMIN, "341599000000", "bench-password");
            CurrentUser admin = new CurrentUser("bench", "bench", Role.COUNTY_ADMIN, new RegionCode("341599000000"));
            Path dir = Path.of("target", "bench-data");
            Files.createDirectories(dir);
            Path households_ = dir.resolve("explain-households.csv");
            Path incomes = dir.resolve("explain-incomes.csv");
            generator.writeHouseholdsCsv(households_);
            generator.writeIncomesCsv(incomes);
            ImportJobs jobs = app.getBean(ImportJobs.class);
            for (var f : List.of(households_, incomes)) {
                try (InputStream in = Files.newInputStream(f)) {
                    ImportKind kind = f == incomes ? ImportKind.INCOMES : ImportKind.HOUSEHOLDS;
                    ImportJob job = jobs.submit(kind, f.getFileName().toString(), in, admin, false);
                    System.out.println(jobs.runNow(job.id(), admin).message());
                }
            }
            DemoPolicy.define(app.getBean(ProfileEdits.class), app.getBean(PolicyProfiles.class), admin, "341599000000");
            List<DemoFeeds.Row> rows = new DemoFeeds(generator, LocalDate.now()).rows(10_000);
            var found = app.getBean(Members.class).byIdNumbers(rows.stream().map(DemoFeeds.Row::idNumber).toList());
            List<Fact> facts = new ArrayList<>();
            int n = 0;
            for (DemoFeeds.Row r : rows) {
                n++;
                var m = found.get(r.idNumber());
                if (m != null) {
                    facts.add(new Fact(m.householdId(), m.memberId(), r.department(), r.kind(), r.date(), r.amount(),
                            r.fields(), "bench-feed:" + n, r.department().label() + " · 第" + n + "行", "bench:" + n));
                }
            }
            System.out.println(app.getBean(Facts.class).record(facts));
        }
        jdbc.execute("vacuum analyze");
        System.out.printf("READY households=%d facts=%d%n", jdbc.queryForObject("select count(*) from household", Long.class),
                jdbc.queryForObject("select count(*) from risk_fact", Long.class));
    }
}
