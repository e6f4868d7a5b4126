package org.shouwang.reporting;

import org.shouwang.shared.Labelled;

/** What kind of pending work an item of 我的待办 is, and which module's page it opens. */
public enum WorkKind implements Labelled {
    CASE_STEP("识别认定"),
    VISIT("走访"),
    INCOME("收入登记"),
    CONTACT_PERSON("落实监测联系人"),
    MEASURES("落实帮扶措施"),
    CLUE("风险线索研判");

    private final String label;

    WorkKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
