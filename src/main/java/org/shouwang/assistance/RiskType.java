package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** 风险类型 (DOMAIN.md 3.4; the official code list is not public, so these are the names local pages agree on). */
public enum RiskType implements Labelled {
    ILLNESS("因病"),
    DISABILITY("因残"),
    EDUCATION("因学"),
    DISASTER("因灾"),
    ACCIDENT("因意外事故"),
    INDUSTRY_FAILURE("因产业项目失败"),
    UNSTABLE_EMPLOYMENT("因务工就业不稳"),
    LABOUR_SHORTAGE("缺劳动力"),
    OTHER("其他");

    private final String label;

    RiskType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
