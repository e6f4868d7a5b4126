package org.shouwang.registry;

import java.util.List;

/**
 * A household with its members as one file or form describes it. {@code groupName} and {@code gridName} name the
 * 村民小组 and 网格 of the village; unknown names are created, since files come from the village's own lists.
 * {@code rowNumbers} maps each member to the file row it came from (empty for forms). {@code povertyExitYear} is the
 * 脱贫年份 of a 脱贫户 (null: none); {@code keepsStoredExitYear} says the source had no 脱贫年份 at all (a file in the
 * older layout without the column), so an already stored year is kept rather than cleared.
 */
public record HouseholdDraft(String householdNo, String regionCode, String groupName, String gridName,
        HouseholdType householdType, Integer povertyExitYear, String address, String phone, boolean relocated,
        String relocationSite, List<MemberDraft> members, List<Integer> rowNumbers, boolean keepsStoredExitYear) {

    public HouseholdDraft {
        members = List.copyOf(members);
        rowNumbers = rowNumbers == null ? List.of() : List.copyOf(rowNumbers);
    }

    /** A draft that states its 脱贫年份 (forms, and files with the column). */
    public HouseholdDraft(String householdNo, String regionCode, String groupName, String gridName,
            HouseholdType householdType, Integer povertyExitYear, String address, String phone, boolean relocated,
            String relocationSite, List<MemberDraft> members, List<Integer> rowNumbers) {
        this(householdNo, regionCode, groupName, gridName, householdType, povertyExitYear, address, phone, relocated,
                relocationSite, members, rowNumbers, false);
    }
}
