package org.shouwang.campaign;

import org.shouwang.shared.Labelled;

/** What kind of shortcoming a problem is, as inspection reports classify them. */
public enum ProblemCategory implements Labelled {
    IDENTIFICATION_INACCURATE("识别不精准"),
    ASSISTANCE_INADEQUATE("帮扶措施不到位"),
    DATA_INACCURATE("信息数据不准确"),
    VISITS_INADEQUATE("走访不到位"),
    POLICY_NOT_IMPLEMENTED("政策落实不到位"),
    OTHER("其他");

    private final String label;

    ProblemCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
