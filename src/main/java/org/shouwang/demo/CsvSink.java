package org.shouwang.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** RFC 4180 CSV: UTF-8 with a byte-order mark (so that Excel shows the Chinese), CRLF line ends, quoting as needed. */
final class CsvSink implements AutoCloseable {

    private final Writer out;
    private long rows;

    CsvSink(Path file, List<String> headers) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream stream = Files.newOutputStream(file);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
        write(headers);
        rows = 0;
    }

    /** Writes one row; unchecked so it can be called from a Consumer. */
    void row(List<String> cells) {
        try {
            write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
        rows++;
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
