package org.shouwang.elimination;

import org.shouwang.shared.Labelled;

/**
 * Reason codes of a request. Rollback reasons follow DOMAIN.md 4.5 (still needs 兜底, weak stability); removal reasons
 * are local (4.6: no national rule was found), so OTHER with written reasons is always available.
 */
public enum RequestReason implements Labelled {
    NEEDS_PROTECTION(RequestKind.ROLLBACK, "无劳动能力，仍需兜底保障"),
    UNSTABLE(RequestKind.ROLLBACK, "收入不稳定或刚性支出不可控"),
    WRONGLY_MARKED(RequestKind.ROLLBACK, "不符合消除条件而被标注"),
    DISQUALIFYING_ASSETS(RequestKind.REMOVAL, "信息比对发现不符合条件的资产或收入"),
    WRONG_ENTRY(RequestKind.REMOVAL, "错误录入"),
    NOT_ELIGIBLE(RequestKind.REMOVAL, "不符合纳入条件"),
    OTHER(null, "其他");

    private final RequestKind kind;
    private final String label;

    RequestReason(RequestKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean fits(RequestKind k) {
        return kind == null || kind == k;
    }
}
