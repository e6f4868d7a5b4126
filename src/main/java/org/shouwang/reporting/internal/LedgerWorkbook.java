package org.shouwang.reporting.internal;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.SheetExport;

/**
 * A ledger's .xlsx written through FastExcel in batches (its SXSSF window keeps only recent rows in memory): a header
 * block naming the ledger, region, period, export time and user, then the column titles, then the rows. Text that a
 * spreadsheet would run as a formula is escaped (SheetExport.safe); numbers stay numbers so officials can sum them.
 */
public final class LedgerWorkbook implements AutoCloseable {

    static final int BATCH = 1_000;
    /** Excel's row limit, less the header block. */
    public static final int MAX_ROWS = 1_048_576 - 8;

    private final ExcelWriter writer;
    private final WriteSheet sheet;
    private final List<List<Object>> batch = new ArrayList<>(BATCH);

    public LedgerWorkbook(OutputStream out, String sheetName, List<String> block, List<String> titles) {
        this.writer = FastExcel.write(out).needHead(false).autoCloseStream(false)
                .registerWriteHandler(new SimpleColumnWidthStyleStrategy(16)).build();
        this.sheet = FastExcel.writerSheet(0, sheetName).build();
        block.forEach(line -> batch.add(List.of(line)));
        batch.add(List.of());
        batch.add(new ArrayList<>(titles));
    }

    public void row(List<Object> cells) {
        List<Object> safe = new ArrayList<>(cells.size());
        for (Object c : cells) {
            safe.add(c instanceof String s ? SheetExport.safe(s) : c);
        }
        batch.add(safe);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        writer.write(batch, sheet);
        batch.clear();
    }

    @Override
    public void close() {
        flush();
        writer.finish();
    }
}
