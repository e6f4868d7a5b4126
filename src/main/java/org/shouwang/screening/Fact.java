package org.shouwang.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.shouwang.shared.Department;

/**
 * One thing a department knows about a member (a hospital stay's self-paid cost, a school drop-out risk, a C-grade
 * house), matched to the household. Rules read facts as {@code facts} in the household view.
 *
 * @param kind      what the row says, from the department's declared layout, e.g. "INPATIENT_SELF_PAID"
 * @param fields    the row's other columns by layout key, as strings or numbers
 * @param sourceRef e.g. "feed-row:123"
 * @param dedupKey  the same row sent again has the same key and is ignored
 */
public record Fact(long householdId, Long memberId, Department department, String kind, LocalDate date,
        BigDecimal amount, Map<String, Object> fields, String sourceRef, String source, String dedupKey) {

    public Fact {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dedupKey, "dedupKey");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
