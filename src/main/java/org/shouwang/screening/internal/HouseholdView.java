package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringCategory;

/**
 * The "Household" of docs/rules.md for one profile and evaluation date. Member counts are computed in one pass the
 * first time a rule asks for any of them; members, incomes and facts become views only when a rule reads them.
 */
final class HouseholdView extends LazyView<HouseholdView.Field> {

    /** The field names rules use (HouseholdViewSchema.HOUSEHOLD). */
    enum Field {
        householdNo, regionCode, type, povertyExitYear, monitored, eliminated, category, relocated, memberCount, members,
        minors, nonCompulsoryStudents, labourCount, noLabour, severelyDisabled, disabledCount, elderly, uninsured, income,
        previousIncome, incomes, facts, channels
    }

    private static final Fields<Field> FIELDS = new Fields<>(Field.class);

    private final HouseholdData h;
    private final PolicyProfile profile;
    private List<MemberView> members;
    private List<IncomeView> incomes;
    private int chosen;

    HouseholdView(HouseholdData h, PolicyProfile profile) {
        super(FIELDS);
        this.h = h;
        this.profile = profile;
    }

    @Override
    protected Object compute(Field field) {
        String status = h.monitoringStatus();
        return switch (field) {
            case householdNo -> h.householdNo();
            case regionCode -> h.regionCode();
            case type -> Labels.of(HouseholdType.class, h.householdType());
            case povertyExitYear -> h.povertyExitYear() == null ? 0L : (long) h.povertyExitYear();
            case monitored -> "IDENTIFYING".equals(status) || "RISK_ACTIVE".equals(status);
            case eliminated -> "RISK_ELIMINATED".equals(status);
            case category -> Labels.of(MonitoringCategory.class, h.monitoringCategory());
            case relocated -> h.relocated();
            case memberCount -> (long) h.members().size();
            case members -> List.copyOf(members());
            case minors, nonCompulsoryStudents, labourCount, noLabour, severelyDisabled, disabledCount, elderly, uninsured -> {
                counts();
                yield get(field);
            }
            case income -> chosen() >= 0 ? incomes.get(chosen) : new IncomeView(null, null);
            case previousIncome -> chosen() >= 1 ? incomes.get(chosen - 1) : new IncomeView(null, null);
            case incomes -> {
                chosen();
                yield List.copyOf(incomes);
            }
            case facts -> h.facts().stream().map(ViewBuilder::fact).toList();
            case channels -> h.channels();
        };
    }

    private List<MemberView> members() {
        if (members == null) {
            LocalDate on = profile.date();
            members = new ArrayList<>(h.members().size());
            for (HouseholdData.MemberData m : h.members()) {
                members.add(new MemberView(m, on));
            }
        }
        return members;
    }

    /** All member counts in one pass (ages come from the member views, which compute nothing else until read). */
    private void counts() {
        long minors = 0, nonCompulsory = 0, labour = 0, anyLabour = 0, severe = 0, disabled = 0, elderly = 0, uninsured = 0;
        for (MemberView v : members()) {
            HouseholdData.MemberData m = v.data();
            long age = v.age();
            long grade = m.disabilityGrade() == null ? 0 : m.disabilityGrade();
            minors += age < 18 ? 1 : 0;
            nonCompulsory += Boolean.TRUE.equals(v.get(MemberView.Field.nonCompulsoryStudent)) ? 1 : 0;
            labour += MemberView.hasLabour(m) ? 1 : 0;
            anyLabour += "WEAK".equals(m.labour()) || MemberView.hasLabour(m) ? 1 : 0;
            severe += grade >= 1 && grade <= 2 ? 1 : 0;
            disabled += MemberView.disabled(m) ? 1 : 0;
            elderly += age >= 60 ? 1 : 0;
            uninsured += MemberView.insured(m) ? 0 : 1;
        }
        put(Field.minors, minors);
        put(Field.nonCompulsoryStudents, nonCompulsory);
        put(Field.labourCount, labour);
        put(Field.noLabour, anyLabour == 0);
        put(Field.severelyDisabled, severe);
        put(Field.disabledCount, disabled);
        put(Field.elderly, elderly);
        put(Field.uninsured, uninsured);
    }

    /** The statements in period order and the one the profile's income window counts (-1 when none). */
    private int chosen() {
        if (incomes == null) {
            List<HouseholdData.IncomeData> sorted = new ArrayList<>(h.incomes());
            if (sorted.size() > 1) {
                // by end, then start: two statements ending on the same day come in one order whatever order they
                // were read in (SqlView orders them alike)
                sorted.sort(Comparator.comparing(HouseholdData.IncomeData::periodEnd)
                        .thenComparing(HouseholdData.IncomeData::periodStart));
            }
            chosen = ViewBuilder.chooseIncome(sorted, profile.incomeWindow());
            incomes = new ArrayList<>(sorted.size());
            for (HouseholdData.IncomeData i : sorted) {
                incomes.add(new IncomeView(i, profile.parameters().incomeItems()));
            }
        }
        return chosen;
    }
}
