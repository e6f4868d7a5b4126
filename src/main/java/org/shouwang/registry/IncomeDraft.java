package org.shouwang.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An income and expenditure statement (收支情况) as entered, per household and period (DOMAIN.md 2.3). */
public record IncomeDraft(LocalDate periodStart, LocalDate periodEnd, BigDecimal wageIncome, BigDecimal businessIncome,
        BigDecimal propertyIncome, BigDecimal transferIncome, BigDecimal productionExpense, BigDecimal compliantSelfPaid) {
}
