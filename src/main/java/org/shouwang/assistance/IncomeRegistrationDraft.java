package org.shouwang.assistance;

import java.math.BigDecimal;

/**
 * An income registration as entered.
 *
 * @param period      a month "2026-10" or a quarter "2026-Q3"
 * @param netIncome   the household's net income (家庭纯收入) in that period, yuan
 * @param memberCount the members the income is divided by; empty: the household's current member count
 */
public record IncomeRegistrationDraft(String period, BigDecimal netIncome, Integer memberCount, String note) {
}
