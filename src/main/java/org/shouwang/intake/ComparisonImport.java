package org.shouwang.intake;

import java.util.List;
import org.shouwang.shared.Labelled;

/**
 * The answer to one upload of 信息比对结果: every row of the file with what became of it, so nothing is lost; the
 * refused rows can also be downloaded as an error report ({@code reportId}, null when nothing was refused).
 */
public record ComparisonImport(int rows, int applied, int unchanged, int refused, List<Item> items, String reportId) {

    /** What became of one row. */
    public enum Result implements Labelled {
        APPLIED("已导入"),
        /** The case already holds exactly these results: the same file uploaded again. */
        UNCHANGED("已比对，无变化"),
        REFUSED("未导入");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One file row; {@code code} and {@code message} say why it was refused or left unchanged. */
    public record Item(int row, String idNumberMasked, String householdNo, Long caseId, Result result,
            String resultLabel, String code, String message) {
    }
}
