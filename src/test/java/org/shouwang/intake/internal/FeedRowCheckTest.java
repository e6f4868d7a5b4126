package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.Department;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;

class FeedRowCheckTest {

    private static final String ID = "999999197003150013";
    private final FeedRowCheck check = new FeedRowCheck(FeedLayout.of(Department.MEDICAL_INSURANCE), LocalDate.of(2025, 6, 30));

    private static FeedInput row(String name, String id, String visit, String date, String total, String amount) {
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        v.put("idNumber", id);
        v.put("visitType", visit);
        v.put("date", date);
        v.put("totalCost", total);
        v.put("amount", amount);
        return new FeedInput(2, v, Set.of());
    }

    private FeedRowCheck.Checked ok(FeedInput in) {
        FeedRowCheck.Outcome o = check.check(in);
        assertThat(o.violations()).isEmpty();
        return o.row();
    }

    private String codeOf(FeedInput in) {
        return check.check(in).violations().stream().map(Violation::code).findFirst().orElse(null);
    }

    @Test
    void theSameRowWrittenDifferentlyIsRecognisedAsTheSame() {
        FeedRowCheck.Checked a = ok(row("张三", ID, "住院", "2025-04-02", "30000", "25000.5"));
        FeedRowCheck.Checked b = ok(row(" 张 三", ID.toLowerCase(), " 住院 ", "2025/4/2", "30,000.00", "25000.50元"));
        assertThat(b.valuesHash()).isEqualTo(a.valuesHash());
        assertThat(ok(row("张三", ID, "住院", "2025-04-02", "30000", "25000.51")).valuesHash()).isNotEqualTo(a.valuesHash());
        assertThat(ok(row("张三", ID, "门诊统筹", "2025-04-02", "30000", "25000.5")).valuesHash()).isNotEqualTo(a.valuesHash());
    }

    @Test
    void aLegacyFifteenDigitNumberAndALowerCaseXAreNormalised() {
        String legacy = "999999700315001";
        String upgraded = ok(row("张三", legacy, "住院", "2025-04-02", null, "1")).idNumber();
        assertThat(upgraded).hasSize(18).startsWith("99999919700315001");
        String withX = "11010519491231002X";
        assertThat(IdNumber.parse("id", withX).ok()).isTrue();
        assertThat(ok(row("张三", withX.toLowerCase(), "住院", "2025-04-02", null, "1")).idNumber()).isEqualTo(withX);
    }

    @Test
    void factsCarryTheDateTheAmountAndTheOtherColumnsAsFields() {
        FeedRowCheck.Checked r = ok(row("张三", ID, "门诊慢特病", "2025年3月5日", "1000", "800"));
        assertThat(r.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(r.amount()).isEqualByComparingTo("800.00");
        assertThat(r.fields()).containsOnlyKeys("visitType", "totalCost").containsEntry("visitType", "门诊慢特病");
    }

    @Test
    void eachKindOfBadCellHasItsStableCode() {
        assertThat(codeOf(row("张三", ID.substring(0, 17) + "9", "住院", "2025-04-02", null, "1"))).isEqualTo("ID_CHECKSUM");
        assertThat(codeOf(row("张三", "12345", "住院", "2025-04-02", null, "1"))).isEqualTo("ID_FORMAT");
        assertThat(codeOf(row("张三", ID, "住院", "2025-02-30", null, "1"))).isEqualTo("DATE_FORMAT");
        assertThat(codeOf(row("张三", ID, "住院", "2025-07-01", null, "1"))).isEqualTo("DATE_RANGE");
        assertThat(codeOf(row("张三", ID, "住院 ", "2025-04-02", null, "-0.01"))).isEqualTo("AMOUNT_FORMAT");
        assertThat(codeOf(row("张三", ID, "住院", "2025-04-02", null, "1.001"))).isEqualTo("AMOUNT_FORMAT");
        assertThat(codeOf(row("张三", ID, "住院", "2025-04-02", "abc", "1"))).isEqualTo("AMOUNT_FORMAT");
        assertThat(codeOf(row("张三", ID, "急诊", "2025-04-02", null, "1"))).isEqualTo("ENUM_VALUE");
        assertThat(codeOf(row(null, ID, "住院", "2025-04-02", null, "1"))).isEqualTo("REQUIRED");
        assertThat(codeOf(row("张三", ID, "住院", "2025-04-02", null, " "))).isEqualTo("REQUIRED");
        FeedInput formula = new FeedInput(3, row("张三", ID, "住院", "2025-04-02", null, "2").values(), Set.of("amount"));
        assertThat(codeOf(formula)).isEqualTo("FORMULA_CELL");
        assertThat(check.check(row(null, "1", "急诊", "x", "-1", "")).violations()).hasSize(6);
    }
}
