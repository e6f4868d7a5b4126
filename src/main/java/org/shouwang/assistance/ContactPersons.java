package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Users;
import org.shouwang.assistance.internal.AssistedHouseholds;
import org.shouwang.assistance.internal.ChangeLog;
import org.shouwang.assistance.internal.ContactInputs;
import org.shouwang.assistance.internal.ContactRules;
import org.shouwang.assistance.internal.ContactStore;
import org.shouwang.assistance.internal.PlanStore;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监测联系人/帮扶责任人 of a household (issue 4, point 5): assigned, ended with a reason, reassigned to a successor
 * who names the person replaced, so the history stays; and what is missing or late against the household's clock.
 */
@Service
public class ContactPersons {

    /** A household's contact persons, what the rules still ask for, and whether the user may edit. */
    public record Overview(List<ContactPerson> current, List<ContactPerson> past, List<ContactKind> required,
            List<String> requiredLabels, LocalDate due, List<PlanCheck> checks, boolean canEdit) {
    }

    private final ContactStore store;
    private final AssistedHouseholds households;
    private final PlanStore plans;
    private final Users users;
    private final ChangeLog log;
    private final Clock clock;

    ContactPersons(ContactStore store, AssistedHouseholds households, PlanStore plans, Users users, ChangeLog log,
            Clock clock) {
        this.store = store;
        this.households = households;
        this.plans = plans;
        this.users = users;
        this.log = log;
        this.clock = clock;
    }

    public Overview of(long householdId, CurrentUser user) {
        AssistedHouseholds.Household h = visible(householdId, user);
        List<ContactPerson> all = store.ofHousehold(householdId);
        List<ContactPerson> current = all.stream().filter(c -> c.endedOn() == null).toList();
        var facts = new ContactRules.Household(h.povertyAlleviated(), h.relocated());
        List<ContactKind> required = ContactRules.required(facts);
        LocalDate due = plans.ofHousehold(householdId).map(PlanStore.PlanRow::contactDue).orElse(null);
        List<PlanCheck> checks = ContactRules.check(facts, current.stream()
                .map(c -> new ContactRules.Current(c.kind(), c.name(), c.unit(), c.startOn())).toList(), due, today());
        return new Overview(current, all.stream().filter(c -> c.endedOn() != null).toList(), required,
                required.stream().map(ContactKind::label).toList(), due, checks, AssistanceEditors.may(user));
    }

    /** Assigns a person; with {@code replacesId}, the person replaced is ended the same day with the reason given. */
    @Transactional
    public ContactPerson assign(long householdId, ContactPersonDraft draft, CurrentUser user) {
        AssistedHouseholds.Household h = visible(householdId, user);
        AssistanceEditors.require(user);
        ContactStore.Entry e = ContactInputs.check(draft, today());
        // The person's account must see the household, or their due visits could never list it.
        if (e.username() != null && users.byUsername(e.username())
                .filter(u -> u.enabled() && new RegionCode(u.regionCode()).covers(h.regionCode())).isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "CONTACT_USER_UNKNOWN",
                    "账号 " + e.username() + " 不存在、已停用或管辖范围不含该户");
        }
        if (draft.replacesId() != null) {
            ContactPerson old = store.find(draft.replacesId()).filter(c -> c.householdId() == householdId)
                    .orElseThrow(() -> ProblemException.notFound("被调整的联系人"));
            if (old.kind() != e.kind()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "CONTACT_KIND_MISMATCH",
                        "接任的联系人类型应与原联系人相同（" + old.kindLabel() + "）");
            }
            endCurrent(old, e.startOn(), draft.endReason().strip(), user);
        }
        long id;
        try {
            id = store.insert(householdId, e, draft.replacesId(), user.username());
        } catch (DuplicateKeyException ex) {
            throw new ProblemException(HttpStatus.CONFLICT, "CONTACT_KIND_TAKEN",
                    "该户已有在任的" + e.kind().label() + "，如需更换请使用“调整”");
        }
        ContactPerson saved = store.find(id).orElseThrow();
        log.record(householdId, "CONTACT_PERSON", id, "ASSIGNED", null, saved, user.username());
        return saved;
    }

    @Transactional
    public ContactPerson end(long id, ContactEnd end, CurrentUser user) {
        ContactPerson old = store.find(id).orElseThrow(() -> ProblemException.notFound("联系人"));
        visible(old.householdId(), user);
        AssistanceEditors.require(user);
        ContactInputs.Ending e = ContactInputs.end(end, today());
        endCurrent(old, e.on(), e.reason(), user);
        return store.find(id).orElseThrow();
    }

    private void endCurrent(ContactPerson old, LocalDate on, String reason, CurrentUser user) {
        if (old.endedOn() == null && on.isBefore(old.startOn())) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "END_BEFORE_START", "结束日期不能早于任职日期 " + old.startOn());
        }
        if (old.endedOn() != null || !store.end(old.id(), on, reason, user.username())) {
            throw new ProblemException(HttpStatus.CONFLICT, "CONTACT_ALREADY_ENDED", "该联系人已不在任，请刷新后查看");
        }
        log.record(old.householdId(), "CONTACT_PERSON", old.id(), "ENDED", old, store.find(old.id()).orElseThrow(),
                user.username());
    }

    private AssistedHouseholds.Household visible(long householdId, CurrentUser user) {
        return households.find(householdId).filter(h -> user.covers(h.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("该户"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
