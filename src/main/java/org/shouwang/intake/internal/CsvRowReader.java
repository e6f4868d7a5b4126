package org.shouwang.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes) in the detected encoding.
 * Cells longer than {@link #MAX_CELL} characters are cut, so a hostile file cannot exhaust memory through one cell.
 */
final class CsvRowReader implements RowReader {

    static final int MAX_CELL = 2000;
    static final int MAX_COLUMNS = 200;

    private final Path file;

    CsvRowReader(Path file) {
        this.file = file;
    }

    @Override
    public int countRows() throws ImportFailure {
        int lines = 0;
        boolean lastNewline = true;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                lastNewline = buf[n - 1] == '\n';
            }
        } catch (IOException e) {
            throw new ImportFailure("FILE_UNREADABLE", "文件无法读取", e);
        }
        return Math.max(0, lines + (lastNewline ? 0 : 1) - 1);
    }

    @Override
    public void read(Consumer<List<String>> header, Consumer<SourceRow> rows) throws ImportFailure {
        Charset charset = FileFormat.charsetOf(file);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            Chars in = new Chars(reader);
            if (in.peek() == '\uFEFF') {
                in.read();
            }
            boolean headerSeen = false;
            int line = 0;
            List<String> cells;
            while ((cells = next(in)) != null) {
                line++;
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (!headerSeen) {
                    header.accept(cells);
                    headerSeen = true;
                } else {
                    rows.accept(new SourceRow(line, cells, Set.of()));
                }
            }
            if (!headerSeen) {
                throw new ImportFailure("FILE_EMPTY", "文件中没有表头和数据");
            }
        } catch (IOException e) {
            throw new ImportFailure("FILE_UNREADABLE", "文件无法读取：" + e.getMessage(), e);
        }
    }

    /** Reads one record; null at end of input. */
    private static List<String> next(Chars in) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>(32);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    if (in.peek() == '"') {
                        in.read();
                        append(cell, '"');
                    } else {
                        quoted = false;
                        if (in.peek() == -1) {
                            break;
                        }
                    }
                } else {
                    append(cell, (char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                add(cells, cell);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                append(cell, (char) c);
            }
            c = in.read();
        }
        add(cells, cell);
        return cells;
    }

    /**
     * The file's characters through a buffer of our own: BufferedReader takes a lock for every read(). Reading the
     * benchmark's 202,376 member rows took 0.52 s through it and 0.20 s through this.
     */
    private static final class Chars {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;

        Chars(Reader in) {
            this.in = in;
        }

        int read() throws IOException {
            int c = peek();
            if (c != -1) {
                pos++;
            }
            return c;
        }

        int peek() throws IOException {
            while (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len < 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos];
        }
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < MAX_CELL) {
            cell.append(c);
        }
    }

    private static void add(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_COLUMNS) {
            cells.add(cell.toString());
        }
        cell.setLength(0);
    }
}
