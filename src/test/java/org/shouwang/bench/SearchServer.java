package org.shouwang.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shouwang.ShouwangApplication;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.demo.DemoCountyGenerator;
import org.shouwang.intake.ImportJob;
import org.shouwang.intake.ImportJobs;
import org.shouwang.intake.ImportKind;
import org.shouwang.registry.Regions;
import org.shouwang.shared.RegionCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 2, point 17: serves a county of N households (default 300,000, about 1,000,000 members) on port 8095 for
 * {@code bench/search.sh}, which drives it with wrk. The data is loaded once into target/bench-search-pg.
 */
public final class SearchServer {

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(System.getProperty("bench.households", "300000"));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShouwangApplication.class)
                .run("--shouwang.embedded-postgres.data-dir=target/bench-search-pg", "--shouwang.embedded-postgres.port=54339",
                        "--shouwang.imports.work-dir=target/bench-imports", "--server.port=8095", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=20");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("select count(*) from household", Long.class) == 0) {
            DemoCountyGenerator generator = new DemoCountyGenerator(42, households);
            app.getBean(Regions.class).define(generator.regions().stream()
                    .map(r -> new Regions.Region(r.code(), r.name(), r.level(), r.parentCode())).toList());
            app.getBean(Users.class).create("bench", "bench", Role.COUNTY_ADMIN, "341599000000", "bench-password");
            CurrentUser admin = new CurrentUser("bench", "bench", Role.COUNTY_ADMIN, new RegionCode("341599000000"));
            Path csv = Path.of("target", "bench-data", "search-households.csv");
            Files.createDirectories(csv.getParent());
            generator.writeHouseholdsCsv(csv);
            ImportJobs jobs = app.getBean(ImportJobs.class);
            try (InputStream in = Files.newInputStream(csv)) {
                ImportJob job = jobs.submit(ImportKind.HOUSEHOLDS, "search-households.csv", in, admin, false);
                System.out.println(jobs.runNow(job.id(), admin).message());
            }
        }
        jdbc.execute("vacuum analyze"); // what autovacuum does within minutes of a load on a real server
        System.out.printf("READY households=%d members=%d%n", jdbc.queryForObject("select count(*) from household", Long.class),
                jdbc.queryForObject("select count(*) from member", Long.class));
    }
}
