package org.shouwang.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The spreadsheets the import page hands out: templates and error reports. Written with POI's streaming workbook
 * because the report marks faulty cells (fill and comment), which FastExcel does not do. Every text cell that
 * starts with = + - @ is escaped, so a report opened in Excel never runs a formula that came from a file.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** A cell is written as typed; text that Excel would read as a formula gets a leading apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    public static void template(List<String> headers, List<List<String>> examples, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("数据");
            CellStyle head = headerStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
                h.getCell(i).setCellStyle(head);
                sheet.setColumnWidth(i, 16 * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            for (int r = 0; r < examples.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < examples.get(r).size(); i++) {
                    row.createCell(i).setCellValue(safe(examples.get(r).get(i)));
                    row.getCell(i).setCellStyle(text);
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One error row: the original cells, and per file column the messages that concern it. */
    public record ErrorRow(int rowNumber, List<String> cells, Map<String, String> messagesByColumn, String codes, String messages) {
    }

    /**
     * Cell comments are kept in memory until the workbook is written (POI streams rows, not comments), and Excel grows
     * slow with many: past this many the faulty cells are only highlighted, the 错误说明 column still explains every row.
     */
    static final int MAX_COMMENTS = 5_000;

    /** Excel's last row is 1,048,576: the header, the data rows, and one row for a note when rows had to be left out. */
    static final int MAX_DATA_ROWS = 1_048_574;

    public static void errorReport(List<String> headers, Iterable<ErrorRow> rows, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("错误报告");
            CellStyle head = headerStyle(wb);
            CellStyle bad = wb.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CreationHelper factory = wb.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row h = sheet.createRow(0);
            int n = headers.size();
            for (int i = 0; i < n; i++) {
                h.createCell(i).setCellValue(headers.get(i));
                h.getCell(i).setCellStyle(head);
            }
            h.createCell(n).setCellValue("原文件行号");
            h.createCell(n + 1).setCellValue("错误代码");
            h.createCell(n + 2).setCellValue("错误说明");
            for (int i = n; i < n + 3; i++) {
                h.getCell(i).setCellStyle(head);
            }
            int r = 1;
            int comments = 0;
            long leftOut = 0;
            for (ErrorRow e : rows) {
                if (r > MAX_DATA_ROWS) {
                    leftOut++;
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (int i = 0; i < n; i++) {
                    String v = i < e.cells().size() ? e.cells().get(i) : null;
                    var cell = row.createCell(i);
                    cell.setCellValue(safe(v));
                    String message = e.messagesByColumn().get(headers.get(i));
                    if (message != null) {
                        cell.setCellStyle(bad);
                        if (comments >= MAX_COMMENTS) {
                            continue;
                        }
                        comments++;
                        ClientAnchor anchor = factory.createClientAnchor();
                        anchor.setCol1(i);
                        anchor.setCol2(i + 3);
                        anchor.setRow1(row.getRowNum());
                        anchor.setRow2(row.getRowNum() + 3);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(factory.createRichTextString(message));
                        cell.setCellComment(comment);
                    }
                }
                row.createCell(n).setCellValue(e.rowNumber());
                row.createCell(n + 1).setCellValue(safe(e.codes()));
                row.createCell(n + 2).setCellValue(safe(e.messages()));
            }
            if (leftOut > 0) {
                sheet.createRow(r).createCell(0).setCellValue("另有 " + leftOut + " 行超出 Excel 的行数上限未列出，请先改正以上各行后重新上传");
            }
            for (int i = 0; i < n; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.setColumnWidth(n + 2, 60 * 256);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
    public static void csv(List<String> headers, List<List<String>> rows, OutputStream out) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, headers);
        rows.forEach(r -> line(b, r));
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = safe(cells.get(i));
            b.append(i == 0 ? "" : ",");
            if (v != null && (v.contains(",") || v.contains("\"") || v.contains("\n"))) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                b.append(v);
            }
        }
        b.append("\r\n");
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
