package org.shouwang.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shouwang.shared.Violation;

/**
 * The numbers of a profile that would make deadlines or income windows meaningless (a window that ends before it
 * starts, zero days, a parameter name a rule cannot write as {@code profile.params.<name>}) are refused when saved.
 */
final class ParameterChecks {

    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final int MAX_DAYS = 365;

    private ParameterChecks() {
    }

    static void check(ProfileParameters p, List<Violation> v) {
        if (p == null) {
            return;
        }
        var w = p.incomeWindow();
        if (w != null) {
            if ((w.from() == null) != (w.to() == null)) {
                v.add(new Violation("incomeWindow", "INCOME_WINDOW", "固定收入测算期间须同时填写起止日期"));
            } else if (w.from() != null && w.to().isBefore(w.from())) {
                v.add(new Violation("incomeWindow", "INCOME_WINDOW", "收入测算期间止不能早于起"));
            } else if (w.from() == null && w.rollingMonths() != null && (w.rollingMonths() < 1 || w.rollingMonths() > 36)) {
                v.add(new Violation("incomeWindow", "INCOME_WINDOW", "收入测算月数须在1到36之间"));
            }
        }
        days("clueResponse", p.clueResponse(), v);
        if (p.steps() != null) {
            p.steps().forEach((code, d) -> days("steps." + code, d, v));
        }
        if (p.publicityDays() != null && (p.publicityDays() < 1 || p.publicityDays() > 60)) {
            v.add(new Violation("publicityDays", "DAYS_RANGE", "公示天数须在1到60之间"));
        }
        if (p.params() != null) {
            if (p.params().size() > 50) {
                v.add(new Violation("params", "PARAMS_TOO_MANY", "规则参数最多50个"));
            }
            for (Map.Entry<String, ?> e : p.params().entrySet()) {
                if (!PARAM_NAME.matcher(e.getKey()).matches()) {
                    v.add(new Violation("params." + e.getKey(), "PARAM_NAME",
                            "规则参数名须为英文字母、数字和下划线（字母开头，不超过64位）"));
                } else if (e.getValue() == null) {
                    v.add(new Violation("params." + e.getKey(), "PARAM_VALUE", "规则参数须填写数值"));
                }
            }
        }
        if (p.labels() != null) {
            p.labels().forEach((key, text) -> {
                if (text == null || text.isBlank() || text.length() > 100) {
                    v.add(new Violation("labels." + key, "LABEL_TEXT", "称谓须填写（不超过100字）"));
                }
            });
        }
    }

    private static void days(String field, ProfileParameters.Deadline d, List<Violation> v) {
        if (d != null && d.days() != null && (d.days() < 1 || d.days() > MAX_DAYS)) {
            v.add(new Violation(field, "DAYS_RANGE", "时限天数须在1到" + MAX_DAYS + "之间"));
        }
    }
}
