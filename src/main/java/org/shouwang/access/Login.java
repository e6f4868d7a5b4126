package org.shouwang.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a password and keeps count of failures: after {@code max-failed-logins} wrong passwords in a row
 * the account is locked for {@code lockout-minutes}, which slows guessing without a permanent lock-out.
 */
@Component
public class Login {

    private final Users users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    Login(Users users, Clock clock, @Value("${shouwang.security.max-failed-logins}") int maxFailures,
            @Value("${shouwang.security.lockout-minutes}") int lockoutMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    public CurrentUser authenticate(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 128) {
            throw badCredentials();
        }
        UserAccount account = users.byUsername(username).orElseThrow(Login::badCredentials);
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
            throw new ProblemException(HttpStatus.LOCKED, "ACCOUNT_LOCKED",
                    "密码连续输错" + maxFailures + "次，账号已锁定，请" + minutes + "分钟后再试或联系管理员解锁");
        }
        if (!account.enabled()) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED", "账号已停用，请联系管理员");
        }
        if (!users.passwordMatches(username, password)) {
            users.recordFailure(username, maxFailures, now.plus(lockout));
            throw badCredentials();
        }
        users.recordSuccess(username);
        return new CurrentUser(account.username(), account.displayName(), account.role(), new RegionCode(account.regionCode()));
    }

    private static ProblemException badCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "用户名或密码错误");
    }
}
