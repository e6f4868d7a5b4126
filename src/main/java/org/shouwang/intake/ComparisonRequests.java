package org.shouwang.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.shouwang.identification.StepRequest;
import org.shouwang.intake.internal.ComparisonLayout;
import org.shouwang.intake.internal.ComparisonMerge;

/** Turns a household's merged file rows into the DATA_COMPARISON form the identification API takes. */
final class ComparisonRequests {

    /** The rows named in the step's comment; a household rarely has more than a handful. */
    private static final int NAMED_ROWS = 20;

    private ComparisonRequests() {
    }

    static StepRequest of(int version, ComparisonMerge.Merged m, String fileName) {
        return new StepRequest(version, comment(m, fileName), null, null, null, null, null, null, null, null, null, null,
                null, null, m.result(ComparisonLayout.VEHICLES), m.result(ComparisonLayout.HOUSING),
                m.result(ComparisonLayout.BUSINESS), m.result(ComparisonLayout.PUBLIC_EMPLOYEE),
                m.result(ComparisonLayout.OTHER), m.dibaoExempt(), m.dibaoComparedOn(), null, null, null, null, null, null,
                null, null, null);
    }

    /** Where the results came from, so the case's timeline shows the file and rows behind the step. */
    static String comment(ComparisonMerge.Merged m, String fileName) {
        List<Integer> rows = m.rows();
        String named = rows.stream().limit(NAMED_ROWS).map(String::valueOf).collect(Collectors.joining("、"))
                + (rows.size() > NAMED_ROWS ? " 等 " + rows.size() + " 行" : " 行");
        return "导入信息比对结果：文件“" + fileName + "”第 " + named
                + (m.comparedOn() == null ? "" : "，比对日期 " + m.comparedOn());
    }
}
