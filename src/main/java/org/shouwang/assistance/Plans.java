package org.shouwang.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.assistance.internal.AssistedHouseholds;
import org.shouwang.assistance.internal.ChangeLog;
import org.shouwang.assistance.internal.MeasureInputs;
import org.shouwang.assistance.internal.PlanClocks;
import org.shouwang.assistance.internal.PlanStore;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一户一方案 (issue 4, point 6): the household's plan, started by identification, the 绿色通道 or by hand, and its
 * measures, each change on the version the user saw (409 PLAN_CHANGED / MEASURE_CHANGED otherwise).
 */
@Service
public class Plans {

    /** The plan (null when none started yet), whether the user may edit, and why a plan cannot start when it cannot. */
    public record Overview(Plan plan, boolean canEdit, boolean canStart, String cannotStartReason) {
    }

    private final PlanStore store;
    private final PlanClocks clocks;
    private final AssistedHouseholds households;
    private final PlanViews views;
    private final ChangeLog log;
    private final Clock clock;

    Plans(PlanStore store, PlanClocks clocks, AssistedHouseholds households, PlanViews views, ChangeLog log, Clock clock) {
        this.store = store;
        this.clocks = clocks;
        this.households = households;
        this.views = views;
        this.log = log;
        this.clock = clock;
    }

    public Overview of(long householdId, CurrentUser user) {
        AssistedHouseholds.Household h = visible(householdId, user);
        Plan plan = store.ofHousehold(householdId).map(views::plan).orElse(null);
        boolean edit = AssistanceEditors.may(user);
        String why = plan != null ? null : h.assistable() ? null : "该户不是监测对象（或识别认定中），不能制定帮扶计划";
        return new Overview(plan, edit, edit && plan == null && why == null, why);
    }

    /**
     * How many of the household's measures are delivered, for the elimination check (帮扶措施已落实). No scope check:
     * the calling module has already checked that the user sees the household.
     */
    public int deliveredMeasures(long householdId) {
        return store.deliveredMeasures(householdId);
    }

    /** Starts the plan by hand for a monitored household that has none (e.g. data from before this system). */
    @Transactional
    public Plan start(long householdId, CurrentUser user) {
        AssistedHouseholds.Household h = editable(householdId, user);
        List<String> risks = households.caseRisks(householdId).map(AssistedHouseholds.CaseRisks::riskTypes).orElse(List.of());
        Long caseId = households.caseRisks(householdId).map(AssistedHouseholds.CaseRisks::caseId).orElse(null);
        if (!clocks.start(caseId, householdId, h.regionCode(), risks, today(), user.username())) {
            throw new ProblemException(HttpStatus.CONFLICT, "PLAN_EXISTS", "该户已有帮扶计划（一户一方案）");
        }
        return views.plan(store.ofHousehold(householdId).orElseThrow());
    }

    /** Adds a measure on the plan version the user saw; a household without a plan gets one started first. */
    @Transactional
    public Measure add(long householdId, MeasureDraft draft, CurrentUser user) {
        editable(householdId, user);
        var plan = store.ofHousehold(householdId).orElse(null);
        if (plan == null) {
            if (draft != null && draft.version() != null) {
                throw changed("PLAN_CHANGED", "帮扶计划");
            }
            start(householdId, user);
            plan = store.ofHousehold(householdId).orElseThrow();
        } else if (draft == null || draft.version() == null || !store.bump(plan.id(), draft.version())) {
            // Also what a second click on 保存 meets: the first took the version it carried.
            throw changed("PLAN_CHANGED", "帮扶计划");
        }
        var entry = MeasureInputs.check(draft, today(), households.members(householdId), risks(householdId, plan));
        long id = store.insertMeasure(plan, entry, user.username(), java.time.OffsetDateTime.now(clock));
        Measure saved = views.measure(store.measure(id).orElseThrow());
        log.record(householdId, "MEASURE", id, "ADDED", null, saved, user.username());
        return saved;
    }

    @Transactional
    public Measure change(long measureId, MeasureDraft draft, CurrentUser user) {
        PlanStore.MeasureRow row = store.measure(measureId).filter(m -> households.find(m.householdId())
                .filter(h -> user.covers(h.regionCode())).isPresent()).orElseThrow(() -> ProblemException.notFound("帮扶措施"));
        // No monitoring check: time-bound measures run on after elimination and are still delivered or stopped.
        AssistanceEditors.require(user);
        if (draft == null || draft.version() == null || draft.version() != row.version()) {
            throw changed("MEASURE_CHANGED", "帮扶措施");
        }
        var plan = store.ofHousehold(row.householdId()).orElseThrow();
        var entry = MeasureInputs.check(draft, today(), households.members(row.householdId()), risks(row.householdId(), plan));
        MeasureStatus from = row.entry().status();
        if (!from.mayBecome(entry.status())) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "MEASURE_STATUS_BACKWARDS",
                    "措施状态不能从“" + from.label() + "”改为“" + entry.status().label() + "”");
        }
        if (!store.updateMeasure(measureId, row.version(), entry)) {
            throw changed("MEASURE_CHANGED", "帮扶措施");
        }
        Measure saved = views.measure(store.measure(measureId).orElseThrow());
        log.record(row.householdId(), "MEASURE", measureId, "CHANGED", views.measure(row), saved, user.username());
        return saved;
    }

    /** The risk types the plan answers: the case's decision, else those the starting event named. */
    List<String> risks(long householdId, PlanStore.PlanRow plan) {
        return households.caseRisks(householdId).map(AssistedHouseholds.CaseRisks::riskTypes).filter(r -> !r.isEmpty())
                .orElse(plan.riskTypes());
    }

    private AssistedHouseholds.Household editable(long householdId, CurrentUser user) {
        AssistedHouseholds.Household h = visible(householdId, user);
        AssistanceEditors.require(user);
        if (!h.assistable()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "PLAN_NOT_MONITORED",
                    "该户不是风险未消除的监测对象（或识别认定中），不能制定帮扶计划");
        }
        return h;
    }

    private AssistedHouseholds.Household visible(long householdId, CurrentUser user) {
        return households.find(householdId).filter(h -> user.covers(h.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("该户"));
    }

    private static ProblemException changed(String code, String what) {
        return new ProblemException(HttpStatus.CONFLICT, code, what + "已被他人更新，请刷新后重新填写");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
