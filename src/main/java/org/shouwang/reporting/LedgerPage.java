package org.shouwang.reporting;

import java.util.List;

/** One page of a ledger's preview: the column titles, the rows (cells as shown) and where the page sits. */
public record LedgerPage(String kind, String title, String regionCode, String regionName, String from, String to,
        String periodBasis, boolean revealed, List<String> columns, List<List<Object>> rows, long total, int page,
        int size) {
}
