package org.shouwang.identification;

import org.shouwang.shared.Labelled;

/** The steps of identification (DOMAIN.md 5.1 as planned in seeds/004); OPEN is the case's own opening. */
public enum CaseStep implements Labelled {
    OPEN("启动识别认定"),
    APPLICATION("农户申请（承诺授权）"),
    HOME_CHECK("入户核查"),
    DEMOCRATIC_REVIEW("民主评议"),
    PUBLICITY("村内公示"),
    DATA_COMPARISON("信息比对"),
    TOWNSHIP_REVIEW("乡镇审核"),
    COUNTY_APPROVAL("县级审定"),
    ANNOUNCEMENT("公告"),
    /** 绿色通道: assistance may start before approval; the case's state does not change. */
    GREEN_CHANNEL("开启绿色通道"),
    /** 告知申请人: after 不予纳入, the applicant is told the result and why. */
    INFORM("告知申请人");

    private final String label;

    CaseStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
