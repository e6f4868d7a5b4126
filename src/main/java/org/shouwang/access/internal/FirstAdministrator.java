package org.shouwang.access.internal;

import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documented one-time step outside demo mode: when no user exists yet and
 * {@code shouwang.bootstrap.admin-password} is given (with the county's region code and name), create the
 * first 县级管理员 {@code admin}. Once any user exists the setting is ignored, so it cannot reset a password later.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final JdbcClient jdbc;
    private final String password;
    private final String regionCode;
    private final String regionName;
    private final boolean demo;

    FirstAdministrator(Users users, JdbcClient jdbc, Environment environment,
            @Value("${shouwang.bootstrap.admin-password:}") String password,
            @Value("${shouwang.bootstrap.region-code:}") String regionCode,
            @Value("${shouwang.bootstrap.region-name:}") String regionName) {
        this.users = users;
        this.jdbc = jdbc;
        this.password = password;
        this.regionCode = regionCode;
        this.regionName = regionName;
        // in demo mode the demo county creates its accounts right after this runner: no first administrator to ask for
        this.demo = environment.matchesProfiles("demo");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isEmpty() || users.count() > 0) {
            if (users.count() == 0 && !demo) {
                log.warn("No user exists. Create the first county administrator by starting once with "
                        + "--shouwang.bootstrap.admin-password=... --shouwang.bootstrap.region-code=<12-digit county code> "
                        + "--shouwang.bootstrap.region-name=<county name> (see README).");
            }
            return;
        }
        if (!regionCode.matches("\\d{6}000000")) {
            throw new IllegalStateException("shouwang.bootstrap.region-code must be a 12-digit county code ending in 000000");
        }
        jdbc.sql("insert into region (code, name, level) values (?, ?, 3) on conflict (code) do nothing")
                .params(regionCode, regionName.isBlank() ? regionCode : regionName).update();
        users.create("admin", "县级管理员", Role.COUNTY_ADMIN, regionCode, password);
        log.info("Created the first county administrator 'admin' for region {}", regionCode);
    }
}
