package org.shouwang.registry;

import java.util.List;

/**
 * A household with its members as one file or form describes it. {@code groupName} and {@code gridName} name the
 * 村民小组 and 网格 of the village; unknown names are created, since files come from the village's own lists.
 * {@code rowNumbers} maps each member to the file row it came from (empty for forms).
 */
public record HouseholdDraft(String householdNo, String regionCode, String groupName, String gridName,
        HouseholdType householdType, String address, String phone, boolean relocated, String relocationSite,
        List<MemberDraft> members, List<Integer> rowNumbers) {

    public HouseholdDraft {
        members = List.copyOf(members);
        rowNumbers = rowNumbers == null ? List.of() : List.copyOf(rowNumbers);
    }
}
