package org.shouwang.access;

/** What a role may do beyond reading within its region scope. */
public enum Permission {
    HOUSEHOLD_EDIT,
    IMPORT,
    REVEAL_SENSITIVE,
    USER_ADMIN
}
