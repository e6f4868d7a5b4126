package org.shouwang.assistance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureDraft;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.RiskType;
import org.shouwang.shared.Labelled;

/** Checks a measure as entered: catalogue category, the household's own member, time-bound dates, a sane amount. */
public final class MeasureInputs {

    /** Ten million yuan is beyond any household measure (a rebuilt house is a few hundred thousand); more is a typo. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("10000000");
    /** There are at most five risk types per household; a longer list comes from a broken or hostile client. */
    private static final int RISKS_MAX = 5;

    private MeasureInputs() {
    }

    /**
     * @param members   the household's current members by id
     * @param caseRisks risk codes the household's case names, accepted besides the catalogue of {@link RiskType}
     */
    public static PlanStore.MeasureEntry check(MeasureDraft d, LocalDate today, Map<Long, String> members,
            List<String> caseRisks) {
        Form f = new Form();
        MeasureDraft x = d == null ? new MeasureDraft(null, null, null, null, null, null, null, null, null, null, null, null) : d;
        MeasureCategory category = f.code("category", x.category(), MeasureCategory.class, "措施类别");
        String item = f.text("item", x.item(), 100, "具体措施", true);
        if (x.memberId() != null && !members.containsKey(x.memberId())) {
            f.error("memberId", "MEMBER_UNKNOWN", "所选成员不是该户的现有成员");
        }
        LocalDate start = f.date("startOn", x.startOn(), "开始日期", null);
        if (start == null && (x.startOn() == null || x.startOn().isBlank())) {
            f.error("startOn", "REQUIRED", "请填写开始日期");
        }
        LocalDate end = f.date("endOn", x.endOn(), "结束日期", null);
        if (start != null && end != null && end.isBefore(start)) {
            f.error("endOn", "DATE_ORDER", "结束日期不能早于开始日期");
        }
        BigDecimal amount = amount(f, x.amount());
        MeasureStatus status = x.status() == null || x.status().isBlank() ? MeasureStatus.PLANNED
                : f.code("status", x.status(), MeasureStatus.class, "实施状态");
        LocalDate delivered = null;
        if (status == MeasureStatus.DELIVERED) {
            delivered = f.date("deliveredOn", x.deliveredOn(), "落实日期", today);
            if (delivered != null && delivered.isAfter(today)) {
                f.error("deliveredOn", "DATE_FUTURE", "落实日期不能晚于今天");
            } else if (delivered != null && start != null && delivered.isBefore(start)) {
                f.error("deliveredOn", "DATE_ORDER", "落实日期不能早于开始日期");
            }
        }
        String unit = f.text("responsibleUnit", x.responsibleUnit(), 100, "责任单位", true);
        Set<String> risks = risks(f, x.riskTypes(), caseRisks);
        String note = f.text("note", x.note(), 500, "备注", false);
        f.verify("帮扶措施");
        return new PlanStore.MeasureEntry(category, item, x.memberId(), start, end, amount, status, delivered, unit, risks, note);
    }

    private static BigDecimal amount(Form f, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            f.error("amount", "AMOUNT_NEGATIVE", "金额不能为负数");
        } else if (amount.compareTo(AMOUNT_MAX) > 0) {
            f.error("amount", "AMOUNT_TOO_LARGE", "金额不能超过 1000 万元");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            f.error("amount", "AMOUNT_SCALE", "金额最多保留两位小数");
        }
        return amount;
    }

    private static Set<String> risks(Form f, List<String> codes, List<String> caseRisks) {
        Set<String> out = new LinkedHashSet<>();
        if (codes == null) {
            return out;
        }
        if (codes.size() > RISKS_MAX) {
            f.error("riskTypes", "RISK_TYPES_TOO_MANY", "对应风险最多选择 " + RISKS_MAX + " 项");
            return out;
        }
        for (String c : codes) {
            String code = c == null ? "" : c.strip();
            boolean known = Labelled.fromLabel(RiskType.class, code).isPresent() || caseRisks.contains(code);
            if (!known) {
                f.error("riskTypes", "RISK_TYPE_UNKNOWN", "风险类型「" + Form.shorten(code) + "」不在可选范围内");
            } else if (!out.add(Labelled.fromLabel(RiskType.class, code).map(Enum::name).orElse(code))) {
                f.error("riskTypes", "RISK_TYPE_DUPLICATE", "对应风险重复");
            }
        }
        return out;
    }
}
