package org.shouwang.registry;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.internal.HouseholdWriter;
import org.shouwang.registry.internal.LedgerStore;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers households with their members, from a file or a form: validates each draft against the rules of
 * DOMAIN.md 2.2 and against what is stored (a person lives in one household; a clerk writes only in their villages),
 * then writes the whole batch in one transaction. Registering the same draft twice changes nothing.
 */
@Component
public class Registrations {

    public enum Status { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** The outcome for one draft; violations on members use the field {@code members[i].field}. */
    public record Outcome(Status status, Long householdId, List<Violation> violations) {
    }

    private final LedgerStore store;
    private final HouseholdWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Registrations(LedgerStore store, HouseholdWriter writer, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A draft with the rules applied that need nothing stored, and its members' normalised ID numbers (null where
     * one cannot be read). A bulk import makes these on its reading thread, so the writing thread only does the checks
     * against what is stored.
     */
    public record Checked(HouseholdDraft draft, List<Violation> fields, List<Violation> composition, List<String> ids) {
    }

    public List<Outcome> register(List<HouseholdDraft> drafts, CurrentUser user, String source) {
        return registerChecked(drafts.stream().map(this::check).toList(), user, source);
    }

    /** Applies the rules of {@link HouseholdRules} that need nothing stored; safe on any thread. */
    public Checked check(HouseholdDraft d) {
        List<String> ids = new ArrayList<>(d.members().size());
        d.members().forEach(m -> ids.add(normalisedId(m)));
        return new Checked(d, HouseholdRules.fields(d, LocalDate.now(clock)), HouseholdRules.composition(d.members()),
                java.util.Collections.unmodifiableList(ids));
    }

    /** Registers drafts made by {@link #check(HouseholdDraft)}: as {@link #register}, in one transaction. */
    public List<Outcome> registerChecked(List<Checked> drafts, CurrentUser user, String source) {
        return transactions.execute(tx -> {
            try {
                return registerInTransaction(drafts, user, source);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("registration failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Refreshes the planner's statistics of the ledger tables. A bulk import calls this as the tables grow
     * (after batches 1, 2, 4, 8 ...): without statistics PostgreSQL may read a whole index for each batch.
     */
    public void refreshStatistics() {
        transactions.executeWithoutResult(tx -> {
            try (var s = store.connection().createStatement()) {
                // only tables that changed by half since their last ANALYZE: each one costs a quarter second
                try (var rs = s.executeQuery("select string_agg(relname, ', ') from pg_stat_user_tables "
                        + "where relname in ('household', 'member') and n_mod_since_analyze > 1000 + n_live_tup / 2")) {
                    String stale = rs.next() ? rs.getString(1) : null;
                    if (stale != null) {
                        s.execute("analyze " + stale);
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException(e.getMessage(), e);
            }
        });
    }

    private List<Outcome> registerInTransaction(List<Checked> checked, CurrentUser user, String source)
            throws SQLException {
        // A bulk import grows the tables from nothing; a plan cached while they were empty (a sequential scan)
        // would be reused for every later batch, so each statement is planned with its real parameters.
        try (var s = store.connection().createStatement()) {
            s.execute("set local plan_cache_mode = force_custom_plan");
        }
        List<HouseholdDraft> drafts = checked.stream().map(Checked::draft).toList();
        Map<Integer, List<Violation>> rejected = new HashMap<>();
        Map<String, LedgerStore.StoredRow> storedByNo = store.householdsByNo(drafts.stream().map(HouseholdDraft::householdNo)
                .filter(java.util.Objects::nonNull).distinct().toList());
        for (int i = 0; i < drafts.size(); i++) {
            Checked c = checked.get(i);
            // a stored household's composition is checked with its stored members, in againstStored
            List<Violation> v = new ArrayList<>(c.fields());
            if (!storedByNo.containsKey(c.draft().householdNo())) {
                v.addAll(c.composition());
            }
            if (!v.isEmpty()) {
                rejected.put(i, v);
            }
        }
        checkRegions(drafts, user, rejected);
        checkDuplicatesInBatch(checked, rejected);

        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!rejected.containsKey(i)) {
                candidates.add(i);
            }
        }
        Map<String, LedgerStore.StoredRow> stored = new HashMap<>();
        candidates.forEach(i -> java.util.Optional.ofNullable(storedByNo.get(drafts.get(i).householdNo()))
                .ifPresent(s -> stored.put(drafts.get(i).householdNo(), s)));
        Set<String> ids = new HashSet<>();
        candidates.forEach(i -> checked.get(i).ids().stream().filter(java.util.Objects::nonNull).forEach(ids::add));
        List<LedgerStore.StoredRow> found = store.members(stored.values().stream().map(LedgerStore.StoredRow::id).toList(), ids);
        Map<Long, List<LedgerStore.StoredRow>> members = new HashMap<>();
        found.forEach(m -> members.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m));
        Map<String, LedgerStore.StoredRow> holderOf = new HashMap<>();
        found.forEach(m -> holderOf.put(m.values().get("id_number"), m));

        List<HouseholdWriter.Ready> ready = new ArrayList<>();
        Map<HouseholdWriter.Ready, Integer> indexOf = new IdentityHashMap<>();
        Set<String> groupKeys = new HashSet<>();
        Set<String> gridKeys = new HashSet<>();
        for (int i : candidates) {
            HouseholdDraft d = drafts.get(i);
            LedgerStore.StoredRow s = stored.get(d.householdNo());
            List<Violation> v = againstStored(checked.get(i), s, holderOf, members, user);
            if (!v.isEmpty()) {
                rejected.put(i, v);
                continue;
            }
            key(d.regionCode(), d.groupName()).ifPresent(groupKeys::add);
            key(d.regionCode(), d.gridName()).ifPresent(gridKeys::add);
        }
        Map<String, Long> groups = store.groupOrGridIds("village_group", groupKeys);
        Map<String, Long> grids = store.groupOrGridIds("grid", gridKeys);
        for (int i : candidates) {
            if (rejected.containsKey(i)) {
                continue;
            }
            HouseholdDraft d = drafts.get(i);
            LedgerStore.StoredRow s = stored.get(d.householdNo());
            Map<String, LedgerStore.StoredRow> own = new HashMap<>();
            if (s != null) {
                members.getOrDefault(s.id(), List.of()).forEach(m -> own.put(m.values().get("id_number"), m));
            }
            HouseholdWriter.Ready r = new HouseholdWriter.Ready(d, HouseholdWriter.values(d,
                    key(d.regionCode(), d.groupName()).map(groups::get).orElse(null),
                    key(d.regionCode(), d.gridName()).map(grids::get).orElse(null), s), s, own);
            ready.add(r);
            indexOf.put(r, i);
        }
        // The writes that follow keep PostgreSQL's own choice: with custom plans forced, every foreign-key check of
        // every row written (a million members, each with its household key) was planned anew, and the batch's
        // COPYs took three times as long as the same rows inserted by hand.
        try (var s = store.connection().createStatement()) {
            s.execute("set local plan_cache_mode = auto");
        }
        Map<HouseholdWriter.Ready, HouseholdWriter.Result> results = new IdentityHashMap<>();
        Map<HouseholdWriter.Ready, Long> householdIds = new IdentityHashMap<>();
        writer.write(ready, user.username(), source, results, householdIds);

        Outcome[] outcomes = new Outcome[drafts.size()];
        rejected.forEach((i, v) -> outcomes[i] = new Outcome(Status.REJECTED, null, List.copyOf(v)));
        results.forEach((r, result) -> outcomes[indexOf.get(r)] = new Outcome(Status.valueOf(result.name()),
                householdIds.get(r), List.of()));
        return List.of(outcomes);
    }

    private void checkRegions(List<HouseholdDraft> drafts, CurrentUser user, Map<Integer, List<Violation>> rejected)
            throws SQLException {
        Set<String> codes = new HashSet<>();
        drafts.forEach(d -> {
            if (d.regionCode() != null) {
                codes.add(d.regionCode());
            }
        });
        Map<String, Integer> levels = store.regionLevels(codes);
        for (int i = 0; i < drafts.size(); i++) {
            String code = drafts.get(i).regionCode();
            Violation v = null;
            if (code == null || !levels.containsKey(code)) {
                v = new Violation("regionCode", "REGION_UNKNOWN", "村级区划代码 " + code + " 不存在");
            } else if (levels.get(code) != 5) {
                v = new Violation("regionCode", "REGION_NOT_VILLAGE", "户须登记在村（12位村级区划代码）");
            } else if (!user.covers(code)) {
                v = new Violation("regionCode", "REGION_OUT_OF_SCOPE", "区划 " + code + " 不在您的管辖范围内");
            }
            if (v != null) {
                rejected.computeIfAbsent(i, k -> new ArrayList<>()).add(v);
            }
        }
    }

    private static void checkDuplicatesInBatch(List<Checked> drafts, Map<Integer, List<Violation>> rejected) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> idOwner = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            HouseholdDraft d = drafts.get(i).draft();
            if (d.householdNo() != null && numbers.putIfAbsent(d.householdNo(), i) != null) {
                rejected.computeIfAbsent(i, k -> new ArrayList<>()).add(new Violation("householdNo",
                        "HOUSEHOLD_NO_REPEATED", "户编号 " + d.householdNo() + " 在文件中不连续出现，请把同户成员放在相邻行"));
                continue;
            }
            for (int m = 0; m < d.members().size(); m++) {
                String id = drafts.get(i).ids().get(m);
                String owner = id == null ? null : idOwner.putIfAbsent(id, d.householdNo());
                if (owner != null && !owner.equals(d.householdNo())) {
                    rejected.computeIfAbsent(i, k -> new ArrayList<>()).add(new Violation("members[" + m + "].idNumber",
                            "ID_IN_TWO_HOUSEHOLDS", "证件号码同时出现在户 " + owner + " 和本户"));
                }
            }
        }
    }

    private static List<Violation> againstStored(Checked c, LedgerStore.StoredRow s,
            Map<String, LedgerStore.StoredRow> holderOf, Map<Long, List<LedgerStore.StoredRow>> members, CurrentUser user) {
        HouseholdDraft d = c.draft();
        List<Violation> out = new ArrayList<>();
        if (s != null && !user.covers(s.values().get("region_code"))) {
            out.add(new Violation("householdNo", "HOUSEHOLD_OUT_OF_SCOPE", "户编号 " + d.householdNo() + " 已登记在您管辖范围以外的村"));
            return out;
        }
        for (int m = 0; m < d.members().size(); m++) {
            LedgerStore.StoredRow holder = holderOf.get(c.ids().get(m));
            if (holder != null && (s == null || holder.householdId() != s.id())) {
                out.add(new Violation("members[" + m + "].idNumber", "ID_IN_OTHER_HOUSEHOLD",
                        "该证件号码已登记在其他户，一人只能在一户；如需迁户请先在原户办理移除"));
            }
        }
        if (s != null && out.isEmpty()) {
            List<MemberDraft> merged = new ArrayList<>(d.members());
            Set<String> inDraft = new HashSet<>(c.ids());
            members.getOrDefault(s.id(), List.of()).stream().filter(m -> !inDraft.contains(m.values().get("id_number")))
                    .forEach(m -> merged.add(new MemberDraft(m.values().get("name"), m.values().get("id_number"),
                            Relation.valueOf(m.values().get("relation")), null, null, null, null, null, null, null, null,
                            null, null, null, false, false, false, null)));
            if (merged.size() == d.members().size()) {
                return c.composition(); // the draft lists every stored member: its own composition is the household's
            }
            String note = "（含本户已登记、本次未列出的成员）";
            HouseholdRules.composition(merged).forEach(v -> out.add(new Violation(v.field(), v.code(), v.message() + note)));
        }
        return out;
    }

    private static java.util.Optional<String> key(String village, String name) {
        return name == null || name.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(village + "|" + name.strip());
    }

    static String normalisedId(MemberDraft m) {
        IdNumber.Parsed p = IdNumber.parse("idNumber", m.idNumber());
        return p.ok() ? p.number().value() : null;
    }
}
