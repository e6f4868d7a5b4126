package org.shouwang.reporting;

import java.util.List;

/** A ledger on offer: whether it can be read yet (问题台账 needs the campaign module's table) and its columns. */
public record LedgerInfo(String kind, String title, String periodBasis, boolean available, String unavailableReason,
        List<String> columns) {
}
