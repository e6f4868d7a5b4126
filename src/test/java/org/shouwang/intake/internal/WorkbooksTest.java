package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

    @Test
    void textThatExcelWouldTakeForAFormulaGetsAnApostrophe() {
        assertThat(Workbooks.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(Workbooks.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(Workbooks.safe("+86 138")).isEqualTo("'+86 138");
        assertThat(Workbooks.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(Workbooks.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Workbooks.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(Workbooks.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(Workbooks.safe("张三")).isEqualTo("张三");
        assertThat(Workbooks.safe("a=b")).isEqualTo("a=b");
        assertThat(Workbooks.safe("349999197001011234")).isEqualTo("349999197001011234");
        assertThat(Workbooks.safe("")).isEmpty();
        assertThat(Workbooks.safe(null)).isNull();
    }

    @Test
    void csvCellsAreEscapedToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.csv(List.of("姓名", "备注"), List.of(List.of("=HYPERLINK(\"x\")", "a,b")), out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF姓名,备注\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\",\"a,b\"");
    }

    @Test
    void errorReportKeepsCellsAsTextMarksFaultyCellsAndNeverHoldsAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.errorReport(List.of("姓名", "证件号码"), List.of(new Workbooks.ErrorRow(7, List.of("=cmd|' /C calc'!A0", "123"),
                Map.of("姓名", "姓名只能包含汉字"), "NAME_CHARS", "姓名只能包含汉字")), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("原文件行号");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("错误代码");
            assertThat(head.getCell(4).getStringCellValue()).isEqualTo("错误说明");
            Row row = sheet.getRow(1);
            Cell name = row.getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(name.getCellComment()).isNotNull();
            assertThat(name.getCellComment().getString().getString()).contains("姓名只能包含汉字");
            assertThat(row.getCell(1).getCellComment()).isNull();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("123");
            assertThat((int) row.getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("NAME_CHARS");
        }
    }

    @Test
    void aHugeReportStopsAddingCommentsButStillHighlightsEveryFaultyCell() throws Exception {
        int n = Workbooks.MAX_COMMENTS + 10;
        List<Workbooks.ErrorRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Workbooks.ErrorRow(i + 2, List.of("A1", "x"), Map.of("户编号", "重复"), "HOUSEHOLD_TOO_MANY_MEMBERS", "重复"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.errorReport(List.of("户编号", "姓名"), rows, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(n);
            assertThat(sheet.getRow(1).getCell(0).getCellComment()).isNotNull();
            assertThat(sheet.getRow(Workbooks.MAX_COMMENTS).getCell(0).getCellComment()).isNotNull();
            Cell beyond = sheet.getRow(n).getCell(0);
            assertThat(beyond.getCellComment()).isNull();
            assertThat(beyond.getCellStyle().getFillForegroundColor())
                    .isEqualTo(sheet.getRow(1).getCell(0).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(sheet.getRow(n).getCell(1).getCellStyle().getFillForegroundColor());
            assertThat(sheet.getRow(n).getCell(3).getStringCellValue()).isEqualTo("HOUSEHOLD_TOO_MANY_MEMBERS");
        }
    }
}
