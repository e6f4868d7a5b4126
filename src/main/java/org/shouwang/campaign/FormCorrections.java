package org.shouwang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shouwang.access.CurrentUser;
import org.shouwang.registry.HouseholdEditing;
import org.shouwang.registry.HouseholdView;
import org.shouwang.registry.IncomeDraft;
import org.shouwang.registry.IncomeRegistrations;
import org.shouwang.registry.MemberDraft;
import org.shouwang.registry.Registrations;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * Enter once: what the screener corrects about members' labour and work and about the window's income is written to
 * the registry through its own API (same rules, optimistic locking, change log), not kept as a second truth on the form.
 */
@Component
class FormCorrections {

    static final String SOURCE = "集中排查表";

    private final HouseholdEditing editing;
    private final IncomeRegistrations incomes;

    FormCorrections(HouseholdEditing editing, IncomeRegistrations incomes) {
        this.editing = editing;
        this.incomes = incomes;
    }

    /** Member answers naming someone not in the household, or twice, are refused before anything is written. */
    static void checkMembers(HouseholdView h, FormInput input, List<Violation> errors) {
        Set<Long> ids = h.members().stream().map(HouseholdView.Member::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.members().size(); i++) {
            FormInput.MemberAnswer a = input.members().get(i);
            if (!ids.contains(a.memberId()) || !seen.add(a.memberId())) {
                errors.add(new Violation("members[" + i + "].memberId", "MEMBER_UNKNOWN", "第" + (i + 1) + "个成员不属于该户或重复"));
            }
        }
    }

    /** Writes the changed members and income; answers whether anything changed. */
    boolean apply(HouseholdView h, FormInput input, HouseholdView.Income statement, LocalDate from, LocalDate to,
            CurrentUser user) {
        boolean changed = false;
        Map<Long, HouseholdView.Member> byId = h.members().stream()
                .collect(Collectors.toMap(HouseholdView.Member::id, Function.identity()));
        for (FormInput.MemberAnswer a : input.members()) {
            HouseholdView.Member m = byId.get(a.memberId());
            String place = a.workPlace() == null || a.workPlace().isBlank() ? null : a.workPlace().strip();
            if (m.labourCapacity() == a.labourCapacity() && Objects.equals(m.workPlace(), place)
                    && Objects.equals(m.workMonths(), a.workMonths())) {
                continue;
            }
            if (m.version() != a.version()) {
                throw ProblemException.conflict("成员 " + m.name() + " 的信息已被他人修改，请刷新后再提交");
            }
            editing.updateMember(h.id(), m.id(), corrected(m, a.labourCapacity(), place, a.workMonths()), a.version(), user);
            changed = true;
        }
        if (input.income() != null && differs(statement, input.income())) {
            FormInput.IncomeAnswer i = input.income();
            LocalDate start = statement == null ? from : statement.periodStart();
            LocalDate end = statement == null ? to : statement.periodEnd();
            IncomeDraft draft = new IncomeDraft(start, end, i.wageIncome(), i.businessIncome(), i.propertyIncome(),
                    i.transferIncome(), i.productionExpense(), i.compliantSelfPaid());
            var outcome = incomes.register(List.of(new IncomeRegistrations.Entry(null, h.id(),
                    statement == null ? null : statement.id(), null, draft)), user, SOURCE).get(0);
            if (outcome.status() == Registrations.Status.REJECTED) {
                throw ProblemException.invalid(outcome.violations().stream()
                        .map(v -> new Violation("income." + v.field(), v.code(), v.message())).toList());
            }
            changed = true;
        }
        return changed;
    }

    private static boolean differs(HouseholdView.Income s, FormInput.IncomeAnswer a) {
        if (s == null) {
            return true;
        }
        BigDecimal[][] pairs = {{s.wageIncome(), a.wageIncome()}, {s.businessIncome(), a.businessIncome()},
                {s.propertyIncome(), a.propertyIncome()}, {s.transferIncome(), a.transferIncome()},
                {s.productionExpense(), a.productionExpense()}, {s.compliantSelfPaid(), a.compliantSelfPaid()}};
        for (BigDecimal[] p : pairs) {
            if (z(p[0]).compareTo(z(p[1])) != 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal z(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    /** The member as stored with labour and work replaced; null ID and phone mean "unchanged" to the registry. */
    private static MemberDraft corrected(HouseholdView.Member m, org.shouwang.registry.LabourCapacity labour, String place,
            Integer months) {
        return new MemberDraft(m.name(), null, m.relation(), m.ethnicity(), m.education(), m.schoolStage(),
                new java.util.HashSet<>(m.health()), m.disabilityCategory(), m.disabilityGrade(), labour, place, months,
                m.medicalInsurance(), m.pensionInsurance(), m.dibao(), m.tekun(), m.relocated(), null);
    }

}
