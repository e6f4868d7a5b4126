package org.shouwang.screening;

import org.shouwang.shared.Labelled;

/**
 * Why the village decided a clue's household is not to be included (不予纳入). The plans ask that the reason and
 * evidence of every household not included be recorded [003], and name the usual grounds: income stable and above
 * the range, 三保障 and water secure, able to solve the problem itself [004]. 其他 needs the note to say what.
 */
public enum NotIncludedReason implements Labelled {
    INCOME_ABOVE_RANGE("收入稳定且高于监测范围"),
    SECURITIES_ASSURED("三保障和饮水安全有保障"),
    SELF_RELIANT("有能力自行解决"),
    NOT_RESIDENT("不属于本村常住农户"),
    UNTRUE("信息不实"),
    DUPLICATE("重复申报"),
    OTHER("其他");

    private final String label;

    NotIncludedReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
