package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** Where a household stands in monitoring (DOMAIN.md 5.1); set by later modules, read-only in the registry. */
public enum MonitoringStatus implements Labelled {
    NOT_MONITORED("未纳入监测"),
    IDENTIFYING("识别认定中"),
    RISK_ACTIVE("风险未消除"),
    RISK_ELIMINATED("风险已消除"),
    REMOVED("已清退");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
