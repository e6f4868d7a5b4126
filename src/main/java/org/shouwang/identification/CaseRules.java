package org.shouwang.identification;

import org.shouwang.shared.Refused;
import static org.shouwang.identification.IdentificationCase.require;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringCategory;

/** The checks of the county's decision that do not depend on the case's state. */
final class CaseRules {

    /** Risk types are codes of DOMAIN.md 3.4 (the catalogue lives with assistance, which this module may not use). */
    private static final Pattern RISK_CODE = Pattern.compile("[A-Z][A-Z_]{1,39}");

    /** The risks 绿色通道 is for ([002], [004]: 因灾、因病、因意外事故 with clear facts). */
    static final Set<String> GREEN_CHANNEL_RISKS = Set.of("DISASTER", "ILLNESS", "ACCIDENT");
    /** The width of identification_case.green_channel_reason. */
    static final int MAX_GREEN_CHANNEL_REASON = 500;

    private CaseRules() {
    }

    static MonitoringCategory category(String code) {
        require(code != null && !code.isBlank(), "CATEGORY_REQUIRED", "请选择监测对象类别");
        try {
            return MonitoringCategory.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused("CATEGORY_UNKNOWN", "监测对象类别只能是脱贫不稳定户、边缘易致贫户或突发严重困难户");
        }
    }

    static List<String> riskTypes(List<String> codes) {
        require(codes != null && !codes.isEmpty(), "RISK_TYPES_REQUIRED", "请至少选择一项风险类型");
        Set<String> distinct = new LinkedHashSet<>();
        for (String c : codes) {
            require(c != null && RISK_CODE.matcher(c.strip()).matches(), "RISK_TYPE_INVALID", "风险类型代码不正确");
            require(distinct.add(c.strip()), "RISK_TYPE_DUPLICATE", "风险类型重复");
        }
        require(distinct.size() <= IdentificationCase.MAX_RISK_TYPES, "RISK_TYPES_TOO_MANY",
                "风险类型最多选择 " + IdentificationCase.MAX_RISK_TYPES + " 项");
        return List.copyOf(distinct);
    }

    static List<String> greenChannelRisks(List<String> codes) {
        require(codes != null && !codes.isEmpty(), "GREEN_CHANNEL_RISK_REQUIRED", "请选择致困原因：因灾、因病或因意外事故");
        require(codes.size() <= GREEN_CHANNEL_RISKS.size() * 2, "LIST_TOO_LONG", "列表项过多");
        Set<String> distinct = new LinkedHashSet<>();
        for (String c : codes) {
            require(c != null && GREEN_CHANNEL_RISKS.contains(c.strip()), "GREEN_CHANNEL_NOT_ELIGIBLE",
                    "绿色通道只适用于因灾、因病或因意外事故且事实清楚的情形");
            distinct.add(c.strip());
        }
        return List.copyOf(distinct);
    }

    static String greenChannelReason(String text) {
        String reason = text == null ? "" : text.strip();
        require(!reason.isEmpty(), "GREEN_CHANNEL_REASON_REQUIRED", "请写明开启绿色通道的事实依据（灾情、病情或事故经过）");
        require(reason.length() <= MAX_GREEN_CHANNEL_REASON, "TEXT_TOO_LONG", "绿色通道事由不能超过 " + MAX_GREEN_CHANNEL_REASON + " 字");
        return reason;
    }

    /** 告知申请人: a date between the day the case ended and today, a method and who told them. */
    static void checkInforming(StepData.Informing i, java.time.LocalDate ended, java.time.LocalDate today) {
        require(i != null && i.on() != null, "INFORMED_ON_REQUIRED", "请填写告知日期");
        require(!i.on().isBefore(ended), "INFORMED_BEFORE_DECISION", "告知日期不能早于不予纳入的日期（" + ended + "）");
        require(!i.on().isAfter(today), "INFORMED_ON_IN_FUTURE", "告知日期不能晚于今天");
        require(i.method() != null, "INFORM_METHOD_REQUIRED", "请选择告知方式（书面、电话或当面）");
        require(IdentificationCase.notBlank(i.by()) && i.by().strip().length() <= 50, "INFORMED_BY_REQUIRED",
                "请填写告知人姓名（不超过 50 字）");
    }

    /** A suggested category with the sentence that explains it to the village and the county. */
    record Suggestion(MonitoringCategory category, String reason) {
    }

    /**
     * The category suggested when the case opens (DOMAIN.md 3.1), from income, household type and hardship: a
     * household whose per-capita income is above the monitoring range can only be 突发严重困难户 (its hardship is what
     * brings it here); within the range a 脱贫户 is 脱贫不稳定户 and anyone else 边缘易致贫户. Without an income figure
     * or a threshold the type decides, and the reason says the income is still to be checked. The county may choose
     * another category at approval, with a reason.
     */
    static Suggestion suggest(HouseholdType type, BigDecimal perCapitaIncome, BigDecimal threshold) {
        boolean alleviated = type == HouseholdType.POVERTY_ALLEVIATED;
        if (perCapitaIncome == null || threshold == null) {
            return new Suggestion(alleviated ? MonitoringCategory.UNSTABLE : MonitoringCategory.MARGINAL,
                    (alleviated ? "脱贫户" : "一般农户") + "，" + (perCapitaIncome == null ? "尚无收入记录" : "监测范围未设定")
                            + "，收入待入户核查后确认");
        }
        String figures = "人均纯收入 " + perCapitaIncome.stripTrailingZeros().toPlainString() + " 元"
                + (perCapitaIncome.compareTo(threshold) > 0 ? "高于" : "不高于") + "监测范围 "
                + threshold.stripTrailingZeros().toPlainString() + " 元";
        if (perCapitaIncome.compareTo(threshold) > 0) {
            return new Suggestion(MonitoringCategory.SUDDEN, figures + "，因病、因灾、因意外等刚性支出较大或收入大幅缩减致基本生活出现严重困难的，按突发严重困难户");
        }
        return new Suggestion(alleviated ? MonitoringCategory.UNSTABLE : MonitoringCategory.MARGINAL,
                (alleviated ? "脱贫户，" : "一般农户，") + figures);
    }
}
