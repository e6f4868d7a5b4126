package org.shouwang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.intake.ImportJob;
import org.shouwang.intake.ImportJobs;
import org.shouwang.intake.ImportKind;
import org.shouwang.registry.Regions;
import org.shouwang.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode (profile {@code demo}): on the first start, builds the synthetic 守望县 and loads it through the same
 * import jobs a county uses, then prints one account per role. Later starts find the accounts and only print them.
 * Not for production: all demo accounts share one published password.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    static final String COUNTY = "341599000000";
    static final String TOWNSHIP = "341599001000";
    static final String VILLAGE = "341599001001";

    /** One account per role: username, role, region. */
    record Account(String username, String displayName, Role role, String region) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "县级管理员（演示）", Role.COUNTY_ADMIN, COUNTY),
            new Account("county-reviewer", "县级审核员（演示）", Role.COUNTY_REVIEWER, COUNTY),
            new Account("township-reviewer", "乡镇审核员（演示）", Role.TOWNSHIP_REVIEWER, TOWNSHIP),
            new Account("village-clerk", "村级经办员（演示）", Role.VILLAGE_CLERK, VILLAGE),
            new Account("grid-worker", "网格员（演示）", Role.GRID_WORKER, VILLAGE),
            new Account("contact-person", "帮扶联系人（演示）", Role.CONTACT_PERSON, VILLAGE),
            new Account("liaison", "行业部门联络员（演示）", Role.DEPARTMENT_LIAISON, COUNTY),
            new Account("inspector", "督查员（演示）", Role.INSPECTOR, COUNTY));

    private final Regions regions;
    private final Users users;
    private final ImportJobs imports;
    private final DemoDiscovery discovery;
    private final long seed;
    private final int households;
    private final String password;

    DemoCounty(Regions regions, Users users, ImportJobs imports, DemoDiscovery discovery,
            @Value("${shouwang.demo.seed}") long seed, @Value("${shouwang.demo.households}") int households,
            @Value("${shouwang.demo.password}") String password) {
        this.regions = regions;
        this.users = users;
        this.imports = imports;
        this.discovery = discovery;
        this.seed = seed;
        this.households = households;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (users.byUsername("admin").isEmpty()) {
            load();
        }
        // a demo database from before discovery existed gets its profile, department rows and first run now
        discovery.ensure(new DemoCountyGenerator(seed, households),
                new CurrentUser("admin", "县级管理员（演示）", Role.COUNTY_ADMIN, new RegionCode(COUNTY)), COUNTY);
        StringBuilder b = new StringBuilder("\n==== 守望 演示模式（demo profile; NOT for production）====\n");
        b.append("  http://localhost:8080   演示账号（密码均为 ").append(password).append("）:\n");
        for (Account a : ACCOUNTS) {
            b.append(String.format("  %-18s %-10s %s%n", a.username(), a.role().label(), a.region()));
        }
        log.info(b.toString());
    }

    private void load() throws IOException {
        long started = System.nanoTime();
        DemoCountyGenerator generator = new DemoCountyGenerator(seed, households);
        regions.define(generator.regions().stream()
                .map(r -> new Regions.Region(r.code(), r.name(), r.level(), r.parentCode())).toList());
        generator.groups().forEach(g -> regions.defineGroup(g.villageCode(), g.name()));
        generator.grids().forEach(g -> regions.defineGrid(g.villageCode(), g.name(), g.workerName(), g.workerPhone()));
        for (Account a : ACCOUNTS) {
            users.create(a.username(), a.displayName(), a.role(), a.region(), password);
        }
        CurrentUser admin = new CurrentUser("admin", "县级管理员（演示）", Role.COUNTY_ADMIN, new RegionCode(COUNTY));
        Path dir = Files.createTempDirectory("shouwang-demo");
        try {
            Path householdsCsv = dir.resolve("演示县农户.csv");
            Path incomesCsv = dir.resolve("演示县收支.csv");
            generator.writeHouseholdsCsv(householdsCsv);
            generator.writeIncomesCsv(incomesCsv);
            importNow(ImportKind.HOUSEHOLDS, householdsCsv, admin);
            importNow(ImportKind.INCOMES, incomesCsv, admin);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
        log.info("Demo county loaded: {} households in {} s", households, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void importNow(ImportKind kind, Path file, CurrentUser admin) {
        try (InputStream in = Files.newInputStream(file)) {
            ImportJob job = imports.submit(kind, file.getFileName().toString(), in, admin, false);
            ImportJob done = imports.runNow(job.id(), admin);
            log.info("Demo import {}: {} ({})", kind.label(), done.statusLabel(), done.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
