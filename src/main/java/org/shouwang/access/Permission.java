package org.shouwang.access;

/** What a role may do beyond reading within its region scope. */
public enum Permission {
    HOUSEHOLD_EDIT,
    IMPORT,
    REVEAL_SENSITIVE,
    USER_ADMIN,
    /** Add, change and remove the county's own working-calendar days; COUNTY_ADMIN only. */
    CALENDAR_EDIT,
    /** Create and change policy profiles and their rules for the region scope; COUNTY_ADMIN only. */
    POLICY_EDIT,
    /** Start screening runs and what-if runs over the region scope. */
    SCREENING_RUN
}
