package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.registry.HouseholdDetails;
import org.shouwang.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording and reading visits (走访, issue 3 point 7). A visit is never changed once saved: a mistake is put right by
 * a correcting visit that names the one it replaces, so both stay on record with their authors and times.
 * A visit that finds a 三保障/饮水 problem, a sharp income fall, or that the visitor flags, raises a risk clue.
 */
@Component
public class Visits {

    /** The people who visit households ([004]: cadres, grid workers, contact persons); inspectors only read. */
    static final Set<Role> RECORDERS = EnumSet.of(Role.GRID_WORKER, Role.CONTACT_PERSON, Role.VILLAGE_CLERK,
            Role.TOWNSHIP_REVIEWER, Role.COUNTY_ADMIN);
    /** Who may correct a colleague's visit; a grid worker or contact person corrects only their own. */
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_ADMIN);

    private final VisitStore store;
    private final VisitClue clue;
    private final HouseholdDetails households;
    private final TransactionTemplate tx;
    private final Schedules schedules;
    private final Clock clock;
    private final int maxDaysBack;

    Visits(VisitStore store, VisitClue clue, HouseholdDetails households, TransactionTemplate tx, Schedules schedules,
            Clock clock, @Value("${shouwang.visits.max-days-back}") int maxDaysBack) {
        this.schedules = schedules;
        this.store = store;
        this.clue = clue;
        this.households = households;
        this.tx = tx;
        this.clock = clock;
        this.maxDaysBack = maxDaysBack;
    }

    public static boolean mayRecord(CurrentUser user) {
        return RECORDERS.contains(user.role());
    }

    /** How many days back a visit may still be entered. */
    public int maxDaysBack() {
        return maxDaysBack;
    }

    /** Stores the visit and, when it warrants one, raises a clue in the household's village; answers the stored visit. */
    public Visit record(long householdId, VisitDraft draft, CurrentUser user) {
        if (!mayRecord(user)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "VISIT_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能记录走访");
        }
        String village = households.regionInScope(householdId, user);
        VisitEntry entry = VisitRules.check(draft, LocalDate.now(clock), maxDaysBack);
        Long id = tx.execute(s -> {
            if (entry.correctsVisitId() != null) {
                checkCorrection(entry.correctsVisitId(), householdId, user);
            }
            long visitId = store.nextId();
            Long clueId = entry.raisesClue() ? clue.raise(visitId, village, householdId, entry, user) : null;
            store.insert(visitId, householdId, village, user, entry, clueId);
            if (entry.householdReached()) {
                schedules.visited(householdId, entry.visitDate());
            }
            return visitId;
        });
        return store.byId(id);
    }

    /** A household's visits, newest first. */
    public List<Visit> ofHousehold(long householdId, CurrentUser user) {
        households.regionInScope(householdId, user);
        return store.ofHousehold(householdId);
    }

    /**
     * The household's latest visit that is not corrected by a later one, for the elimination check (三保障和饮水安全).
     * No scope check: the calling module has already checked that the user sees the household.
     */
    public Optional<Visit> latestStanding(long householdId) {
        return store.latestStanding(householdId);
    }

    /** The user's own visits between two dates (inclusive), newest first. */
    public List<Visit> mine(CurrentUser user, LocalDate from, LocalDate to) {
        return store.ofVisitor(user, from, to);
    }

    private void checkCorrection(long correctedId, long householdId, CurrentUser user) {
        VisitStore.Corrected old = store.correctable(correctedId);
        if (old == null || old.householdId() != householdId) {
            throw ProblemException.notFound("被更正的走访记录");
        }
        if (old.alreadyCorrected()) {
            throw new ProblemException(HttpStatus.CONFLICT, "VISIT_ALREADY_CORRECTED", "该走访记录已被更正过，请更正最新的一条");
        }
        if (!old.visitorUsername().equals(user.username()) && !SUPERVISORS.contains(user.role())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "CORRECTION_NOT_OWN", "只能更正自己记录的走访");
        }
    }
}
