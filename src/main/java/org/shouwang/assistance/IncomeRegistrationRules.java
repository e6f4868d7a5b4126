package org.shouwang.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;

/**
 * Checks an income registration as entered, reporting every problem at once with a stable code, and computes the
 * per-capita yearly income. Plain Java: the caller passes today and the household's current member count.
 */
final class IncomeRegistrationRules {

    static final int NOTE_MAX = 500;
    /** Ten million yuan in a month or quarter is a typing error for a rural household (numeric(14,2) holds it). */
    static final BigDecimal NET_MAX = new BigDecimal("10000000");
    /** More members than any household register holds; a bigger number is a typing error. */
    static final int MEMBERS_MAX = 50;

    /** A checked registration, ready to store. */
    record Entry(IncomePeriod period, BigDecimal netIncome, int memberCount, BigDecimal perCapitaYearly, String note) {
    }

    private final List<Violation> errors = new ArrayList<>();

    private IncomeRegistrationRules() {
    }

    /** @throws ProblemException 400 VALIDATION_FAILED listing every violation */
    static Entry check(IncomeRegistrationDraft draft, LocalDate today, int currentMembers) {
        IncomeRegistrationRules r = new IncomeRegistrationRules();
        IncomeRegistrationDraft d = draft == null ? new IncomeRegistrationDraft(null, null, null, null) : draft;
        IncomePeriod period = r.period(d.period(), today);
        BigDecimal net = r.net(d.netIncome());
        int members = r.members(d.memberCount(), currentMembers);
        String note = r.note(d.note());
        if (!r.errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "收入登记有 " + r.errors.size() + " 处错误，请按提示修改", r.errors);
        }
        return new Entry(period, net, members, perCapitaYearly(net, members, period.months()), note);
    }

    /** net / members scaled to a year: × 12 / months in the period, rounded to the fen. */
    static BigDecimal perCapitaYearly(BigDecimal net, int members, int months) {
        return net.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf((long) members * months), 2, RoundingMode.HALF_UP);
    }

    private IncomePeriod period(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            error("period", "PERIOD_REQUIRED", "请选择登记的月份或季度");
            return null;
        }
        IncomePeriod p = text.length() > 20 ? null : IncomePeriod.parse(text);
        if (p == null) {
            error("period", "PERIOD_FORMAT", "登记期间应为月份（如 2026-10）或季度（如 2026-Q3）");
        } else if (p.start().getYear() < 2000) {
            error("period", "PERIOD_TOO_OLD", "登记期间应在2000年以后");
        } else if (p.end().isAfter(today)) {
            error("period", "PERIOD_NOT_ENDED", p.label() + "尚未结束，结束后才能登记该期间的收入");
        }
        return p;
    }

    private BigDecimal net(BigDecimal net) {
        if (net == null) {
            error("netIncome", "NET_INCOME_REQUIRED", "请填写家庭纯收入");
        } else if (net.signum() < 0) {
            error("netIncome", "NET_INCOME_NEGATIVE", "家庭纯收入不能为负数；经营亏损请在备注中说明并按0登记");
        } else if (net.compareTo(NET_MAX) > 0) {
            error("netIncome", "NET_INCOME_TOO_LARGE", "家庭纯收入不能超过 10,000,000 元，请核对");
        } else if (net.stripTrailingZeros().scale() > 2) {
            error("netIncome", "NET_INCOME_SCALE", "金额最多两位小数");
        } else {
            return net.setScale(2, RoundingMode.UNNECESSARY);
        }
        return null;
    }

    private int members(Integer given, int current) {
        int n = given == null ? current : given;
        if (given == null && current < 1) {
            error("memberCount", "MEMBER_COUNT_REQUIRED", "该户没有在册成员，请填写计算人均收入的人数");
        } else if (n < 1 || n > MEMBERS_MAX) {
            error("memberCount", "MEMBER_COUNT_RANGE", "计算人数应为 1 到 " + MEMBERS_MAX + " 人");
        }
        return n;
    }

    /** Free text, bounded, without markup or control characters (line breaks are fine); blank is no note. */
    private String note(String value) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.codePointCount(0, s.length()) > NOTE_MAX) {
            error("note", "NOTE_TOO_LONG", "备注不能超过 " + NOTE_MAX + " 字");
        } else if (s.chars().anyMatch(c -> c == '<' || c == '>'
                || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))) {
            error("note", "NOTE_CHARS", "备注不能包含 < > 或控制字符");
        }
        return s;
    }

    private void error(String field, String code, String message) {
        errors.add(new Violation(field, code, message));
    }
}
