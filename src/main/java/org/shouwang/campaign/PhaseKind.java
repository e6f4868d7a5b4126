package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** The kinds of campaign phase the plans name (金寨 2023: 培训, 排查, 整改, 录入, 总结). */
public enum PhaseKind implements Labelled {
    TRAINING("培训部署"),
    SCREENING("入户排查"),
    RECTIFICATION("问题整改"),
    DATA_ENTRY("数据录入"),
    SUMMARY("总结报告"),
    OTHER("其他");

    private final String label;

    PhaseKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
