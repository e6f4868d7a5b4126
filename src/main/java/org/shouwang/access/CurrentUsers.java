package org.shouwang.access;

import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Looks up the signed-in user of the current request. The session only says who logged in; role, scope and
 * whether the account is still enabled come from the account itself (at most a second old, see {@link
 * Users#forRequest}), so an administrator's change (a user moved to another village, or disabled) takes effect at
 * once rather than when the session expires.
 */
@Component
public class CurrentUsers {

    private final Users users;

    CurrentUsers(Users users) {
        this.users = users;
    }

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser session)) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        UserAccount account = users.forRequest(session.username()).orElse(null);
        if (account == null || !account.enabled()) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED", "账号已停用，请联系管理员");
        }
        return new CurrentUser(account.username(), account.displayName(), account.role(), new RegionCode(account.regionCode()));
    }
}
