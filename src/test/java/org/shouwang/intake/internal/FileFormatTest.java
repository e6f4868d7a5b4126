package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws Exception {
        Path f = dir.resolve("f" + System.nanoTime());
        Files.write(f, content);
        return f;
    }

    private static final String CHINESE = "户编号,村级区划代码,姓名\r\nA1,349999001001,欧阳建国\r\n";

    @Test
    void utf8WithoutBomIsUtf8() throws Exception {
        assertThat(FileFormat.charsetOf(file(CHINESE.getBytes(StandardCharsets.UTF_8)))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithBomIsUtf8() throws Exception {
        assertThat(FileFormat.charsetOf(file(("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gbkIsReadAsGb18030() throws Exception {
        Charset detected = FileFormat.charsetOf(file(CHINESE.getBytes(Charset.forName("GBK"))));
        assertThat(detected).isEqualTo(FileFormat.GB18030);
        assertThat(new String(CHINESE.getBytes(Charset.forName("GBK")), detected)).isEqualTo(CHINESE);
    }

    @Test
    void gb18030FourByteCharactersAreReadAsGb18030() throws Exception {
        String text = "姓名\r\n𠀀明\r\n"; // U+20000 needs GB18030's four-byte form
        byte[] bytes = text.getBytes(FileFormat.GB18030);
        Charset detected = FileFormat.charsetOf(file(bytes));
        assertThat(detected).isEqualTo(FileFormat.GB18030);
        assertThat(new String(bytes, detected)).isEqualTo(text);
    }

    @Test
    void utf8CharacterCutAtTheEndOfTheSampleIsStillUtf8() throws Exception {
        // more than the 1 MiB sample, with a three-byte character straddling the sample's end
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("姓名\n".getBytes(StandardCharsets.UTF_8));
        while (out.size() < (1 << 20) - 1) {
            out.write('a');
        }
        out.write("汉字\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileFormat.charsetOf(file(out.toByteArray()))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void pureAsciiIsUtf8() throws Exception {
        assertThat(FileFormat.charsetOf(file("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void randomBytesAreNotText() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        assertThatThrownBy(() -> FileFormat.charsetOf(file(noise)))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.code).isEqualTo("NOT_TEXT"));
    }

    @Test
    void zipMagicMeansXlsxWhateverTheName() throws Exception {
        assertThat(FileFormat.kindOf(file(new byte[] {'P', 'K', 3, 4, 1, 2}))).isEqualTo(FileFormat.Kind.XLSX);
        assertThat(FileFormat.kindOf(file(CHINESE.getBytes(StandardCharsets.UTF_8)))).isEqualTo(FileFormat.Kind.CSV);
    }

    @Test
    void oldExcelFileIsRefusedWithAHint() throws Exception {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertThatThrownBy(() -> FileFormat.kindOf(file(ole2))).isInstanceOfSatisfying(ImportFailure.class, f -> {
            assertThat(f.code).isEqualTo("XLS_NOT_SUPPORTED");
            assertThat(f.getMessage()).contains(".xlsx");
        });
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertThatThrownBy(() -> FileFormat.kindOf(file(new byte[0])))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.code).isEqualTo("FILE_EMPTY"));
    }
}
