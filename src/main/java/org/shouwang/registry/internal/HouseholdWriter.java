package org.shouwang.registry.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.registry.HouseholdDraft;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MemberDraft;
import org.springframework.stereotype.Component;

/**
 * Writes validated household drafts: new households and members by COPY, changed fields by batched UPDATE,
 * unchanged ones not at all, and one history line per changed field (one per new row). Members already stored
 * but absent from a draft are kept: a file adds and corrects, removal is a deliberate act with a reason.
 */
@Component
public class HouseholdWriter {

    /** What happened to one draft. */
    public enum Result { CREATED, UPDATED, UNCHANGED }

    /** A draft ready to write, with its group and grid already resolved to ids. */
    public record Ready(HouseholdDraft draft, HouseholdColumns.Values values, LedgerStore.StoredRow stored,
            Map<String, LedgerStore.StoredRow> storedMembersById) {
    }

    private final LedgerStore store;

    HouseholdWriter(LedgerStore store) {
        this.store = store;
    }

    public static HouseholdColumns.Values values(HouseholdDraft d, Long groupId, Long gridId) {
        return values(d, groupId, gridId, null);
    }

    /**
     * The columns of a draft; when the draft does not state a 脱贫年份 ({@link HouseholdDraft#keepsStoredExitYear()}),
     * the stored one is kept while the household stays a 脱贫户, and dropped when it becomes a 一般农户.
     */
    public static HouseholdColumns.Values values(HouseholdDraft d, Long groupId, Long gridId, LedgerStore.StoredRow stored) {
        Integer exitYear = d.povertyExitYear();
        if (d.keepsStoredExitYear()) {
            String kept = stored == null ? null : stored.values().get("poverty_exit_year");
            exitYear = kept == null || d.householdType() != HouseholdType.POVERTY_ALLEVIATED ? null : Integer.valueOf(kept);
        }
        return new HouseholdColumns.Values(d.regionCode(), groupId, gridId,
                d.householdType() == null ? null : d.householdType().name(), exitYear, d.address(), d.phone(),
                d.relocated(), d.relocationSite());
    }

    /** Writes the batch; {@code results} and {@code householdIds} receive each draft's outcome and household id. */
    public List<Long> write(List<Ready> batch, String actor, String source, Map<Ready, Result> results,
            Map<Ready, Long> householdIds) throws SQLException {
        int fresh = (int) batch.stream().filter(r -> r.stored() == null).count();
        int newMemberCount = 0;
        for (Ready r : batch) {
            for (MemberDraft m : r.draft().members()) {
                if (r.stored() == null || !r.storedMembersById().containsKey(MemberColumns.id(m).value())) {
                    newMemberCount++;
                }
            }
        }
        Batch b = new Batch(store.nextIds("household_id_seq", fresh), store.nextIds("member_id_seq", newMemberCount));
        for (Ready r : batch) {
            long householdId = r.stored() == null ? b.addNewHousehold(r) : r.stored().id();
            householdIds.put(r, householdId);
            boolean changed = r.stored() == null || b.householdChanged(r);
            for (MemberDraft m : r.draft().members()) {
                changed |= b.member(r, householdId, m);
            }
            results.put(r, r.stored() == null ? Result.CREATED : changed ? Result.UPDATED : Result.UNCHANGED);
            if (changed && r.stored() != null) {
                b.touched.add(householdId);
            }
        }
        store.copy(b.newHouseholds, "household (id, household_no, " + HouseholdColumns.NAMES + ", head_name, head_id_number, member_count)");
        // Households first: a household moving to another village takes its stored members along (the foreign key's
        // cascade), and its new members below carry the new village, which the foreign key checks against the household.
        store.update("household", HouseholdColumns.ALL, b.changedHouseholds);
        store.copy(b.newMembers, "member (id, household_id, " + MemberColumns.NAMES + ", search_region_code, search_household_no)");
        store.update("member", MemberColumns.ALL, b.changedMembers);
        store.log(b.history, actor, source);
        List<Long> ids = new ArrayList<>(b.touched);
        store.refreshSummaries(ids);
        return ids;
    }

    /** What one batch writes, gathered household by household. */
    private static final class Batch {
        final List<ChangeEntry> history = new ArrayList<>();
        final CopyText newHouseholds = new CopyText();
        final CopyText newMembers = new CopyText();
        final Map<Long, Map<String, String>> changedHouseholds = new LinkedHashMap<>();
        final Map<Long, Map<String, String>> changedMembers = new LinkedHashMap<>();
        final Set<Long> touched = new HashSet<>();
        private final long[] householdIds;
        private final long[] memberIds;
        private int nextHousehold;
        private int nextMember;

        Batch(long[] householdIds, long[] memberIds) {
            this.householdIds = householdIds;
            this.memberIds = memberIds;
        }

        /** A new household's row and its one history line; answers its id. */
        long addNewHousehold(Ready r) {
            long householdId = householdIds[nextHousehold++];
            newHouseholds.add(householdId).add(r.draft().householdNo());
            Diff.values(HouseholdColumns.ALL, r.values()).values().forEach(newHouseholds::add);
            // a new household's list columns come from its draft, so it needs no summary refresh afterwards
            MemberDraft head = r.draft().members().stream().filter(m -> m.relation() == org.shouwang.registry.Relation.HEAD)
                    .findFirst().orElse(r.draft().members().get(0));
            newHouseholds.add(head.name().strip()).add(MemberColumns.id(head).value()).add(r.draft().members().size());
            newHouseholds.endRow();
            // one line for a new household and all its members: a line per member would double the rows written
            history.add(new ChangeEntry(householdId, "HOUSEHOLD", householdId, "户 " + r.draft().householdNo(), "*",
                    null, "新建，成员：" + String.join("、", r.draft().members().stream().map(m -> m.name().strip()).toList())));
            return householdId;
        }

        /** A stored household's changed fields, if any: answers whether there were. */
        boolean householdChanged(Ready r) {
            long householdId = r.stored().id();
            Map<String, String> hv = Diff.values(HouseholdColumns.ALL, r.values());
            int before = history.size();
            Diff.changes(HouseholdColumns.ALL, r.stored().values(), hv, householdId, "HOUSEHOLD", householdId,
                    "户 " + r.draft().householdNo(), history);
            if (history.size() > before) {
                changedHouseholds.put(householdId, hv);
                return true;
            }
            return false;
        }

        /** One member of the draft: new, changed or unchanged; answers whether anything is written for it. */
        boolean member(Ready r, long householdId, MemberDraft m) {
            Map<String, String> mv = MemberColumns.values(m);
            LedgerStore.StoredRow sm = r.storedMembersById().get(mv.get("id_number"));
            String label = "成员 " + mv.get("name");
            if (sm == null) {
                long memberId = memberIds[nextMember++];
                newMembers.add(memberId).add(householdId);
                mv.values().forEach(newMembers::add);
                // the household's search keys (V44): written here, so the import's COPY runs no trigger per row
                newMembers.add(r.values().regionCode()).add(r.draft().householdNo());
                newMembers.endRow();
                if (r.stored() != null) {
                    history.add(new ChangeEntry(householdId, "MEMBER", memberId, label, "*", null, "新增成员"));
                }
                return true;
            }
            int before = history.size();
            Diff.changes(MemberColumns.ALL, sm.values(), mv, householdId, "MEMBER", sm.id(), label, history);
            if (history.size() > before) {
                changedMembers.put(sm.id(), mv);
                return true;
            }
            return false;
        }
    }

    static Map<String, LedgerStore.StoredRow> byIdNumber(List<LedgerStore.StoredRow> rows, long householdId) {
        Map<String, LedgerStore.StoredRow> out = new HashMap<>();
        for (LedgerStore.StoredRow row : rows) {
            if (row.householdId() == householdId) {
                out.put(row.values().get("id_number"), row);
            }
        }
        return out;
    }

    /** Changes one stored member (the form path, where the ID number itself may be corrected). */
    public boolean updateMember(long householdId, LedgerStore.StoredRow stored, MemberDraft draft, String actor)
            throws SQLException {
        Map<String, String> after = Diff.values(MemberColumns.ALL, draft);
        List<ChangeEntry> history = new ArrayList<>();
        Diff.changes(MemberColumns.ALL, stored.values(), after, householdId, "MEMBER", stored.id(), "成员 " + after.get("name"), history);
        if (history.isEmpty()) {
            return false;
        }
        store.update("member", MemberColumns.ALL, Map.of(stored.id(), after));
        store.log(history, actor, "表单");
        store.refreshSummaries(List.of(householdId));
        return true;
    }

    /** Changes the household's own fields (the form path). */
    public boolean updateHousehold(long householdId, LedgerStore.StoredRow stored, HouseholdColumns.Values values,
            String householdNo, String actor) throws SQLException {
        Map<String, String> after = Diff.values(HouseholdColumns.ALL, values);
        List<ChangeEntry> history = new ArrayList<>();
        Diff.changes(HouseholdColumns.ALL, stored.values(), after, householdId, "HOUSEHOLD", householdId, "户 " + householdNo, history);
        if (history.isEmpty()) {
            return false;
        }
        store.update("household", HouseholdColumns.ALL, Map.of(householdId, after));
        store.log(history, actor, "表单");
        return true;
    }

    /** Marks a member as no longer in the household; the row and its history stay. */
    public void removeMember(long householdId, LedgerStore.StoredRow stored, String reason, String actor) throws SQLException {
        try (var ps = store.connection().prepareStatement("update member set removed_at = now(), version = version + 1 where id = ?")) {
            ps.setLong(1, stored.id());
            ps.executeUpdate();
        }
        store.log(List.of(new ChangeEntry(householdId, "MEMBER", stored.id(), "成员 " + stored.values().get("name"), "removed",
                null, reason)), actor, "表单");
        store.refreshSummaries(List.of(householdId));
    }
}
