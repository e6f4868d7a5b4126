package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored income registration (收入登记).
 *
 * @param perCapitaYearly net income per member scaled to a year (× 12 / months), what the threshold is compared with
 */
public record IncomeRegistration(long id, long householdId, String period, String periodLabel, LocalDate periodStart,
        LocalDate periodEnd, BigDecimal netIncome, int memberCountUsed, BigDecimal perCapitaYearly, String note,
        String registeredBy, OffsetDateTime registeredAt) {
}
