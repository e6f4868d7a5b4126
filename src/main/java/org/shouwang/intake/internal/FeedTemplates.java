package org.shouwang.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;

/**
 * A department's feed template: the 数据 sheet with the declared headers, one example row (a valid but fictional ID
 * number, which comes back as 未匹配 if left in) and drop-downs for enumerated columns; the 填写说明 sheet explains
 * every column. The CSV template carries the same headers and example row.
 */
public final class FeedTemplates {

    /** Valid under GB 11643, with address code 999999, which is never issued, so it matches nobody. */
    static final String EXAMPLE_ID = "999999197003150013";

    private FeedTemplates() {
    }

    public static List<String> example(FeedLayout layout) {
        return layout.columns().stream().map(c -> switch (c.key()) {
            case FeedLayout.NAME -> "张三（示例，请删除本行）";
            case FeedLayout.ID_NUMBER -> EXAMPLE_ID;
            default -> switch (c.type()) {
                case ENUM -> c.values().get(0);
                case DATE -> "2025-03-15";
                case MONEY -> "23456.78";
                case TEXT -> c.required() ? "示例" : "";
            };
        }).toList();
    }

    public static void csv(FeedLayout layout, OutputStream out) {
        Workbooks.csv(layout.headers(), List.of(example(layout)), out);
    }

    public static void xlsx(FeedLayout layout, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet data = wb.createSheet("数据");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row h = data.createRow(0);
            Row ex = data.createRow(1);
            List<String> example = example(layout);
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int i = 0; i < layout.columns().size(); i++) {
                FeedColumn c = layout.columns().get(i);
                h.createCell(i).setCellValue(c.header());
                h.getCell(i).setCellStyle(head);
                data.setColumnWidth(i, Math.max(12, c.header().length() * 3) * 256);
                data.setDefaultColumnStyle(i, text);
                ex.createCell(i).setCellValue(Workbooks.safe(example.get(i)));
                ex.getCell(i).setCellStyle(text);
                if (c.type() == FeedColumn.Type.ENUM) {
                    var rule = validations.createValidation(validations.createExplicitListConstraint(c.values().toArray(String[]::new)),
                            new CellRangeAddressList(1, 10_001, i, i));
                    rule.setShowErrorBox(true);
                    data.addValidationData(rule);
                }
            }
            data.createFreezePane(0, 1);
            Sheet help = wb.createSheet("填写说明");
            String[] titles = {"列名", "是否必填", "类型", "可选值或格式"};
            Row t = help.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                t.createCell(i).setCellValue(titles[i]);
                t.getCell(i).setCellStyle(head);
            }
            for (int r = 0; r < layout.columns().size(); r++) {
                FeedColumn c = layout.columns().get(r);
                Row row = help.createRow(r + 1);
                row.createCell(0).setCellValue(c.header());
                row.createCell(1).setCellValue(c.required() ? "必填" : "选填");
                row.createCell(2).setCellValue(c.type().label());
                row.createCell(3).setCellValue(format(c));
            }
            help.setColumnWidth(0, 22 * 256);
            help.setColumnWidth(3, 60 * 256);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(FeedColumn c) {
        if (c.key().equals(FeedLayout.ID_NUMBER)) {
            return "18位身份证号（末位可为X或x）；15位旧号码会自动升为18位";
        }
        return switch (c.type()) {
            case ENUM -> String.join("、", c.values());
            case DATE -> "如 2025-03-15、2025/3/15 或 2025年3月15日";
            case MONEY -> "单位：元，不能为负数，最多两位小数，如 23456.78";
            case TEXT -> "不超过" + FeedRowCheck.MAX_TEXT + "字";
        };
    }
}
