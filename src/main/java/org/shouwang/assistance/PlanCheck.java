package org.shouwang.assistance;

/**
 * One check of a household's assistance with its reason in Chinese, e.g. code RISK_MATCH, subject 因病, result
 * NOT_MET, reason "尚无对应措施，可对应的类别：健康帮扶、综合保障".
 */
public record PlanCheck(String code, String subject, CheckResult result, String resultLabel, String reason) {

    public static PlanCheck of(String code, String subject, CheckResult result, String reason) {
        return new PlanCheck(code, subject, result, result.label(), reason);
    }
}
