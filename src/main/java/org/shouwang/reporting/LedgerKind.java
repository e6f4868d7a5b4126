package org.shouwang.reporting;

import java.util.Arrays;
import java.util.Optional;
import org.shouwang.shared.Labelled;

/**
 * The six standard ledgers (标准台账) of issue 5 point 7, each generated from data already entered. {@code path} is how
 * the API names it; {@code periodBasis} says which day the period filters, null for a ledger that is a current list.
 */
public enum LedgerKind implements Labelled {
    MONITORED("monitored", "监测对象台账", "纳入时间"),
    ALLEVIATED("alleviated", "脱贫户台账", null),
    MEASURES("measures", "帮扶措施台账", "措施开始日期"),
    VISITS("visits", "走访记录台账", "走访日期"),
    ELIMINATIONS("eliminations", "风险消除台账", "发起日期"),
    PROBLEMS("problems", "问题台账", "发现日期");

    private final String path;
    private final String label;
    private final String periodBasis;

    LedgerKind(String path, String label, String periodBasis) {
        this.path = path;
        this.label = label;
        this.periodBasis = periodBasis;
    }

    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }

    public String periodBasis() {
        return periodBasis;
    }

    public static Optional<LedgerKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
