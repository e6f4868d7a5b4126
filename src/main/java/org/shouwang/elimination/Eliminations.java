package org.shouwang.elimination;

import org.shouwang.shared.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.elimination.EligibilityFacts.Declarations;
import org.shouwang.elimination.internal.EliminationStore;
import org.shouwang.elimination.internal.EligibilityFactStore;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.WorkingDays;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposes eliminations and takes their steps for a user; on announcement marks the household 风险已消除. */
@Service
public class Eliminations {

    public record Step(String step, String stepLabel, String actor, Role role, String roleLabel, OffsetDateTime at,
            String comment, String before, String after, Map<String, Object> details) {
    }

    public record Detail(long id, long householdId, String householdNo, String headName, String regionCode,
            EliminationMethod method, String methodLabel, EliminationState state, String stateLabel,
            Eligibility eligibility, String outcomeReason, LocalDate eliminatedOn, int version, int publicityDays,
            List<Step> steps, EliminationDeadlines.Report deadlines) {
    }

    private final EliminationStore store;
    private final EligibilityFactStore facts;
    private final Eligibilities eligibilities;
    private final Monitoring monitoring;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Eliminations(EliminationStore store, EligibilityFactStore facts, Eligibilities eligibilities, Monitoring monitoring,
            PolicyProfiles profiles, WorkingDays workingDays, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.facts = facts;
        this.eligibilities = eligibilities;
        this.monitoring = monitoring;
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Detail propose(ProposeRequest request, CurrentUser user) {
        if (request == null || request.householdId() == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "HOUSEHOLD_REQUIRED", "请选择农户");
        }
        for (String s : new String[] {request.note(), request.comment()}) {
            if (s != null && s.length() > StepForm.MAX_TEXT) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "TEXT_TOO_LONG", "单项文字不能超过 " + StepForm.MAX_TEXT + " 字");
            }
        }
        EliminationMethod method = method(request.method());
        Monitoring.Household h = eligibilities.visible(request.householdId(), user);
        store.openFor(h.id()).ifPresent(open -> {
            throw new ProblemException(HttpStatus.CONFLICT, "ELIMINATION_ALREADY_OPEN", "该户已有办理中的风险消除（编号 " + open.id() + "）");
        });
        Eligibility e = eligibilities.check(h, method, new Declarations(request.rigidSpendingResolved(),
                request.guaranteesSecure(), request.note()));
        var actor = new EliminationCase.Actor(user.username(), user.role());
        long id;
        try {
            id = store.insert(refusing(() -> EliminationCase.propose(h.id(), h.regionCode(), e, actor, request.comment(), clock,
                    publicityDays(profile(h.regionCode(), null)))));
        } catch (DuplicateKeyException dup) {
            throw new ProblemException(HttpStatus.CONFLICT, "ELIMINATION_ALREADY_OPEN", "该户已有办理中的风险消除");
        }
        return detail(load(id));
    }

    /** Takes one step on the version the user saw. */
    @Transactional
    public Detail act(long id, EliminationStep step, StepForm form, CurrentUser user) {
        EliminationStore.Row row = visible(id, user);
        EliminationCase c = store.load(row, clock, publicityDays(profile(row.regionCode(), openedOn(row))));
        if (form == null || form.version() == null || form.version() != c.version()) {
            throw changed();
        }
        if (step == EliminationStep.DEMOCRATIC_REVIEW && form.jointCaseId() != null
                && !facts.reviewedIdentificationIn(form.jointCaseId(), c.regionCode())) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "JOINT_CASE_INVALID",
                    "同一会议评议的识别认定案件须为本村已完成民主评议的案件");
        }
        int known = c.steps().size();
        refusing(() -> {
            form.apply(c, step, new EliminationCase.Actor(user.username(), user.role()));
            return c;
        });
        if (!store.update(c, known)) {
            throw changed();
        }
        if (c.state() == EliminationState.ANNOUNCED) {
            Monitoring.Household h = monitoring.find(c.householdId()).orElseThrow();
            if (h.status() != MonitoringStatus.RISK_ACTIVE) {
                throw new ProblemException(HttpStatus.CONFLICT, "STATUS_CHANGED", "该户已不是风险未消除的监测对象（当前为"
                        + h.status().label() + "），不能公告风险消除");
            }
            // The category stays: it says what the household was monitored as, and a rollback returns to it.
            monitoring.mark(h.id(), MonitoringStatus.RISK_ELIMINATED, h.category(), user.username(), "elimination:" + id);
            events.publishEvent(new HouseholdEliminated(c.id(), c.householdId(), c.regionCode(), c.method(), c.eliminatedOn()));
        }
        return detail(load(id));
    }

    public Detail detail(long id, CurrentUser user) {
        return detail(store.load(visible(id, user), clock, 0));
    }

    public EliminationDeadlines.Report deadlines(EliminationCase c) {
        return new EliminationDeadlines(EliminationDeadlines.rules(profile(c.regionCode(), c.proposedOn())),
                workingDays.forRegion(c.regionCode()), clock).report(c);
    }

    EliminationStore.Row visible(long id, CurrentUser user) {
        return store.find(id).filter(r -> user.covers(r.regionCode())).orElseThrow(() -> ProblemException.notFound("风险消除"));
    }

    private PolicyProfile profile(String regionCode, LocalDate on) {
        return profiles.inForce(regionCode, on == null ? LocalDate.now(clock) : on);
    }

    private LocalDate openedOn(EliminationStore.Row row) {
        return row.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    static int publicityDays(PolicyProfile p) {
        Integer d = p.parameters().publicityDays();
        return d == null || d < 1 ? 5 : d;
    }

    static EliminationMethod method(String code) {
        if (code == null || code.isBlank()) {
            return EliminationMethod.ASSISTED;
        }
        try {
            return EliminationMethod.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "METHOD_UNKNOWN", "风险消除方式只能是帮扶消除或自然消除");
        }
    }

    static <T> T refusing(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (Refused r) {
            throw r.toProblem();
        }
    }

    private EliminationCase load(long id) {
        return store.load(store.find(id).orElseThrow(), clock, 0);
    }

    private Detail detail(EliminationCase c) {
        Monitoring.Household h = monitoring.find(c.householdId()).orElseThrow();
        List<Step> steps = c.steps().stream().map(s -> new Step(s.step(), EliminationStep.valueOf(s.step()).label(),
                s.actor(), s.role(), s.role().label(), s.at(), s.comment(), s.before(), s.after(), s.details())).toList();
        return new Detail(c.id(), c.householdId(), h.householdNo(), h.headName(), c.regionCode(), c.method(),
                c.method().label(), c.state(), c.state().label(), c.eligibility(), c.outcomeReason(), c.eliminatedOn(),
                c.version(), publicityDays(profile(c.regionCode(), c.proposedOn())), steps, deadlines(c));
    }

    static ProblemException changed() {
        return new ProblemException(HttpStatus.CONFLICT, "CASE_CHANGED", "已被他人更新，请刷新后重新办理");
    }
}
