package org.shouwang.identification;

import org.shouwang.shared.Refused;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.identification.internal.CaseStore;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.WorkingDays;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens identification cases and takes their steps for a user, keeping the household's monitoring status in step. */
@Service
public class Cases {

    public record Step(CaseStep step, String stepLabel, String actor, Role role, String roleLabel, OffsetDateTime at,
            String comment, CaseState before, CaseState after, Map<String, Object> details) {
    }

    public record Detail(long id, long householdId, String householdNo, String headName, String regionCode, Long clueId,
            CaseState state, String stateLabel, MonitoringCategory suggestedCategory, MonitoringCategory category,
            List<String> riskTypes, String outcomeReason, int version, int publicityDays, List<Step> steps,
            CaseDeadlines.Report deadlines, boolean greenChannel, String greenChannelReason, boolean informPending) {
    }

    private final CaseStore store;
    private final Monitoring monitoring;
    private final PolicyProfiles profiles;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CaseSweep sweep;

    Cases(CaseStore store, Monitoring monitoring, PolicyProfiles profiles, WorkingDays workingDays, Clock clock,
            ApplicationEventPublisher events, CaseSweep sweep) {
        this.events = events;
        this.sweep = sweep;
        this.store = store;
        this.monitoring = monitoring;
        this.profiles = profiles;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Opens a case by hand for a household in the user's scope, or for the household of a clue. */
    @Transactional
    public Detail open(Long householdId, Long clueId, String comment, CurrentUser user) {
        return open(householdId, clueId, comment, null, user);
    }

    /** As {@link #open(Long, Long, String, CurrentUser)}, with 绿色通道 opened at once when {@code greenChannel} is given. */
    @Transactional
    public Detail open(Long householdId, Long clueId, String comment, StepData.GreenChannel greenChannel, CurrentUser user) {
        if (comment != null && comment.length() > StepRequest.MAX_TEXT) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "TEXT_TOO_LONG", "说明不能超过 " + StepRequest.MAX_TEXT + " 字");
        }
        Long household = householdId;
        if (clueId != null) {
            Long ofClue = store.householdOfClue(clueId)
                    .orElseThrow(() -> ProblemException.notFound("线索"));
            if (household != null && !household.equals(ofClue)) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "CLUE_OTHER_HOUSEHOLD", "该线索不属于所选农户");
            }
            household = ofClue;
        }
        if (household == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "HOUSEHOLD_REQUIRED", "请选择农户或线索");
        }
        Monitoring.Household h = monitoring.find(household).filter(x -> user.covers(x.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("农户"));
        if (!IdentificationCase.VILLAGE.contains(user.role())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED", "您的角色（" + user.role().label() + "）不能启动识别认定");
        }
        var actor = new IdentificationCase.Actor(user.username(), user.role());
        IdentificationCase c = openFor(h, clueId, actor, comment);
        if (greenChannel != null) {
            try {
                c.openGreenChannel(actor, greenChannel, null);
            } catch (Refused r) {
                throw r.toProblem();
            }
            store.update(c, c.steps().size() - 1, null);
            greenChannelOpened(c);
            c = load(c.id());
            sweep.refresh(c);
        }
        return detail(c);
    }

    /**
     * Opens the case a village decision asked for; returns the id of the open case, new or existing, so a decision
     * delivered twice opens one case.
     */
    @Transactional
    public long openFromClue(long householdId, long clueId, String actor) {
        var existing = store.openFor(householdId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Monitoring.Household h = monitoring.find(householdId).orElseThrow();
        return openFor(h, clueId, new IdentificationCase.Actor(actor, Role.VILLAGE_CLERK), "村级决定启动识别认定（线索 " + clueId + "）").id();
    }

    private IdentificationCase openFor(Monitoring.Household h, Long clueId, IdentificationCase.Actor actor, String comment) {
        if (h.status() == MonitoringStatus.RISK_ACTIVE) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "ALREADY_MONITORED", "该户已是风险未消除的监测对象");
        }
        store.openFor(h.id()).ifPresent(open -> {
            throw new ProblemException(HttpStatus.CONFLICT, "CASE_ALREADY_OPEN", "该户已有办理中的识别认定案件（编号 " + open.id() + "）");
        });
        CaseRules.Suggestion suggestion = CaseRules.suggest(h.type(), h.perCapitaIncome(),
                profiles.inForce(h.regionCode(), java.time.LocalDate.now(clock)).threshold());
        var c = IdentificationCase.open(h.id(), h.regionCode(), clueId, suggestion.category(), suggestion.reason(), actor,
                comment, clock, rules(h.regionCode(), null).publicityDays());
        // A household left 识别认定中 without an open case (data from before this module) counts as not monitored.
        MonitoringStatus before = h.status() == MonitoringStatus.IDENTIFYING ? MonitoringStatus.NOT_MONITORED : h.status();
        long id;
        try {
            id = store.insert(c, before.name());
        } catch (DuplicateKeyException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "CASE_ALREADY_OPEN", "该户已有办理中的识别认定案件");
        }
        monitoring.mark(h.id(), MonitoringStatus.IDENTIFYING, h.category(), actor.username(), "identification:" + id);
        IdentificationCase opened = load(id);
        sweep.refresh(opened);
        return opened;
    }

    /** Takes one step on the version the user saw. */
    @Transactional
    public Detail act(long id, CaseStep step, StepRequest request, CurrentUser user) {
        CaseStore.Row row = visible(id, user);
        IdentificationCase c = store.load(row, clock, rules(row.regionCode(), row.openedAt().atZoneSameInstant(clock.getZone())
                .toLocalDate()).publicityDays());
        if (request == null || request.version() == null || request.version() != c.version()) {
            throw changed();
        }
        int known = c.steps().size();
        CaseState before = c.state();
        try {
            request.apply(c, step, new IdentificationCase.Actor(user.username(), user.role()));
        } catch (Refused r) {
            throw r.toProblem();
        }
        if (!store.update(c, known, c.closedAt())) {
            throw changed();
        }
        if (step == CaseStep.GREEN_CHANNEL) {
            greenChannelOpened(c);
        }
        sweep.refresh(c);
        if (c.state() == before) {
            return detail(load(id));
        }
        String source = "identification:" + id;
        if (c.state().closed()) {
            events.publishEvent(new CaseConcluded(c.id(), c.householdId(), c.clueId(), c.state() == CaseState.ANNOUNCED,
                    c.closedAt().atZoneSameInstant(clock.getZone()).toLocalDate()));
        }
        if (c.state() == CaseState.ANNOUNCED) {
            monitoring.mark(c.householdId(), MonitoringStatus.RISK_ACTIVE, c.category(), user.username(), source);
            events.publishEvent(new HouseholdIdentified(c.id(), c.householdId(), c.regionCode(), c.category(),
                    c.riskTypes(), c.doneOn(CaseStep.ANNOUNCEMENT),
                    MonitoringStatus.RISK_ELIMINATED.name().equals(row.statusBefore())));
        } else if (c.state() == CaseState.NOT_INCLUDED) {
            var h = monitoring.find(c.householdId()).orElseThrow();
            monitoring.mark(c.householdId(), MonitoringStatus.valueOf(row.statusBefore()), h.category(), user.username(), source);
        }
        return detail(load(id));
    }

    /**
     * The open case of a household in the user's scope, if any: bulk steps (the comparison import) find the case by
     * household and then take the step through {@link #act}, so every rule still applies.
     */
    public java.util.Optional<Detail> openCaseOf(long householdId, CurrentUser user) {
        return store.openFor(householdId).filter(r -> user.covers(r.regionCode())).map(r -> detail(store.load(r, clock, 0)));
    }

    public Detail detail(long id, CurrentUser user) {
        return detail(store.load(visible(id, user), clock, 0));
    }

    /** The deadlines of a case under the profile in force where and when it was opened. */
    public CaseDeadlines.Report deadlines(IdentificationCase c) {
        return new CaseDeadlines(rules(c.regionCode(), c.openedOn()), workingDays.forRegion(c.regionCode()), clock).report(c);
    }

    CaseStore.Row visible(long id, CurrentUser user) {
        return store.find(id).filter(r -> user.covers(r.regionCode())).orElseThrow(() -> ProblemException.notFound("识别认定案件"));
    }

    DeadlineRules rules(String regionCode, java.time.LocalDate on) {
        return DeadlineRules.from(profiles.inForce(regionCode, on == null ? java.time.LocalDate.now(clock) : on));
    }

    private IdentificationCase load(long id) {
        CaseStore.Row row = store.find(id).orElseThrow();
        return store.load(row, clock, 0);
    }

    private Detail detail(IdentificationCase c) {
        Monitoring.Household h = monitoring.find(c.householdId()).orElseThrow();
        List<Step> steps = c.steps().stream().map(s -> new Step(s.step(), s.step().label(), s.actor(), s.role(),
                s.role().label(), s.at(), s.comment(), s.before(), s.after(), s.details())).toList();
        return new Detail(c.id(), c.householdId(), h.householdNo(), h.headName(), c.regionCode(), c.clueId(), c.state(),
                c.state().label(), c.suggestedCategory(), c.category(), c.riskTypes(), c.outcomeReason(), c.version(),
                rules(c.regionCode(), c.openedOn()).publicityDays(), steps, deadlines(c), c.greenChannel(),
                c.greenChannelReason(), c.informPending());
    }

    /** Assistance may start before approval (先帮扶后认定); it starts its clocks from the day the channel opened. */
    private void greenChannelOpened(IdentificationCase c) {
        List<String> risks = c.steps().stream().filter(s -> s.step() == CaseStep.GREEN_CHANNEL)
                .map(s -> (List<String>) s.details().get("riskTypes")).findFirst().orElse(List.of());
        events.publishEvent(new GreenChannelOpened(c.id(), c.householdId(), c.regionCode(), risks,
                c.doneOn(CaseStep.GREEN_CHANNEL)));
    }

    private static ProblemException changed() {
        return new ProblemException(HttpStatus.CONFLICT, "CASE_CHANGED", "案件已被他人更新，请刷新后重新办理");
    }
}
