package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;

/**
 * Checks a visit as entered, reporting every problem at once with a stable code. Plain Java: the caller passes today
 * and how far back a visit may be recorded, so tests control both.
 */
final class VisitRules {

    static final int FINDINGS_MAX = 1000;
    static final int CLUE_REASON_MAX = 200;
    /** More than a million yuan a year is a typing error for a rural household, not an estimate. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("1000000");
    /** Longer lists can only come from a broken or hostile client: there are 9 risk types. */
    private static final int LIST_MAX = 20;

    private final List<Violation> errors = new ArrayList<>();

    private VisitRules() {
    }

    /** @throws ProblemException 400 VALIDATION_FAILED listing every violation */
    static VisitEntry check(VisitDraft draft, LocalDate today, int maxDaysBack) {
        VisitRules r = new VisitRules();
        VisitDraft d = draft == null ? new VisitDraft(null, null, null, null, null, null, null, null, false, null, null) : draft;
        VisitMode mode = r.mode(d.mode());
        LocalDate date = r.date(d.visitDate(), today, maxDaysBack);
        if (d.householdReached() == null) {
            r.error("householdReached", "REACHED_REQUIRED", "请选择是否见到本人或联系上农户");
        }
        String findings = r.text("findings", d.findings(), FINDINGS_MAX, "走访情况", true);
        IncomeChange change = r.incomeChange(d.incomeChange());
        BigDecimal amount = r.amount(d.incomeChangeAmount(), change);
        Set<GuaranteeGap> gaps = r.codes("guaranteeGaps", d.guaranteeGaps(), GuaranteeGap.class, "三保障和饮水安全问题");
        Set<RiskType> risks = r.codes("riskTypes", d.riskTypes(), RiskType.class, "风险类型");
        String clueReason = d.raiseClue() ? r.text("clueReason", d.clueReason(), CLUE_REASON_MAX, "上报线索的理由", true) : null;
        if (d.correctsVisitId() != null && d.correctsVisitId() <= 0) {
            r.error("correctsVisitId", "CORRECTS_INVALID", "被更正的走访记录编号不正确");
        }
        if (!r.errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "走访记录有 " + r.errors.size() + " 处错误，请按提示修改", r.errors);
        }
        return new VisitEntry(mode, date, d.householdReached(), findings, change, amount, gaps, risks, d.raiseClue(),
                clueReason, d.correctsVisitId());
    }

    private VisitMode mode(String code) {
        if (code == null || code.isBlank()) {
            error("mode", "MODE_REQUIRED", "请选择走访方式");
            return null;
        }
        try {
            return VisitMode.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            error("mode", "MODE_UNKNOWN", "走访方式只能是入户走访、电话或网络（视频/微信）");
            return null;
        }
    }

    private LocalDate date(String text, LocalDate today, int maxDaysBack) {
        if (text == null || text.isBlank()) {
            error("visitDate", "VISIT_DATE_REQUIRED", "请选择走访日期");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            error("visitDate", "VISIT_DATE_FORMAT", "走访日期格式应为 yyyy-MM-dd");
            return null;
        }
        if (date.isAfter(today)) {
            error("visitDate", "VISIT_DATE_FUTURE", "走访日期不能晚于今天");
        } else if (date.isBefore(today.minusDays(maxDaysBack))) {
            error("visitDate", "VISIT_DATE_TOO_OLD", "只能补录 " + maxDaysBack + " 天内的走访");
        }
        return date;
    }

    private IncomeChange incomeChange(String code) {
        if (code == null || code.isBlank()) {
            return IncomeChange.NONE;
        }
        try {
            return IncomeChange.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            error("incomeChange", "INCOME_CHANGE_UNKNOWN", "收入变化只能是无明显变化、收入明显下降或收入增加");
            return IncomeChange.NONE;
        }
    }

    private BigDecimal amount(BigDecimal amount, IncomeChange change) {
        if (amount == null) {
            return null;
        }
        if (change == IncomeChange.NONE) {
            error("incomeChangeAmount", "AMOUNT_WITHOUT_CHANGE", "收入无明显变化时不填变化金额");
        } else if (amount.signum() <= 0) {
            error("incomeChangeAmount", "AMOUNT_NOT_POSITIVE", "变化金额应大于0（减少或增加由收入变化表示）");
        } else if (amount.compareTo(AMOUNT_MAX) > 0) {
            error("incomeChangeAmount", "AMOUNT_TOO_LARGE", "变化金额不能超过 1,000,000 元，请核对");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            error("incomeChangeAmount", "AMOUNT_SCALE", "金额最多两位小数");
        } else {
            return amount.setScale(2);
        }
        return null;
    }

    private <E extends Enum<E>> Set<E> codes(String field, List<String> codes, Class<E> type, String what) {
        Set<E> found = EnumSet.noneOf(type);
        if (codes == null) {
            return found;
        }
        if (codes.size() > LIST_MAX) {
            error(field, "LIST_TOO_LONG", what + "选项过多");
            return found;
        }
        for (String code : codes) {
            try {
                found.add(Enum.valueOf(type, code == null ? "" : code.strip()));
            } catch (IllegalArgumentException e) {
                error(field, "CODE_UNKNOWN", what + "中有无法识别的选项");
                return found;
            }
        }
        return found;
    }

    /** Free text: required, bounded, and without markup or control characters (line breaks are fine). */
    private String text(String field, String value, int max, String what, boolean required) {
        String s = value == null ? "" : value.strip();
        String code = field.equals("findings") ? "FINDINGS" : "CLUE_REASON";
        if (s.isEmpty()) {
            if (required) {
                error(field, code + "_REQUIRED", "请填写" + what);
            }
            return null;
        }
        if (s.codePointCount(0, s.length()) > max) {
            error(field, code + "_TOO_LONG", what + "不能超过 " + max + " 字");
        } else if (s.chars().anyMatch(VisitRules::forbidden)) {
            error(field, code + "_CHARS", what + "不能包含 < > 或控制字符");
        }
        return s;
    }

    private static boolean forbidden(int c) {
        return c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private void error(String field, String code, String message) {
        errors.add(new Violation(field, code, message));
    }
}
