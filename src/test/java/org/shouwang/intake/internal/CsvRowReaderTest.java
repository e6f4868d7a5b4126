package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    private record Read(List<String> header, List<SourceRow> rows) {
    }

    private Read read(byte[] content) throws Exception {
        Path file = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.write(file, content);
        List<List<String>> header = new ArrayList<>();
        List<SourceRow> rows = new ArrayList<>();
        new CsvRowReader(file).read(header::add, rows::add);
        assertThat(header).hasSize(1);
        return new Read(header.get(0), rows);
    }

    private Read read(String text, Charset charset) throws Exception {
        return read(text.getBytes(charset));
    }

    @Test
    void quotedCellsKeepCommasAndLoseTheirQuotes() throws Exception {
        Read r = read("a,b,c\r\n\"x, y\",\"plain\",z\r\n", StandardCharsets.UTF_8);
        assertThat(r.header()).containsExactly("a", "b", "c");
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).cells()).containsExactly("x, y", "plain", "z");
    }

    @Test
    void doubledQuotesInsideQuotesBecomeOneQuote() throws Exception {
        Read r = read("a,b\n\"他说\"\"你好\"\"\",\"\"\"\"\n", StandardCharsets.UTF_8);
        assertThat(r.rows().get(0).cells()).containsExactly("他说\"你好\"", "\"");
    }

    @Test
    void lineBreakInsideQuotesStaysInTheCell() throws Exception {
        Read r = read("a,b\r\n\"第一行\r\n第二行\",x\r\nnext,y\r\n", StandardCharsets.UTF_8);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(0).cells()).containsExactly("第一行\r\n第二行", "x");
        assertThat(r.rows().get(1).cells()).containsExactly("next", "y");
        // row numbers count records as a spreadsheet shows them: header 1, then 2 and 3
        assertThat(r.rows().get(0).number()).isEqualTo(2);
        assertThat(r.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        byte[] body = "户编号,姓名\n1,张三\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Read r = read(withBom);
        assertThat(r.header().get(0)).isEqualTo("户编号");
        assertThat(r.rows().get(0).cells()).containsExactly("1", "张三");
    }

    @Test
    void gbkFileIsDecodedAsChinese() throws Exception {
        Read r = read("户编号,姓名\r\nA1,欧阳娜娜\r\n", Charset.forName("GBK"));
        assertThat(r.header()).containsExactly("户编号", "姓名");
        assertThat(r.rows().get(0).cells()).containsExactly("A1", "欧阳娜娜");
    }

    @Test
    void blankLinesAreSkippedButKeepTheRowNumbering() throws Exception {
        Read r = read("a,b\n\n,\n1,2\n", StandardCharsets.UTF_8);
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).number()).isEqualTo(4);
    }

    @Test
    void emptyTrailingCellsAreKept() throws Exception {
        Read r = read("a,b,c\n1,,\n", StandardCharsets.UTF_8);
        assertThat(r.rows().get(0).cells()).containsExactly("1", "", "");
    }

    @Test
    void lastLineWithoutNewlineIsRead() throws Exception {
        Read r = read("a,b\n1,2", StandardCharsets.UTF_8);
        assertThat(r.rows().get(0).cells()).containsExactly("1", "2");
    }

    @Test
    void doubledQuoteAcrossTheReadBufferAndAClosingQuoteAtTheEndAreRead() throws Exception {
        // the reader fills a buffer of 65,536 characters: the doubled quote is placed so it is split across two fills
        String head = "a,b\n";
        String pad = "x".repeat((1 << 16) - head.length() - 2);
        Read r = read(head + "\"" + pad + "\"\"y\",2\n\"end\"", StandardCharsets.UTF_8);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(0).cells().get(0)).hasSize(CsvRowReader.MAX_CELL);
        assertThat(r.rows().get(0).cells().get(1)).isEqualTo("2");
        assertThat(r.rows().get(1).cells()).containsExactly("end");
        String near = "a,b\n\"" + "z".repeat((1 << 16) - 7) + "\"\"";
        Read split = read(near + "q\",3\n", StandardCharsets.UTF_8);
        assertThat(split.rows().get(0).cells().get(1)).isEqualTo("3");
    }

    @Test
    void overlongCellIsCutAndTooManyColumnsAreDropped() throws Exception {
        String huge = "x".repeat(CsvRowReader.MAX_CELL * 3);
        String wide = String.join(",", java.util.Collections.nCopies(CsvRowReader.MAX_COLUMNS + 50, "v"));
        Read r = read("a,b\n" + huge + ",b\n" + wide + "\n", StandardCharsets.UTF_8);
        assertThat(r.rows().get(0).cells().get(0)).hasSize(CsvRowReader.MAX_CELL);
        assertThat(r.rows().get(0).cells().get(1)).isEqualTo("b");
        assertThat(r.rows().get(1).cells()).hasSize(CsvRowReader.MAX_COLUMNS);
    }

    @Test
    void unterminatedQuoteDoesNotHangAndKeepsTheText() throws Exception {
        Read r = read("a,b\n\"open,1\n2,3\n", StandardCharsets.UTF_8);
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).cells().get(0)).startsWith("open,1");
    }

    @Test
    void fileWithoutAnyRowFailsAsEmpty() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.write(file, "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new CsvRowReader(file).read(h -> { }, r -> { }))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.code).isEqualTo("FILE_EMPTY"));
    }

    @Test
    void countRowsCountsDataLinesWithOrWithoutFinalNewline() throws IOException, ImportFailure {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "h\n1\n2\n3\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "h\r\n1\r\n2\r\n3");
        assertThat(new CsvRowReader(a).countRows()).isEqualTo(3);
        assertThat(new CsvRowReader(b).countRows()).isEqualTo(3);
    }
}
