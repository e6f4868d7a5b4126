package org.shouwang.screening.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.shared.Department;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.Sex;

/**
 * The view as first built, every field of every member in a HashMap: kept as the oracle the lazy views of
 * {@link ViewBuilder} are compared with ({@code LazyViewTest}). Builds the household view of docs/rules.md from stored data, for one profile and evaluation date: ages on that date,
 * the income statement of the profile's window with 家庭纯收入 counted the profile's way, and enumerations as the
 * Chinese labels officials write in rules. Plain Java.
 */
final class EagerViewBuilder {

    private static final Map<String, String> DEPARTMENT_LABELS = new HashMap<>();

    static {
        for (Department d : Department.values()) {
            DEPARTMENT_LABELS.put(d.name(), d.label());
        }
    }

    private EagerViewBuilder() {
    }

    /** The "profile" variable. */
    public static Map<String, Object> profile(PolicyProfile p) {
        LocalDate[] window = p.incomeWindow();
        Map<String, Object> params = new HashMap<>();
        if (p.parameters().params() != null) {
            p.parameters().params().forEach((k, v) -> params.put(k, v.doubleValue()));
        }
        Map<String, Object> view = new HashMap<>();
        view.put("threshold", p.threshold() == null ? 0.0 : p.threshold().doubleValue());
        view.put("windowStart", window[0].toString());
        view.put("windowEnd", window[1].toString());
        view.put("year", (long) p.date().getYear());
        view.put("today", p.date().toString());
        view.put("params", params);
        return view;
    }

    /** The "household" variable. */
    public static Map<String, Object> household(HouseholdData h, PolicyProfile p) {
        LocalDate on = p.date();
        List<Map<String, Object>> members = new ArrayList<>(h.members().size());
        long minors = 0, nonCompulsory = 0, labour = 0, anyLabour = 0, severe = 0, disabled = 0, elderly = 0, uninsured = 0;
        for (HouseholdData.MemberData m : h.members()) {
            Map<String, Object> mv = member(m, on);
            members.add(mv);
            long age = (Long) mv.get("age");
            minors += age < 18 ? 1 : 0;
            nonCompulsory += Boolean.TRUE.equals(mv.get("nonCompulsoryStudent")) ? 1 : 0;
            labour += Boolean.TRUE.equals(mv.get("hasLabour")) ? 1 : 0;
            anyLabour += "WEAK".equals(m.labour()) || "SKILLED".equals(m.labour()) || "ORDINARY".equals(m.labour()) ? 1 : 0;
            severe += (Long) mv.get("disabilityGrade") >= 1 && (Long) mv.get("disabilityGrade") <= 2 ? 1 : 0;
            disabled += Boolean.TRUE.equals(mv.get("disabled")) ? 1 : 0;
            elderly += age >= 60 ? 1 : 0;
            uninsured += Boolean.TRUE.equals(mv.get("medicalInsured")) ? 0 : 1;
        }
        List<HouseholdData.IncomeData> incomes = new ArrayList<>(h.incomes());
        incomes.sort(Comparator.comparing(HouseholdData.IncomeData::periodEnd));
        int chosen = chooseIncome(incomes, p.incomeWindow());
        ProfileParameters.IncomeItems items = p.parameters().incomeItems();
        List<Map<String, Object>> incomeViews = new ArrayList<>();
        for (HouseholdData.IncomeData i : incomes) {
            incomeViews.add(income(i, items));
        }
        Map<String, Object> view = new HashMap<>();
        view.put("householdNo", h.householdNo());
        view.put("regionCode", h.regionCode());
        view.put("type", label(HouseholdType.class, h.householdType()));
        view.put("povertyExitYear", h.povertyExitYear() == null ? 0L : (long) h.povertyExitYear());
        view.put("monitored", "IDENTIFYING".equals(h.monitoringStatus()) || "RISK_ACTIVE".equals(h.monitoringStatus()));
        view.put("eliminated", "RISK_ELIMINATED".equals(h.monitoringStatus()));
        view.put("category", label(MonitoringCategory.class, h.monitoringCategory()));
        view.put("relocated", h.relocated());
        view.put("memberCount", (long) members.size());
        view.put("members", members);
        view.put("minors", minors);
        view.put("nonCompulsoryStudents", nonCompulsory);
        view.put("labourCount", labour);
        view.put("noLabour", anyLabour == 0);
        view.put("severelyDisabled", severe);
        view.put("disabledCount", disabled);
        view.put("elderly", elderly);
        view.put("uninsured", uninsured);
        view.put("income", chosen >= 0 ? incomeViews.get(chosen) : absentIncome());
        view.put("previousIncome", chosen >= 1 ? incomeViews.get(chosen - 1) : absentIncome());
        view.put("incomes", incomeViews);
        List<Map<String, Object>> facts = new ArrayList<>(h.facts().size());
        for (HouseholdData.FactData f : h.facts()) {
            facts.add(fact(f));
        }
        view.put("facts", facts);
        view.put("channels", h.channels());
        return view;
    }

    /** The "fact" variable of a FACT rule. */
    public static Map<String, Object> fact(HouseholdData.FactData f) {
        Map<String, Object> view = new HashMap<>();
        view.put("department", DEPARTMENT_LABELS.getOrDefault(f.department(), f.department()));
        view.put("kind", f.kind());
        view.put("date", f.date() == null ? "" : f.date().toString());
        view.put("amount", f.amount() == null ? 0.0 : f.amount().doubleValue());
        view.put("fields", f.fields());
        view.put("source", f.source() == null ? "" : f.source());
        return view;
    }

    /** The statement that overlaps the window most; if none does, the latest one ending before the window ends. */
    static int chooseIncome(List<HouseholdData.IncomeData> sorted, LocalDate[] window) {
        int best = -1;
        long bestOverlap = 0;
        for (int i = 0; i < sorted.size(); i++) {
            var s = sorted.get(i);
            LocalDate from = s.periodStart().isAfter(window[0]) ? s.periodStart() : window[0];
            LocalDate to = s.periodEnd().isBefore(window[1]) ? s.periodEnd() : window[1];
            long overlap = from.isAfter(to) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0)) {
                best = i;
                bestOverlap = overlap;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            if (!sorted.get(i).periodEnd().isAfter(window[1])) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> member(HouseholdData.MemberData m, LocalDate on) {
        Map<String, Object> v = new HashMap<>();
        long age = m.birthDate() == null || m.birthDate().isAfter(on) ? 0 : Period.between(m.birthDate(), on).getYears();
        String health = m.health() == null ? "" : m.health();
        v.put("age", age);
        v.put("sex", label(Sex.class, m.sex()));
        v.put("relation", label(Relation.class, m.relation()));
        v.put("labour", label(LabourCapacity.class, m.labour()));
        v.put("hasLabour", "SKILLED".equals(m.labour()) || "ORDINARY".equals(m.labour()));
        v.put("chronicIllness", health.contains("CHRONIC"));
        v.put("seriousIllness", health.contains("SERIOUS"));
        v.put("disabled", health.contains("DISABLED") || m.disabilityCategory() != null);
        v.put("disabilityCategory", label(DisabilityCategory.class, m.disabilityCategory()));
        v.put("disabilityGrade", m.disabilityGrade() == null ? 0L : (long) m.disabilityGrade());
        v.put("schoolStage", label(SchoolStage.class, m.schoolStage()));
        boolean compulsory = "PRIMARY".equals(m.schoolStage()) || "JUNIOR".equals(m.schoolStage());
        v.put("compulsoryStudent", compulsory);
        v.put("nonCompulsoryStudent", m.schoolStage() != null && !compulsory && !"PRESCHOOL_CHILD".equals(m.schoolStage()));
        v.put("workMonths", m.workMonths() == null ? 0L : (long) m.workMonths());
        v.put("medicalInsured", "RESIDENT".equals(m.medicalInsurance()) || "EMPLOYEE".equals(m.medicalInsurance()));
        v.put("dibao", m.dibao());
        v.put("tekun", m.tekun());
        return v;
    }

    private static Map<String, Object> income(HouseholdData.IncomeData i, ProfileParameters.IncomeItems items) {
        double wage = d(i.wage()), business = d(i.business()), property = d(i.property()), transfer = d(i.transfer());
        double expense = d(i.productionExpense()), selfPaid = d(i.selfPaid());
        // DOMAIN.md 2.3: 家庭纯收入 = 四项收入 − 生产经营性支出; which items count is the profile's (open point U).
        double net = (on(items, 0) ? wage : 0) + (on(items, 1) ? business : 0) + (on(items, 2) ? property : 0)
                + (on(items, 3) ? transfer : 0) - (on(items, 4) ? expense : 0) - (on(items, 5) ? selfPaid : 0);
        Map<String, Object> v = new HashMap<>();
        v.put("periodStart", i.periodStart().toString());
        v.put("periodEnd", i.periodEnd().toString());
        v.put("wage", wage);
        v.put("business", business);
        v.put("property", property);
        v.put("transfer", transfer);
        v.put("gross", wage + business + property + transfer);
        v.put("productionExpense", expense);
        v.put("selfPaid", selfPaid);
        v.put("net", round(net));
        v.put("perCapita", i.memberCountUsed() > 0 ? round(net / i.memberCountUsed()) : 0.0);
        v.put("memberCount", (long) i.memberCountUsed());
        v.put("present", true);
        return v;
    }

    private static Map<String, Object> absentIncome() {
        Map<String, Object> v = new HashMap<>();
        for (String k : List.of("wage", "business", "property", "transfer", "gross", "productionExpense", "selfPaid", "net",
                "perCapita")) {
            v.put(k, 0.0);
        }
        v.put("periodStart", "");
        v.put("periodEnd", "");
        v.put("memberCount", 0L);
        v.put("present", false);
        return v;
    }

    /** Index: 0 wage, 1 business, 2 property, 3 transfer (default counted), 4 production expense (default subtracted), 5 self-paid (default not). */
    private static boolean on(ProfileParameters.IncomeItems items, int index) {
        Boolean value = items == null ? null : switch (index) {
            case 0 -> items.wage();
            case 1 -> items.business();
            case 2 -> items.property();
            case 3 -> items.transfer();
            case 4 -> items.subtractProductionExpense();
            default -> items.subtractSelfPaid();
        };
        return value == null ? index != 5 : value;
    }

    private static double d(BigDecimal b) {
        return b == null ? 0.0 : b.doubleValue();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null) {
            return "";
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e.label();
            }
        }
        return code;
    }
}
