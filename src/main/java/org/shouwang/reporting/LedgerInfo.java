package org.shouwang.reporting;

import java.util.List;

/**
 * A ledger on offer: whether it can be read yet (问题台账 needs the campaign module's table), its columns, and whether
 * it has ID or phone numbers to mask (and so to reveal).
 */
public record LedgerInfo(String kind, String title, String periodBasis, boolean available, String unavailableReason,
        List<String> columns, boolean masked) {
}
