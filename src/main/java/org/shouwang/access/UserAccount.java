package org.shouwang.access;

import java.time.Instant;

/** A stored user account. The password hash never leaves the access module's API. */
public record UserAccount(long id, String username, String displayName, Role role, String regionCode, boolean enabled,
        int failedLogins, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
