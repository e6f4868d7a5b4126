package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shouwang.assistance.IncomeChange;
import org.shouwang.assistance.IncomeRegistration;
import org.shouwang.assistance.RiskType;
import org.shouwang.assistance.Visit;
import org.shouwang.registry.HouseholdView;
import org.shouwang.registry.MonitoringStatus;

/** Pre-fills the 排查表 from what the system already knows, so the screener confirms or corrects. Plain Java. */
final class FormPrefill {

    private FormPrefill() {
    }

    /** The statement that overlaps the window most (as screening chooses it); null when none overlaps. */
    static HouseholdView.Income windowStatement(List<HouseholdView.Income> incomes, LocalDate from, LocalDate to) {
        HouseholdView.Income best = null;
        long bestDays = 0;
        for (HouseholdView.Income i : incomes) {
            LocalDate a = i.periodStart().isAfter(from) ? i.periodStart() : from;
            LocalDate b = i.periodEnd().isBefore(to) ? i.periodEnd() : to;
            long days = a.isAfter(b) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
            if (days > bestDays) {
                best = i;
                bestDays = days;
            }
        }
        return best;
    }

    /** The statement before the window's one, for the "sharp fall" comparison. */
    static HouseholdView.Income previousStatement(List<HouseholdView.Income> incomes, HouseholdView.Income current) {
        if (current == null) {
            return null;
        }
        return incomes.stream().filter(i -> i.periodEnd().isBefore(current.periodStart()))
                .max(Comparator.comparing(HouseholdView.Income::periodEnd)).orElse(null);
    }

    /** The latest visit not corrected by a later one. */
    static Visit lastVisit(List<Visit> visits) {
        return visits.stream().filter(v -> v.correctedByVisitId() == null)
                .max(Comparator.comparing(Visit::visitDate).thenComparing(Visit::id)).orElse(null);
    }

    static FormInput answers(HouseholdView h, HouseholdView.Income statement, Visit visit, List<String> channels) {
        List<FormInput.MemberAnswer> members = new ArrayList<>();
        for (HouseholdView.Member m : h.members()) {
            members.add(new FormInput.MemberAnswer(m.id(), m.version(), m.labourCapacity(), m.workPlace(), m.workMonths()));
        }
        FormInput.IncomeAnswer income = statement == null ? null : new FormInput.IncomeAnswer(statement.wageIncome(),
                statement.businessIncome(), statement.propertyIncome(), statement.transferIncome(),
                statement.productionExpense(), statement.compliantSelfPaid());
        FormInput.LookBackAnswer lookBack = h.monitoringStatus() == MonitoringStatus.RISK_ELIMINATED
                ? new FormInput.LookBackAnswer(null, null, null, "", false) : null;
        return new FormInput(null, FormVisitMode.IN_PERSON, members, income,
                visit == null ? List.of() : visit.guaranteeGaps(),
                visit == null ? List.of() : visit.riskTypes().stream().map(RiskType::name).limit(DataChecks.MAX_RISKS).toList(),
                "", false, channels.contains("部门筛查预警"),
                visit != null && visit.incomeChange() == IncomeChange.SHARP_FALL, lookBack, null);
    }

    static FormView.Income income(HouseholdView.Income s, BigDecimal threshold, List<IncomeRegistration> registrations,
            LocalDate from, LocalDate to) {
        List<IncomeRegistration> inside = registrations.stream()
                .filter(r -> !r.periodStart().isBefore(from) && !r.periodEnd().isAfter(to)).toList();
        BigDecimal registered = inside.stream().map(IncomeRegistration::netIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (s == null) {
            return new FormView.Income(null, from, to, null, null, null, null, null, null, null, null, threshold,
                    registered, inside.size());
        }
        return new FormView.Income(s.id(), s.periodStart(), s.periodEnd(), s.wageIncome(), s.businessIncome(),
                s.propertyIncome(), s.transferIncome(), s.productionExpense(), s.compliantSelfPaid(), s.netIncome(),
                s.perCapitaIncome(), threshold, registered, inside.size());
    }

    static FormView.LastVisit visit(Visit v) {
        return v == null ? null : new FormView.LastVisit(v.visitDate(), v.modeLabel(), v.guaranteeGapLabels(),
                v.riskTypeLabels(), v.incomeChangeLabel());
    }
}
