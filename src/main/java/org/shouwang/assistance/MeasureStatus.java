package org.shouwang.assistance;

import org.shouwang.shared.Labelled;

/** Where a measure stands (实施情况). STOPPED is final; a DELIVERED measure may only be stopped afterwards. */
public enum MeasureStatus implements Labelled {
    PLANNED("计划实施"),
    IN_PROGRESS("正在实施"),
    DELIVERED("已落实"),
    STOPPED("已停止");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a measure may move from this status to {@code next} (staying put is always allowed). */
    public boolean mayBecome(MeasureStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PLANNED -> true;
            case IN_PROGRESS -> next == DELIVERED || next == STOPPED;
            case DELIVERED -> next == STOPPED;
            case STOPPED -> false;
        };
    }
}
