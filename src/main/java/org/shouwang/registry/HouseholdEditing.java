package org.shouwang.registry;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.registry.internal.HouseholdWriter;
import org.shouwang.registry.internal.LedgerStore;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections made on the household page: one member, the household's own fields, an added or removed member.
 * Each checks the version the user saw (optimistic locking), the same rules as the import, and writes history.
 */
@Component
public class HouseholdEditing {

    /** The household's own fields as the form sends them; a null phone keeps the stored one. */
    public record HouseholdChange(String address, String phone, HouseholdType householdType, Integer povertyExitYear,
            Long groupId, Long gridId, boolean relocated, String relocationSite, int version) {
    }

    private final JdbcClient jdbc;
    private final LedgerStore store;
    private final HouseholdWriter writer;
    private final HouseholdDetails details;
    private final Registrations registrations;
    private final Clock clock;

    HouseholdEditing(JdbcClient jdbc, LedgerStore store, HouseholdWriter writer, HouseholdDetails details,
            Registrations registrations, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.writer = writer;
        this.details = details;
        this.registrations = registrations;
        this.clock = clock;
    }

    public long create(HouseholdDraft draft, CurrentUser user) {
        user.require(Permission.HOUSEHOLD_EDIT);
        if (jdbc.sql("select count(*) from household where household_no = ?").param(draft.householdNo()).query(Long.class).single() > 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "HOUSEHOLD_NO_TAKEN", "户编号 " + draft.householdNo() + " 已存在");
        }
        Registrations.Outcome outcome = registrations.register(List.of(draft), user, "表单").get(0);
        if (outcome.status() == Registrations.Status.REJECTED) {
            throw ProblemException.invalid(outcome.violations());
        }
        return outcome.householdId();
    }

    @Transactional
    public void updateMember(long householdId, long memberId, MemberDraft input, int version, CurrentUser user) {
        user.require(Permission.HOUSEHOLD_EDIT);
        details.regionInScope(householdId, user);
        try {
            List<LedgerStore.StoredRow> members = lockedMembers(householdId);
            LedgerStore.StoredRow stored = members.stream().filter(m -> m.id() == memberId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("该成员"));
            if (stored.version() != version) {
                throw ProblemException.conflict("该成员信息已被他人修改，请刷新后再改");
            }
            MemberDraft draft = input.idNumber() == null || input.idNumber().isBlank()
                    ? input.withIdNumber(stored.values().get("id_number")) : input;
            draft = input.phone() == null ? draft.withPhone(stored.values().get("phone")) : draft;
            List<Violation> violations = new ArrayList<>(MemberRules.check(draft, true, LocalDate.now(clock)));
            List<MemberDraft> all = new ArrayList<>();
            for (LedgerStore.StoredRow m : members) {
                all.add(m.id() == memberId ? draft : skeleton(m));
            }
            violations.addAll(HouseholdRules.composition(all));
            if (violations.isEmpty()) {
                String newId = IdNumber.parse("idNumber", draft.idNumber()).number().value();
                if (!newId.equals(stored.values().get("id_number")) && jdbc.sql(
                        "select count(*) from member where id_number = ? and removed_at is null").param(newId).query(Long.class).single() > 0) {
                    violations.add(new Violation("idNumber", "ID_IN_OTHER_HOUSEHOLD", "该证件号码已登记在其他成员名下，一人只能在一户"));
                }
            }
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            writer.updateMember(householdId, stored, draft, user.username());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(e.getMessage(), e);
        }
    }

    @Transactional
    public void addMember(long householdId, MemberDraft draft, CurrentUser user) {
        user.require(Permission.HOUSEHOLD_EDIT);
        details.regionInScope(householdId, user);
        HouseholdView h = details.view(householdId, user);
        // the household's own fields are restated as stored; its 脱贫年份 is kept as it is, not re-validated
        HouseholdDraft d = new HouseholdDraft(h.householdNo(), h.regionCode(), h.groupName(), h.gridName(), h.householdType(),
                null, h.address(), storedPhone(householdId), h.relocated(), h.relocationSite(), List.of(draft), List.of(), true);
        Registrations.Outcome outcome = registrations.register(List.of(d), user, "表单").get(0);
        if (outcome.status() == Registrations.Status.REJECTED) {
            throw ProblemException.invalid(outcome.violations().stream()
                    .map(v -> new Violation(v.field().replace("members[0].", ""), v.code(), v.message())).toList());
        }
    }

    @Transactional
    public void removeMember(long householdId, long memberId, String reason, CurrentUser user) {
        user.require(Permission.HOUSEHOLD_EDIT);
        details.regionInScope(householdId, user);
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw ProblemException.invalid(List.of(new Violation("reason", "REASON_REQUIRED", "请填写移除原因（不超过200字）")));
        }
        try {
            List<LedgerStore.StoredRow> members = lockedMembers(householdId);
            LedgerStore.StoredRow stored = members.stream().filter(m -> m.id() == memberId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("该成员"));
            if ("HEAD".equals(stored.values().get("relation")) && members.size() > 1) {
                throw new ProblemException(HttpStatus.CONFLICT, "HEAD_REMOVAL", "请先把另一名成员设为户主，再移除原户主");
            }
            writer.removeMember(householdId, stored, reason.strip(), user.username());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(e.getMessage(), e);
        }
    }

    @Transactional
    public void updateHousehold(long householdId, HouseholdChange change, CurrentUser user) {
        user.require(Permission.HOUSEHOLD_EDIT);
        String region = details.regionInScope(householdId, user);
        Integer version = jdbc.sql("select version from household where id = ? for update").param(householdId).query(Integer.class).single();
        if (version != change.version()) {
            throw ProblemException.conflict("该户信息已被他人修改，请刷新后再改");
        }
        String no = jdbc.sql("select household_no from household where id = ?").param(householdId).query(String.class).single();
        String phone = change.phone() == null ? storedPhone(householdId) : change.phone();
        HouseholdDraft draft = new HouseholdDraft(no, region, null, null, change.householdType(), change.povertyExitYear(),
                change.address(), phone,
                change.relocated(), change.relocationSite(), List.of(), List.of());
        List<Violation> violations = new ArrayList<>(HouseholdRules.check(draft, LocalDate.now(clock)));
        violations.removeIf(v -> "MEMBERS_REQUIRED".equals(v.code()));
        checkBelongs("village_group", change.groupId(), region, "groupId", violations);
        checkBelongs("grid", change.gridId(), region, "gridId", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        try {
            LedgerStore.StoredRow stored = store.householdsByNo(List.of(no)).get(no);
            writer.updateHousehold(householdId, stored, HouseholdWriter.values(draft, change.groupId(), change.gridId()), no,
                    user.username());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException(e.getMessage(), e);
        }
    }

    /** The full stored phone, for the few places that must keep it while the user only saw it masked. */
    String storedPhone(long householdId) {
        return jdbc.sql("select phone from household where id = ?").param(householdId).query(String.class).optional().orElse(null);
    }

    private void checkBelongs(String table, Long id, String village, String field, List<Violation> out) {
        if (id != null && jdbc.sql("select count(*) from " + table + " where id = ? and village_code = ?").params(id, village)
                .query(Long.class).single() == 0) {
            out.add(new Violation(field, "NOT_IN_VILLAGE", "所选的" + ("grid".equals(table) ? "网格" : "村民小组") + "不属于本村"));
        }
    }

    private List<LedgerStore.StoredRow> lockedMembers(long householdId) throws SQLException {
        jdbc.sql("select id from household where id = ? for update").param(householdId).query(Long.class).single();
        return store.members(List.of(householdId), List.of());
    }

    private static MemberDraft skeleton(LedgerStore.StoredRow m) {
        return new MemberDraft(m.values().get("name"), m.values().get("id_number"), Relation.valueOf(m.values().get("relation")),
                null, null, null, null, null, null, null, null, null, null, null, false, false, false, null);
    }
}
