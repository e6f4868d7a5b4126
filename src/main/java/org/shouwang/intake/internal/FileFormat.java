package org.shouwang.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Recognises what an uploaded file really is from its first bytes, not from its name: officials rename files,
 * and Excel's "CSV" is often GBK. UTF-8 (with or without BOM) is tried strictly first, then GB18030,
 * which is a superset of GBK and GB2312.
 */
final class FileFormat {

    enum Kind { XLSX, CSV }

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 1 << 20;

    private FileFormat() {
    }

    static Kind kindOf(Path file) throws ImportFailure {
        byte[] head = head(file, 8);
        if (head.length == 0) {
            throw new ImportFailure("FILE_EMPTY", "文件为空");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11) {
            throw new ImportFailure("XLS_NOT_SUPPORTED", "这是旧版 Excel (.xls) 文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再上传");
        }
        return Kind.CSV;
    }

    static Charset charsetOf(Path file) throws ImportFailure {
        byte[] sample = head(file, SAMPLE);
        int n = sample.length;
        if (n >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = sample[i] & 0xff;
            if (b == 0) {
                throw new ImportFailure("NOT_TEXT", "文件不是文本格式的 CSV，也不是 .xlsx 表格，无法读取");
            }
            if (b < 0x20 && b != '\r' && b != '\n' && b != '\t') {
                controls++;
            }
        }
        if (controls > n / 100 + 1) {
            throw new ImportFailure("NOT_TEXT", "文件不是文本格式的 CSV，也不是 .xlsx 表格，无法读取");
        }
        // A sample may cut a multi-byte character at its end; drop up to 3 trailing bytes before the strict check.
        for (int cut = 0; cut <= Math.min(3, n); cut++) {
            if (decodes(Arrays.copyOf(sample, n - cut), StandardCharsets.UTF_8)) {
                return StandardCharsets.UTF_8;
            }
            if (n < SAMPLE) {
                break;
            }
        }
        return GB18030;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] head(Path file, int max) throws ImportFailure {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new ImportFailure("FILE_UNREADABLE", "文件无法读取", e);
        }
    }
}
