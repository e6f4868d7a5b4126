package org.shouwang.intake.internal;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams the first sheet of an .xlsx with FastExcel (SAX, constant memory). Cells are read as typed cell data so
 * that formula cells can be refused: a formula's cached value is not what the clerk sees after a recalculation.
 */
final class XlsxRowReader implements RowReader {

    private final Path file;

    XlsxRowReader(Path file) {
        this.file = file;
    }

    @Override
    public int countRows() throws ImportFailure {
        // ZipFile reads the central directory; a streaming ZipInputStream trips over POI's data descriptors.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return Math.max(0, countRowTags(in) - 1);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw broken(e);
        }
    }

    private static int countRowTags(InputStream in) throws IOException {
        byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
        byte[] buf = new byte[1 << 16];
        int matched = 0;
        int count = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                matched = buf[i] == tag[matched] ? matched + 1 : (buf[i] == tag[0] ? 1 : 0);
                if (matched == tag.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    @Override
    public void read(Consumer<List<String>> header, Consumer<SourceRow> rows) throws ImportFailure {
        boolean[] headerSeen = {false};
        try {
            FastExcel.read(file.toFile(), new ReadListener<Map<Integer, ReadCellData<?>>>() {
                @Override
                public void invoke(Map<Integer, ReadCellData<?>> data, AnalysisContext context) {
                    List<String> cells = new ArrayList<>();
                    Set<Integer> formulas = new HashSet<>();
                    int max = data.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                    for (int i = 0; i <= Math.min(max, CsvRowReader.MAX_COLUMNS - 1); i++) {
                        ReadCellData<?> cell = data.get(i);
                        cells.add(text(cell));
                        if (cell != null && cell.getFormulaData() != null) {
                            formulas.add(i);
                        }
                    }
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        return;
                    }
                    if (!headerSeen[0]) {
                        headerSeen[0] = true;
                        header.accept(cells);
                    } else {
                        rows.accept(new SourceRow(context.readRowHolder().getRowIndex() + 1, cells, formulas));
                    }
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                }
            }).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA).headRowNumber(0).ignoreEmptyRow(true).sheet(0).doRead();
        } catch (StopImport stop) {
            throw stop.failure;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof StopImport stop) {
                throw stop.failure;
            }
            throw broken(e);
        }
        if (!headerSeen[0]) {
            throw new ImportFailure("FILE_EMPTY", "表格第一个工作表中没有表头和数据");
        }
    }

    /** Lets a consumer abort the SAX read with a proper failure (e.g. wrong headers). */
    static final class StopImport extends RuntimeException {
        final ImportFailure failure;

        StopImport(ImportFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    static String text(ReadCellData<?> cell) {
        if (cell == null || cell.getType() == null) {
            return null;
        }
        return switch (cell.getType()) {
            case STRING, DIRECT_STRING, RICH_TEXT_STRING -> cut(cell.getStringValue());
            case NUMBER -> plain(cell.getNumberValue());
            case BOOLEAN -> Boolean.TRUE.equals(cell.getBooleanValue()) ? "是" : "否";
            case ERROR -> "#ERROR";
            default -> cell.getStringValue() == null ? null : cut(cell.getStringValue());
        };
    }

    private static String plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        String s = n.stripTrailingZeros().toPlainString();
        return s;
    }

    private static String cut(String s) {
        return s == null || s.length() <= CsvRowReader.MAX_CELL ? s : s.substring(0, CsvRowReader.MAX_CELL);
    }

    private static ImportFailure broken(Exception e) {
        return new ImportFailure("XLSX_BROKEN", "Excel 文件已损坏或不是有效的 .xlsx 文件，请用 Excel 打开检查后另存再上传", e);
    }
}
