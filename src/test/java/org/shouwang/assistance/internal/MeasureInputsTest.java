package org.shouwang.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureDraft;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;

class MeasureInputsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static MeasureDraft draft(String category, BigDecimal amount, String status, List<String> risks) {
        return new MeasureDraft(category, "小额信贷", null, "2026-03-01", "2027-02-28", amount, status, null, "县农商行",
                risks, null, 0);
    }

    static List<String> codes(MeasureDraft d) {
        return catchThrowableOfType(ProblemException.class, () -> MeasureInputs.check(d, TODAY, Map.of(1L, "张伟"), List.of()))
                .violations().stream().map(Violation::code).toList();
    }

    @Test
    void aCompleteMeasureIsAcceptedWithCodesByLabelOrName() {
        var e = MeasureInputs.check(draft("金融帮扶", new BigDecimal("50000.00"), "DELIVERED", List.of("因产业项目失败")), TODAY,
                Map.of(), List.of());
        assertThat(e.category()).isEqualTo(MeasureCategory.FINANCE);
        assertThat(e.status()).isEqualTo(MeasureStatus.DELIVERED);
        assertThat(e.deliveredOn()).isEqualTo(TODAY);
        assertThat(e.riskTypes()).containsExactly("INDUSTRY_FAILURE");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnce() {
        assertThat(codes(draft("LOTTERY", new BigDecimal("-1"), "DONE", List.of("ILLNESS", "因病", "DROP TABLE"))))
                .containsExactly("UNKNOWN_CODE", "AMOUNT_NEGATIVE", "UNKNOWN_CODE", "RISK_TYPE_DUPLICATE", "RISK_TYPE_UNKNOWN");
        assertThat(codes(draft("FINANCE", new BigDecimal("10000000.01"), null, null))).containsExactly("AMOUNT_TOO_LARGE");
        assertThat(codes(draft("FINANCE", new BigDecimal("1.005"), null, null))).containsExactly("AMOUNT_SCALE");
        var longItem = new MeasureDraft("FINANCE", "贷".repeat(101), 99L, "2026-13-01", null, null, null, null, " ", null,
                null, 0);
        assertThat(codes(longItem)).containsExactly("TOO_LONG", "MEMBER_UNKNOWN", "DATE_FORMAT", "REQUIRED");
        var backwards = new MeasureDraft("FINANCE", "x", null, "2026-03-01", "2026-02-01", null, "DELIVERED", "2026-04-01",
                "单位", null, null, 0);
        assertThat(codes(backwards)).containsExactly("DATE_ORDER", "DATE_FUTURE");
    }

    @Test
    void aRiskCodeOfTheHouseholdsCaseIsAcceptedBesidesTheCatalogue() {
        var d = draft("HEALTH", null, null, List.of("MEDICAL_EXPENSE"));
        assertThat(MeasureInputs.check(d, TODAY, Map.of(), List.of("MEDICAL_EXPENSE")).riskTypes()).containsExactly("MEDICAL_EXPENSE");
    }
}
