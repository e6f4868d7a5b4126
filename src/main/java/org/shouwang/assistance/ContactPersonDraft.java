package org.shouwang.assistance;

/**
 * A contact person as the form sends it. Kind and date are strings so that a wrong code or date gets its own error.
 *
 * @param username   the person's user account, when they sign in
 * @param startOn    yyyy-MM-dd, today when empty
 * @param replacesId the current person this one takes over from (调整); {@code endReason} then says why
 */
public record ContactPersonDraft(String name, String username, String unit, String phone, String kind, String startOn,
        Long replacesId, String endReason) {
}
