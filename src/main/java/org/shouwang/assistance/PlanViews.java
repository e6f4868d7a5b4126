package org.shouwang.assistance;

import java.util.List;
import org.shouwang.assistance.internal.AssistedHouseholds;
import org.shouwang.assistance.internal.PlanStore;
import org.shouwang.shared.Labelled;
import org.springframework.stereotype.Component;

/** Turns stored plans and measures into what the API answers, with the Chinese labels beside the codes. */
@Component
class PlanViews {

    private final PlanStore store;
    private final AssistedHouseholds households;

    PlanViews(PlanStore store, AssistedHouseholds households) {
        this.store = store;
        this.households = households;
    }

    Plan plan(PlanStore.PlanRow p) {
        List<String> risks = households.caseRisks(p.householdId()).map(AssistedHouseholds.CaseRisks::riskTypes)
                .filter(r -> !r.isEmpty()).orElse(p.riskTypes());
        return new Plan(p.id(), p.householdId(), p.caseId(), p.startedOn(), p.contactDue(), p.measuresDue(), p.version(),
                risks, labels(risks), store.measures(p.id()).stream().map(this::measure).toList());
    }

    Measure measure(PlanStore.MeasureRow m) {
        var e = m.entry();
        List<String> risks = List.copyOf(e.riskTypes());
        return new Measure(m.id(), m.planId(), m.householdId(), m.memberId(), m.memberName(), e.category(),
                e.category().label(), e.category().development(), e.item(), e.startOn(), e.endOn(), e.amount(), e.status(),
                e.status().label(), e.deliveredOn(), e.responsibleUnit(), risks, labels(risks), e.note(), m.version(),
                m.createdBy(), m.createdAt());
    }

    static List<String> labels(List<String> riskCodes) {
        return riskCodes.stream().map(c -> Labelled.fromLabel(RiskType.class, c).map(RiskType::label).orElse(c)).toList();
    }
}
