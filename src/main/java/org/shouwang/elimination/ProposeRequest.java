package org.shouwang.elimination;

/**
 * A proposal as the API receives it: the method, and the village's written confirmation of the two conditions the
 * system cannot see (large rigid spending resolved, 三保障 and water secure), with a note of how it was checked.
 */
public record ProposeRequest(Long householdId, String method, Boolean rigidSpendingResolved, Boolean guaranteesSecure,
        String note, String comment) {
}
