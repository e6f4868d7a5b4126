package org.shouwang.registry;

import org.shouwang.shared.Labelled;

/** 监测对象类别 (DOMAIN.md 3.1); set by the identification module, read-only in the registry. */
public enum MonitoringCategory implements Labelled {
    UNSTABLE("脱贫不稳定户"),
    MARGINAL("边缘易致贫户"),
    SUDDEN("突发严重困难户");

    private final String label;

    MonitoringCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
