package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a household's registered income was at or above a threshold in every month of a window (DOMAIN.md 4.4,
 * 收入持续稳定), with one line per registered period or missing month, so an official sees why.
 *
 * @param stable  every month of the window is covered by a registration and every covering one is not below it
 * @param reasons the Chinese lines of {@code periods}, in order, for the elimination check to show
 */
public record IncomeStability(boolean stable, BigDecimal threshold, LocalDate from, LocalDate to, List<PeriodCheck> periods,
        List<String> reasons) {

    /**
     * @param perCapitaYearly null when the period is not registered
     */
    public record PeriodCheck(String period, String periodLabel, LocalDate start, LocalDate end, boolean registered,
            BigDecimal perCapitaYearly, boolean atOrAbove, String reason) {
    }
}
