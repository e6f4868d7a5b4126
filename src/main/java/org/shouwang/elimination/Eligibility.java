package org.shouwang.elimination;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "may this household's risk be marked eliminated?": one reason per condition of DOMAIN.md 4.4.
 *
 * @param eligible every condition passes or is not required
 * @param blocked  some condition fails (as opposed to only waiting for the village's confirmation)
 */
public record Eligibility(long householdId, EliminationMethod method, String methodLabel, LocalDate checkedOn,
        boolean eligible, boolean blocked, List<Reason> reasons) {

    /** One condition: stable code, its name, the verdict and a Chinese explanation with the figures. */
    public record Reason(String code, String condition, Verdict verdict, String verdictLabel, String explanation) {

        static Reason of(String code, String condition, Verdict verdict, String explanation) {
            return new Reason(code, condition, verdict, verdict.label(), explanation);
        }
    }
}
