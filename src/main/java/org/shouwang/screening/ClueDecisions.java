package org.shouwang.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.screening.internal.InboxClock;
import org.shouwang.screening.internal.InboxDecisionStore;
import org.shouwang.screening.internal.InboxDecisionStore.Locked;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's decision on a clue (issue 3, point 11): start identification, not included (a reason from the list
 * and a note, as [003] asks for every household not included), or already monitored. A clue is decided once; the
 * decision is audited and announced as {@link ClueDecided} so each channel can tell its sender.
 */
@Component
public class ClueDecisions {

    /** What the form sends; {@code version} is the clue's version the user saw. */
    public record Decision(String outcome, String reason, String note, Integer version) {
    }

    /** The staff who answer for the inbox; grid workers, contact persons, liaisons and inspectors report or watch. */
    public static final Set<Role> DECIDERS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER,
            Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);

    /** Statuses that mean the household is in monitoring now: identification under way or risk not eliminated. */
    static final Set<String> MONITORED = Set.of("IDENTIFYING", "RISK_ACTIVE");

    static final int NOTE_MAX = 500;

    private final InboxDecisionStore store;
    private final InboxClock clock;
    private final ApplicationEventPublisher events;

    ClueDecisions(InboxDecisionStore store, InboxClock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Decides the clue. {@link ClueDecided} is published inside the transaction: module listeners
     * ({@code @ApplicationModuleListener}, {@code @TransactionalEventListener}) receive it only once the decision is
     * committed, and never when it is rolled back.
     */
    @Transactional
    public void decide(long clueId, Decision decision, CurrentUser user) {
        if (!DECIDERS.contains(user.role())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "CLUE_DECIDE_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能研判处理风险线索，请由村级经办员或乡镇、县级审核员处理");
        }
        Locked clue = store.lock(clueId, user).orElseThrow(() -> ProblemException.notFound("线索"));
        Decision in = decision == null ? new Decision(null, null, null, null) : decision;
        List<Violation> errors = new ArrayList<>();
        ClueOutcome outcome = outcome(in.outcome(), errors);
        NotIncludedReason reason = outcome == ClueOutcome.NOT_INCLUDED ? reason(in.reason(), errors) : null;
        String note = note(in.note(), outcome == ClueOutcome.NOT_INCLUDED, reason == NotIncludedReason.OTHER, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (clue.status() != ClueStatus.OPEN) {
            throw new ProblemException(HttpStatus.CONFLICT, "CLUE_ALREADY_DECIDED", "该线索已处理，不能再次处理");
        }
        if (in.version() == null || in.version() != clue.version()) {
            throw new ProblemException(HttpStatus.CONFLICT, "CLUE_CHANGED", "该线索已有变化（例如并入了新的线索来源），请刷新后再处理");
        }
        if (outcome == ClueOutcome.ALREADY_MONITORED) {
            refuseUnlessMonitored(clue);
        }
        if (!store.decide(clue, outcome, reason, note, user.username(), clock.now())) {
            throw new ProblemException(HttpStatus.CONFLICT, "CLUE_CHANGED", "该线索已有变化，请刷新后再处理");
        }
        events.publishEvent(new ClueDecided(clue.id(), clue.householdId(), outcome,
                reason == null ? null : reason.label(), note, store.sourceRefs(clue.id())));
    }

    /**
     * 已是监测对象 closes a clue without identification, so it is only accepted when the ledger says the household is
     * being identified or monitored now. A household whose risk was eliminated needs identification again when a new
     * risk appears (风险再标注, DOMAIN.md 4.5), and a clue without a household cannot be checked at all.
     */
    private static void refuseUnlessMonitored(Locked clue) {
        if (clue.householdId() == null) {
            throw ProblemException.invalid(List.of(new Violation("outcome", "NO_HOUSEHOLD",
                    "该线索未关联到台账中的农户，无法确认已是监测对象；请核实后选择启动识别认定或不予纳入")));
        }
        if (!MONITORED.contains(clue.monitoringStatus())) {
            String status = Labelled.fromLabel(MonitoringStatus.class, clue.monitoringStatus())
                    .map(Labelled::label).orElse(String.valueOf(clue.monitoringStatus()));
            String hint = "RISK_ELIMINATED".equals(clue.monitoringStatus())
                    ? "；风险已消除的户出现新风险，应启动识别认定（风险再标注）" : "";
            throw ProblemException.invalid(List.of(new Violation("outcome", "NOT_MONITORED",
                    "台账中该户的监测状态为“" + status + "”，不是在监测的对象" + hint)));
        }
    }

    private static ClueOutcome outcome(String code, List<Violation> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new Violation("outcome", "OUTCOME_REQUIRED", "请选择处理结果"));
            return null;
        }
        try {
            return ClueOutcome.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("outcome", "OUTCOME_UNKNOWN", "处理结果应为启动识别认定、不予纳入或已是监测对象"));
            return null;
        }
    }

    private static NotIncludedReason reason(String code, List<Violation> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new Violation("reason", "REASON_REQUIRED", "不予纳入须从列表中选择原因"));
            return null;
        }
        NotIncludedReason reason = Labelled.fromLabel(NotIncludedReason.class, code).orElse(null);
        if (reason == null) {
            errors.add(new Violation("reason", "REASON_UNKNOWN", "原因不在列表中，请从列表中选择"));
        }
        return reason;
    }

    private static String note(String text, boolean notIncluded, boolean other, List<Violation> errors) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            if (notIncluded) {
                errors.add(new Violation("note", "NOTE_REQUIRED", other
                        ? "原因为“其他”时须写明具体原因" : "不予纳入须写明核实情况（依据和证据）"));
            }
            return null;
        }
        if (note.codePointCount(0, note.length()) > NOTE_MAX) {
            errors.add(new Violation("note", "NOTE_TOO_LONG", "说明不能超过" + NOTE_MAX + "字"));
        } else if (note.contains("<") || note.contains(">")
                || note.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t')) {
            errors.add(new Violation("note", "NOTE_CHARS", "说明不能包含 < > 或控制字符"));
        }
        return note;
    }
}
