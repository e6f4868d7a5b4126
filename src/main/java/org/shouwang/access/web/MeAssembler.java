package org.shouwang.access.web;

import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Describes the signed-in user for the UI header and menus. */
@Component
class MeAssembler {

    record Me(String username, String displayName, String role, String roleLabel, String regionCode, String regionName,
            List<Permission> permissions) {
    }

    private final JdbcClient jdbc;

    MeAssembler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Me of(CurrentUser user) {
        return new Me(user.username(), user.displayName(), user.role().name(), user.role().label(), user.scope().value(),
                regionName(jdbc, user.scope().value()), List.copyOf(user.role().permissions()));
    }

    /** Region names are reference data read straight from the region table, so access need not call the registry. */
    static String regionName(JdbcClient jdbc, String code) {
        return jdbc.sql("select name from region where code = ?").param(code).query(String.class).optional().orElse(code);
    }
}
