package org.shouwang.access;

import java.util.EnumSet;
import java.util.Set;
import org.shouwang.shared.Labelled;

/**
 * The roles of the programme's users (issue 2, point 12). Which region level a role belongs to is not fixed here:
 * the scope is the user's region code, checked on the server for every read and write.
 */
public enum Role implements Labelled {
    COUNTY_ADMIN("县级管理员", EnumSet.allOf(Permission.class)),
    COUNTY_REVIEWER("县级审核员", EnumSet.of(Permission.HOUSEHOLD_EDIT, Permission.REVEAL_SENSITIVE, Permission.SCREENING_RUN)),
    TOWNSHIP_REVIEWER("乡镇审核员", EnumSet.of(Permission.HOUSEHOLD_EDIT, Permission.IMPORT, Permission.REVEAL_SENSITIVE,
            Permission.SCREENING_RUN)),
    VILLAGE_CLERK("村级经办员", EnumSet.of(Permission.HOUSEHOLD_EDIT, Permission.IMPORT, Permission.REVEAL_SENSITIVE,
            Permission.SCREENING_RUN)),
    GRID_WORKER("网格员", EnumSet.of(Permission.HOUSEHOLD_EDIT)),
    CONTACT_PERSON("帮扶联系人", EnumSet.of(Permission.HOUSEHOLD_EDIT)),
    DEPARTMENT_LIAISON("行业部门联络员", EnumSet.of(Permission.IMPORT)),
    INSPECTOR("督查员", EnumSet.noneOf(Permission.class));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    @Override
    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
