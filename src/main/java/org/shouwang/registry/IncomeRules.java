package org.shouwang.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.Violation;

/**
 * Income statement rules and the computation of DOMAIN.md 2.3:
 * 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出; 人均纯收入 = 家庭纯收入 ÷ 家庭人口数.
 * 合规自付支出 is stored beside it; whether it is deducted is a policy choice made by the policy module, not here.
 */
public final class IncomeRules {

    static final BigDecimal MAX = new BigDecimal("100000000");

    private IncomeRules() {
    }

    public static List<Violation> check(IncomeDraft d) {
        List<Violation> out = new ArrayList<>();
        if (d.periodStart() == null || d.periodEnd() == null) {
            out.add(new Violation("periodStart", "PERIOD_REQUIRED", "请填写统计起止日期"));
        } else if (d.periodEnd().isBefore(d.periodStart())) {
            out.add(new Violation("periodEnd", "PERIOD_ORDER", "统计截止日期不能早于起始日期"));
        } else if (d.periodStart().plusMonths(13).isBefore(d.periodEnd())) {
            out.add(new Violation("periodEnd", "PERIOD_TOO_LONG", "统计期间不能超过13个月"));
        }
        amount("wageIncome", "工资性收入", d.wageIncome(), out);
        amount("businessIncome", "生产经营性收入", d.businessIncome(), out);
        amount("propertyIncome", "财产性收入", d.propertyIncome(), out);
        amount("transferIncome", "转移性收入", d.transferIncome(), out);
        amount("productionExpense", "生产经营性支出", d.productionExpense(), out);
        amount("compliantSelfPaid", "合规自付支出", d.compliantSelfPaid(), out);
        return out;
    }

    private static void amount(String field, String label, BigDecimal v, List<Violation> out) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            out.add(new Violation(field, "AMOUNT_NEGATIVE", label + "不能为负数"));
        } else if (v.compareTo(MAX) > 0) {
            out.add(new Violation(field, "AMOUNT_TOO_LARGE", label + "超过1亿元，请核对单位（应为元）"));
        } else if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            out.add(new Violation(field, "AMOUNT_SCALE", label + "最多保留两位小数"));
        }
    }

    public static BigDecimal netIncome(IncomeDraft d) {
        return z(d.wageIncome()).add(z(d.businessIncome())).add(z(d.propertyIncome())).add(z(d.transferIncome()))
                .subtract(z(d.productionExpense())).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal perCapita(BigDecimal net, int members) {
        return members == 0 ? net : net.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal z(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
