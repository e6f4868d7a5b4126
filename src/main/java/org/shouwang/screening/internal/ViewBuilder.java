package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.shared.Department;

/**
 * Builds the household view of docs/rules.md from stored data, for one profile and evaluation date: ages on that date,
 * the income statement of the profile's window with 家庭纯收入 counted the profile's way, and enumerations as the
 * Chinese labels officials write in rules. Plain Java.
 */
public final class ViewBuilder {

    private static final Map<String, String> DEPARTMENT_LABELS = new HashMap<>();

    static {
        for (Department d : Department.values()) {
            DEPARTMENT_LABELS.put(d.name(), d.label());
        }
    }

    private ViewBuilder() {
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

    /** The "household" variable: fields are computed when a rule reads them (see {@link LazyView}). */
    public static Map<String, Object> household(HouseholdData h, PolicyProfile p) {
        return new HouseholdView(h, p);
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
}
