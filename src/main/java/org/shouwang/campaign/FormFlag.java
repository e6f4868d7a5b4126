package org.shouwang.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shouwang.assistance.GuaranteeGap;
import org.shouwang.shared.Violation;

/**
 * "需启动识别认定程序" ([003] 二(三)): set when a key-group rule of the campaign's profile fires for the household
 * (after the screener's corrections), or when the form itself says the household declared difficulty, was warned by a
 * department, has a 三保障/water gap, had a sharp income fall, or (回头看) has a new risk. Every reason is kept with
 * its values, so the screener and the village see why. Plain Java.
 */
final class FormFlag {

    static final int REASON_MAX = 500;

    /** The computed flag and why. */
    record Computed(boolean flagged, List<FormReason> reasons) {
    }

    /** The flag after the screener's override; overrideReason is null when the computed flag stands. */
    record Outcome(boolean computed, List<FormReason> reasons, boolean flagged, String overrideReason) {
    }

    /** The window's and the previous statement's 家庭纯收入, and the share of fall the profile calls sharp. */
    record IncomeFall(BigDecimal previousNet, BigDecimal currentNet, BigDecimal dropShare) {

        /** Sharp when the current net is below previous × (1 − share); nothing to say without both or the share. */
        boolean sharp() {
            return previousNet != null && currentNet != null && dropShare != null && previousNet.signum() > 0
                    && currentNet.compareTo(previousNet.multiply(BigDecimal.ONE.subtract(dropShare))) < 0;
        }
    }

    private FormFlag() {
    }

    static Computed compute(List<FormReason> ruleReasons, FormInput form, IncomeFall fall) {
        List<FormReason> reasons = new ArrayList<>(ruleReasons);
        if (form.declared()) {
            reasons.add(new FormReason("FORM_DECLARED", "农户本人申报困难", "排查时农户本人申报家庭困难"));
        }
        if (form.departmentWarned()) {
            reasons.add(new FormReason("FORM_DEPARTMENT_WARNED", "部门筛查预警", "排查员确认该户有行业部门预警"));
        }
        if (!form.guaranteeGaps().isEmpty()) {
            reasons.add(new FormReason("FORM_GUARANTEE_GAP", "三保障或饮水安全存在问题", form.guaranteeGaps().stream()
                    .map(GuaranteeGap::label).collect(Collectors.joining("、"))));
        }
        if (fall != null && fall.sharp()) {
            BigDecimal pct = fall.previousNet().subtract(fall.currentNet()).multiply(BigDecimal.valueOf(100))
                    .divide(fall.previousNet(), 0, RoundingMode.HALF_UP);
            reasons.add(new FormReason("FORM_INCOME_FALL", "收入大幅缩减", "家庭纯收入由 " + plain(fall.previousNet()) + " 元降至 "
                    + plain(fall.currentNet()) + " 元（降幅 " + pct + "%，画像标准 " + plain(fall.dropShare().movePointRight(2)) + "%）"));
        } else if (form.incomeFall()) {
            reasons.add(new FormReason("FORM_INCOME_FALL", "收入大幅缩减", "农户反映收入大幅缩减"));
        }
        if (form.lookBack() != null && Boolean.TRUE.equals(form.lookBack().newRisk())) {
            reasons.add(new FormReason("LOOKBACK_NEW_RISK", "回头看发现新风险", "风险已消除户出现新的返贫致贫风险，需重新识别"));
        }
        return new Computed(!reasons.isEmpty(), List.copyOf(reasons));
    }

    /**
     * Applies the screener's override. Overriding in either direction needs a written reason; an "override" that agrees
     * with the computed flag is no override and is dropped.
     */
    static Outcome decide(Computed computed, FormInput.FlagOverride override, List<Violation> errors) {
        if (override == null || override.flagged() == computed.flagged()) {
            return new Outcome(computed.flagged(), computed.reasons(), computed.flagged(), null);
        }
        String reason = override.reason() == null ? "" : override.reason().strip();
        if (reason.isEmpty()) {
            errors.add(new Violation("override.reason", "OVERRIDE_REASON_REQUIRED", "改变系统标识须写明理由"));
        } else if (reason.length() > REASON_MAX) {
            errors.add(new Violation("override.reason", "OVERRIDE_REASON_TOO_LONG", "改变标识的理由不能超过" + REASON_MAX + "字"));
        }
        return new Outcome(computed.flagged(), computed.reasons(), override.flagged(), reason);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
