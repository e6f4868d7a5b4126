package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.Violation;

class ComparisonRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String ID = "999999197003150013";

    static FeedInput row(int no, String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return new FeedInput(no, values, Set.of());
    }

    @Test
    void aLegacyIdIsUpgradedAndTheResultsKept() {
        ComparisonRows.Row r = ComparisonRows.check(row(2, "idNumber", "999999700315001", "vehicles", "无",
                "comparedOn", "2026年11月1日"), TODAY);
        assertThat(r.ok()).isTrue();
        assertThat(r.idNumber()).isEqualTo(ID);
        assertThat(r.results()).containsEntry("vehicles", "无");
        assertThat(r.comparedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void eachFaultHasItsOwnCodeAndTheIdIsKeptForTheHousehold() {
        ComparisonRows.Row r = ComparisonRows.check(row(3, "idNumber", ID, "housing", "x".repeat(501), "comparedOn", "2026-12-01",
                "dibaoExempt", "也许"), TODAY);
        assertThat(r.idNumber()).isEqualTo(ID);
        assertThat(r.problems()).extracting(Violation::code).containsExactly("TEXT_TOO_LONG", "DATE_RANGE", "YES_NO_VALUE");
        assertThat(ComparisonRows.check(row(4, "idNumber", ID, "dibaoExempt", "是"), TODAY).problems())
                .extracting(Violation::code).containsExactly("DIBAO_DATE_REQUIRED");
        assertThat(ComparisonRows.check(row(5, "idNumber", ID), TODAY).problems()).extracting(Violation::code)
                .containsExactly("NO_RESULTS");
        assertThat(ComparisonRows.check(new FeedInput(6, Map.of("idNumber", ID, "vehicles", "无"), Set.of("vehicles")), TODAY)
                .problems()).extracting(Violation::code).containsExactly("FORMULA_CELL");
        assertThat(ComparisonRows.check(row(7, "idNumber", ID, "other", "a\u0000b"), TODAY).problems())
                .extracting(Violation::code).containsExactly("CONTROL_CHARACTERS");
    }

    @Test
    void aRepeatedRowIsADuplicateButAnotherDepartmentForTheSameIdIsNot() {
        List<ComparisonRows.Row> rows = ComparisonRows.check(List.of(row(2, "idNumber", ID, "vehicles", "无"),
                row(3, "idNumber", ID, "housing", "无"), row(4, "idNumber", ID.toLowerCase(), "vehicles", "无")), TODAY);
        assertThat(rows.get(1).ok()).isTrue();
        assertThat(rows.get(2).problems()).extracting(Violation::message).containsExactly("与第 2 行完全相同，已忽略");
    }

    @Test
    void membersDifferingOnAResultKeepTheirNamesAndTheLatestDibaoDayCounts() {
        ComparisonRows.Row head = ComparisonRows.check(row(2, "idNumber", ID, "vehicles", "有货车一辆", "housing", "无",
                "dibaoExempt", "是", "comparedOn", "2026-10-01"), TODAY);
        ComparisonRows.Row spouse = ComparisonRows.check(row(3, "idNumber", ID, "vehicles", "无", "housing", "无",
                "dibaoExempt", "是", "comparedOn", "2026-10-05"), TODAY);
        ComparisonMerge.Merged m = ComparisonMerge.merge(List.of(new ComparisonMerge.MemberRow(head, "张三"),
                new ComparisonMerge.MemberRow(spouse, "李梅")));
        assertThat(m.result("vehicles")).isEqualTo("张三：有货车一辆；李梅：无");
        assertThat(m.result("housing")).isEqualTo("无");
        assertThat(m.dibaoExempt()).isTrue();
        assertThat(m.dibaoComparedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        Map<String, Object> recorded = new HashMap<>(Map.of("vehicles", "张三：有货车一辆；李梅：无", "housing", "无",
                "dibaoExempt", true, "dibaoComparedOn", "2026-10-05"));
        assertThat(ComparisonMerge.sameAs(m, recorded)).isTrue();
        recorded.put("housing", "有");
        assertThat(ComparisonMerge.sameAs(m, recorded)).isFalse();
    }
}
