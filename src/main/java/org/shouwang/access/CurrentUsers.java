package org.shouwang.access;

import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Looks up the signed-in user of the current request. */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
    }
}
