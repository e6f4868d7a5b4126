package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.access.Role;
import org.shouwang.assistance.ContactPersons;
import org.shouwang.assistance.FollowSettings;
import org.shouwang.assistance.Visit;
import org.shouwang.assistance.Visits;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.registry.HouseholdDetails;
import org.shouwang.registry.HouseholdView;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.screening.Explanations;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The 排查表 of one household in one campaign: open it pre-filled, try the answers (flag and checks, nothing kept) and
 * submit it. Submitting writes the corrections to the registry, stores the form, marks the household screened and,
 * when it is flagged, raises one clue in the inbox (集中排查 channel, one per campaign and household).
 */
@Component
public class ScreeningForms {

    static final int TEXT_MAX = 500;
    static final int LIST_MAX = 50;

    private final FormStore store;
    private final HouseholdDetails households;
    private final FormCorrections corrections;
    private final Explanations explanations;
    private final PolicyProfiles profiles;
    private final Visits visits;
    private final ContactPersons contacts;
    private final org.shouwang.assistance.IncomeRegistrations registrations;
    private final Clues clues;
    private final Clock clock;

    ScreeningForms(FormStore store, HouseholdDetails households, FormCorrections corrections, Explanations explanations,
            PolicyProfiles profiles, Visits visits, ContactPersons contacts,
            org.shouwang.assistance.IncomeRegistrations registrations, Clues clues, Clock clock) {
        this.store = store;
        this.households = households;
        this.corrections = corrections;
        this.explanations = explanations;
        this.profiles = profiles;
        this.visits = visits;
        this.contacts = contacts;
        this.registrations = registrations;
        this.clues = clues;
        this.clock = clock;
    }

    /** What one evaluation needs: the campaign, the household as stored now, its profile and income window. */
    private record Context(FormStore.CampaignRef campaign, FormStore.Slot slot, HouseholdView household,
            PolicyProfile profile, LocalDate from, LocalDate to, HouseholdView.Income statement, List<String> channels) {
    }

    private record Evaluated(FormFlag.Outcome flag, List<FormCheck> checks, String blocked) {
    }

    public FormView open(long campaignId, long householdId, CurrentUser user) {
        Context c = context(campaignId, householdId, user);
        var stored = store.form(campaignId, householdId);
        Visit visit = FormPrefill.lastVisit(visits.ofHousehold(householdId, user));
        if (stored.isPresent()) {
            var s = stored.get();
            FormInput saved = currentMemberVersions(FormJson.input(s.data(), s.version()), c.household());
            FormView.Evaluation e = new FormView.Evaluation(s.computedFlag(), FormJson.reasons(s.flagReasons()), s.flagged(),
                    s.overrideReason(), FormJson.checks(s.checks()), null, s.clueId(), s.rollbackProposed());
            return view(c, visit, saved, e, new FormView.Submitted(s.version(), s.screener(), s.submittedAt()), user);
        }
        FormInput prefilled = FormPrefill.answers(c.household(), c.statement(), visit, c.channels());
        Evaluated ev = evaluate(c, prefilled, new ArrayList<>(), user);
        return view(c, visit, prefilled, evaluation(ev, null, false), null, user);
    }

    /** The flag and checks the answers would give, with the corrections applied and then rolled back. */
    @Transactional
    public FormView.Evaluation preview(long campaignId, long householdId, FormInput input, CurrentUser user) {
        Context c = context(campaignId, householdId, user);
        user.require(Permission.HOUSEHOLD_EDIT);
        List<Violation> errors = validate(c, input);
        throwIf(errors);
        corrections.apply(c.household(), input, c.statement(), c.from(), c.to(), user);
        Evaluated ev = evaluate(context(campaignId, householdId, user), input, errors, user);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return evaluation(ev, null, rollbackProposed(c, input));
    }

    @Transactional
    public FormView submit(long campaignId, long householdId, FormInput input, CurrentUser user) {
        Context c = context(campaignId, householdId, user);
        user.require(Permission.HOUSEHOLD_EDIT);
        if (!"RUNNING".equals(c.campaign().state())) {
            throw new ProblemException(HttpStatus.CONFLICT, "CAMPAIGN_NOT_RUNNING", "该排查活动未在进行中，不能提交排查表");
        }
        var stored = store.form(campaignId, householdId);
        if (stored.isPresent() != (input.version() != null)
                || (stored.isPresent() && stored.get().version() != input.version())) {
            throw ProblemException.conflict("该户排查表已被提交或修改，请刷新后再提交");
        }
        List<Violation> errors = validate(c, input);
        throwIf(errors);
        corrections.apply(c.household(), input, c.statement(), c.from(), c.to(), user);
        Context after = context(campaignId, householdId, user);
        Evaluated ev = evaluate(after, input, errors, user);
        throwIf(errors);
        boolean rollback = rollbackProposed(c, input);
        store.save(campaignId, householdId, new FormStore.Row(input, ev.flag(), ev.checks(), rollback, user.username()));
        LocalDate today = LocalDate.now(clock);
        store.markScreened(campaignId, householdId, ev.flag().flagged(), ev.checks().size(), today);
        if (ev.flag().flagged()) {
            store.linkClue(campaignId, householdId, clues.raise(signal(after, ev.flag(), today)).clueId());
        }
        return open(campaignId, householdId, user);
    }

    private Context context(long campaignId, long householdId, CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_LIAISON) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色（" + user.role().label() + "）不能查看排查表");
        }
        FormStore.CampaignRef campaign = store.campaign(campaignId).orElseThrow(() -> ProblemException.notFound("该排查活动"));
        FormStore.Slot slot = store.slot(campaignId, householdId).filter(s -> user.covers(s.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("该户"));
        HouseholdView h = households.view(householdId, user);
        PolicyProfile profile = profiles.inForce(h.regionCode(), campaign.profileDate());
        LocalDate[] window = campaign.incomeFrom() != null && campaign.incomeTo() != null
                ? new LocalDate[] {campaign.incomeFrom(), campaign.incomeTo()} : profile.incomeWindow();
        var explanation = explanations.explain(householdId, user, campaign.profileDate());
        @SuppressWarnings("unchecked")
        List<String> channels = (List<String>) explanation.view().getOrDefault("channels", List.of());
        return new Context(campaign, slot, h, profile, window[0], window[1],
                FormPrefill.windowStatement(h.incomes(), window[0], window[1]), channels == null ? List.of() : channels);
    }

    private List<Violation> validate(Context c, FormInput in) {
        List<Violation> errors = new ArrayList<>();
        if (in.visitMode() == null) {
            errors.add(new Violation("visitMode", "VISIT_MODE_REQUIRED", "请选择排查方式（入户或电话）"));
        }
        if (in.difficulties() != null && in.difficulties().length() > TEXT_MAX) {
            errors.add(new Violation("difficulties", "TEXT_TOO_LONG", "困难情况不能超过" + TEXT_MAX + "字"));
        }
        // an absurd list gets one message, not one per entry
        if (in.risks().size() > LIST_MAX || in.members().size() > LIST_MAX) {
            errors.add(new Violation(in.risks().size() > LIST_MAX ? "risks" : "members", "LIST_TOO_LONG",
                    "风险类型最多" + DataChecks.MAX_RISKS + "项，成员不超过该户人数"));
            return errors;
        }
        for (String m : DataChecks.riskTypes(riskFacts(in))) {
            errors.add(new Violation("risks", "RISK_TYPE_INVALID", m));
        }
        FormCorrections.checkMembers(c.household(), in, errors);
        boolean eliminated = c.household().monitoringStatus() == MonitoringStatus.RISK_ELIMINATED;
        if (eliminated && (in.lookBack() == null || in.lookBack().incomeStable() == null
                || in.lookBack().guaranteesSecure() == null || in.lookBack().newRisk() == null)) {
            errors.add(new Violation("lookBack", "LOOKBACK_REQUIRED", "风险已消除户须回答回头看的三个问题"));
        }
        if (in.lookBack() != null && in.lookBack().note() != null && in.lookBack().note().length() > TEXT_MAX) {
            errors.add(new Violation("lookBack.note", "TEXT_TOO_LONG", "回头看说明不能超过" + TEXT_MAX + "字"));
        }
        return errors;
    }

    private Evaluated evaluate(Context c, FormInput in, List<Violation> errors, CurrentUser user) {
        var explanation = explanations.explain(c.household().id(), user, c.campaign().profileDate());
        List<FormReason> rules = explanation.findings().stream()
                .map(f -> new FormReason(f.ruleCode(), f.ruleName(), f.reason())).toList();
        HouseholdView.Income prev = FormPrefill.previousStatement(c.household().incomes(), c.statement());
        Map<String, BigDecimal> params = c.profile().parameters().params();
        var fall = new FormFlag.IncomeFall(prev == null ? null : prev.netIncome(),
                c.statement() == null ? null : c.statement().netIncome(), params == null ? null : params.get("incomeDropShare"));
        FormInput lookBackOnlyWhenEliminated = c.household().monitoringStatus() == MonitoringStatus.RISK_ELIMINATED ? in
                : new FormInput(in.version(), in.visitMode(), in.members(), in.income(), in.guaranteeGaps(), in.risks(),
                        in.difficulties(), in.declared(), in.departmentWarned(), in.incomeFall(), null, in.override());
        FormFlag.Outcome flag = FormFlag.decide(FormFlag.compute(rules, lookBackOnlyWhenEliminated, fall), in.override(), errors);
        return new Evaluated(flag, DataChecks.run(facts(c, in)), explanation.blocked());
    }

    private DataCheckFacts facts(Context c, FormInput in) {
        HouseholdView h = c.household();
        FollowSettings follow = FollowSettings.of(c.profile());
        Integer every = switch (h.monitoringStatus()) {
            case RISK_ACTIVE, IDENTIFYING -> follow.monitoredIncomeMonths();
            case RISK_ELIMINATED -> follow.othersIncomeMonths();
            default -> h.householdType() == org.shouwang.registry.HouseholdType.POVERTY_ALLEVIATED
                    ? follow.othersIncomeMonths() : null;
        };
        List<DataCheckFacts.Person> people = h.members().stream().map(m -> new DataCheckFacts.Person(m.name(), m.birthDate(),
                java.util.Set.copyOf(m.health()), m.schoolStage(), m.labourCapacity(), m.workPlace(), m.workMonths())).toList();
        return new DataCheckFacts(LocalDate.now(clock), h.householdType(), h.monitoringCategory(), h.monitoringStatus(),
                c.profile().threshold(), c.statement() == null ? null : c.statement().perCapitaIncome(), people, in.risks(),
                store.lastIncomeEnd(h.id()), every);
    }

    private static DataCheckFacts riskFacts(FormInput in) {
        return new DataCheckFacts(null, null, null, null, null, null, List.of(), in.risks(), null, null);
    }

    /** 回头看 fails when income is no longer stable or 三保障 no longer secure, or the screener proposes it. */
    private static boolean rollbackProposed(Context c, FormInput in) {
        var lb = in.lookBack();
        return c.household().monitoringStatus() == MonitoringStatus.RISK_ELIMINATED && lb != null
                && (lb.proposeRollback() || Boolean.FALSE.equals(lb.incomeStable()) || Boolean.FALSE.equals(lb.guaranteesSecure()));
    }

    private static ClueSignal signal(Context c, FormFlag.Outcome flag, LocalDate today) {
        Map<String, Object> values = new LinkedHashMap<>();
        flag.reasons().forEach(r -> values.put(r.name(), r.detail()));
        if (flag.overrideReason() != null) {
            values.put("排查员改标理由", flag.overrideReason());
        }
        String reason = flag.reasons().isEmpty() ? "集中排查中排查员标识需启动识别认定程序"
                : "集中排查标识需启动识别认定程序：" + flag.reasons().stream().map(FormReason::name).collect(Collectors.joining("；"));
        return new ClueSignal(c.household().regionCode(), c.household().id(), null, null, Channel.CAMPAIGN,
                c.campaign().name() + " · 排查表", "campaign-form:" + c.campaign().id() + ":" + c.household().id(), null,
                reason.length() > 480 ? reason.substring(0, 480) + "…" : reason, values, today,
                "campaign:" + c.campaign().id() + ":household:" + c.household().id());
    }

    private static FormView.Evaluation evaluation(Evaluated ev, Long clueId, boolean rollback) {
        return new FormView.Evaluation(ev.flag().computed(), ev.flag().reasons(), ev.flag().flagged(),
                ev.flag().overrideReason(), ev.checks(), ev.blocked(), clueId, rollback);
    }

    private FormView view(Context c, Visit visit, FormInput answers, FormView.Evaluation e, FormView.Submitted submitted,
            CurrentUser user) {
        HouseholdView h = c.household();
        String head = h.members().stream().filter(m -> m.relation() == org.shouwang.registry.Relation.HEAD)
                .map(HouseholdView.Member::name).findFirst().orElse(null);
        var campaign = new FormView.Campaign(c.campaign().id(), c.campaign().name(), c.campaign().year(), c.campaign().state(),
                c.campaign().profileDate(), c.from(), c.to());
        var household = new FormView.Household(h.id(), h.householdNo(), h.regionCode(), h.regionPath(), head, h.address(),
                h.phoneMasked(), h.householdType().name(), h.householdTypeLabel(),
                h.monitoringCategory() == null ? null : h.monitoringCategory().name(), h.monitoringCategoryLabel(),
                h.monitoringStatus().name(), h.monitoringStatusLabel(), h.monitoringStatus() == MonitoringStatus.RISK_ELIMINATED);
        var income = FormPrefill.income(c.statement(), c.profile().threshold(), registrations.ofHousehold(h.id(), user),
                c.from(), c.to());
        var people = contacts.of(h.id(), user).current().stream()
                .map(p -> new FormView.Contact(p.name(), p.kindLabel(), p.unit(), p.phoneMasked())).toList();
        return new FormView(campaign, household, h.members(), income, FormPrefill.visit(visit), people, c.channels(),
                answers, e, submitted);
    }

    /**
     * The saved answers with each member's version as stored now: the form's own corrections raised them, and a
     * re-submission must not look stale because of its own earlier write.
     */
    private static FormInput currentMemberVersions(FormInput f, HouseholdView h) {
        Map<Long, Integer> versions = h.members().stream()
                .collect(Collectors.toMap(HouseholdView.Member::id, HouseholdView.Member::version));
        List<FormInput.MemberAnswer> members = f.members().stream().filter(m -> versions.containsKey(m.memberId()))
                .map(m -> new FormInput.MemberAnswer(m.memberId(), versions.get(m.memberId()), m.labourCapacity(),
                        m.workPlace(), m.workMonths())).toList();
        return new FormInput(f.version(), f.visitMode(), members, f.income(), f.guaranteeGaps(), f.risks(), f.difficulties(),
                f.declared(), f.departmentWarned(), f.incomeFall(), f.lookBack(), f.override());
    }

    private static void throwIf(List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
