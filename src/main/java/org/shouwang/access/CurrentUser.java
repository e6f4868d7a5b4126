package org.shouwang.access;

import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;

/** The signed-in user as other modules see it: who, which role, which region scope. */
public record CurrentUser(String username, String displayName, Role role, RegionCode scope) implements java.io.Serializable {

    public boolean can(Permission permission) {
        return role.permissions().contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色（" + role.label() + "）无此操作权限");
        }
    }

    public boolean covers(String regionCode) {
        return scope.covers(regionCode);
    }
}
