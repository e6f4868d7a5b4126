package org.shouwang.demo;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-sheet .xlsx written through FastExcel in batches, so that rows stream through its SXSSF window and never all
 * sit in memory. Cells are written as given: strings stay text (ID and household numbers must not become numbers).
 */
final class XlsxSink implements AutoCloseable {

    /** Excel's row limit minus the header row. */
    static final int MAX_DATA_ROWS = 1_048_575;
    private static final int BATCH = 2_000;

    private final ExcelWriter writer;
    private final WriteSheet sheet;
    private final List<List<Object>> batch = new ArrayList<>(BATCH);
    private long rows;

    XlsxSink(Path file, String sheetName, List<String> headers) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<List<String>> head = new ArrayList<>(headers.size());
        headers.forEach(h -> head.add(List.of(h)));
        this.writer = FastExcel.write(file.toFile()).head(head).build();
        this.sheet = FastExcel.writerSheet(0, sheetName).build();
    }

    void row(List<?> cells) {
        batch.add(new ArrayList<>(cells));
        rows++;
        if (batch.size() == BATCH) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() {
        writer.write(batch, sheet);
        batch.clear();
    }

    @Override
    public void close() {
        // the sheet (and its header) must exist even without rows
        flush();
        writer.finish();
    }
}
