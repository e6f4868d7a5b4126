package org.shouwang.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a department's uploaded file (.xlsx or CSV in UTF-8, GBK or GB18030, recognised from its bytes) into feed
 * rows, mapping columns by their header so that order does not matter and extra columns (such as those of a corrected
 * error report) are ignored. A file that cannot be read at all is refused with a 400 and a stable code.
 */
@Component
public class FeedFiles {

    private final Path workDir;

    FeedFiles(@Value("${shouwang.imports.work-dir}") String workDir) {
        this.workDir = Path.of(workDir).toAbsolutePath().normalize();
    }

    public List<FeedInput> read(FeedLayout layout, InputStream content, int maxRows) {
        Path file = null;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, "feed-", ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            RowReader reader = FileFormat.kindOf(file) == FileFormat.Kind.XLSX ? new XlsxRowReader(file) : new CsvRowReader(file);
            List<FeedInput> rows = new ArrayList<>();
            Map<String, Integer> columns = new HashMap<>();
            reader.read(header -> columns.putAll(columns(layout, header)), row -> {
                if (rows.size() >= maxRows) {
                    throw new XlsxRowReader.StopImport(new ImportFailure("TOO_MANY_ROWS",
                            "文件超过单次上限 " + maxRows + " 行，请拆分后分别上传"));
                }
                rows.add(input(row, columns));
            });
            if (rows.isEmpty()) {
                throw new ImportFailure("NO_ROWS", "文件只有表头，没有数据行");
            }
            return rows;
        } catch (ImportFailure e) {
            throw refused(e.code, e.getMessage());
        } catch (XlsxRowReader.StopImport e) {
            throw refused(e.failure.code, e.failure.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static ProblemException refused(String code, String message) {
        HttpStatus status = "TOO_MANY_ROWS".equals(code) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return new ProblemException(status, code, message);
    }

    /** Column key → position in the file; the layout's Chinese header or the key itself names a column. */
    static Map<String, Integer> columns(FeedLayout layout, List<String> header) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (FeedColumn c : layout.columns()) {
                if (normalise(c.header()).equals(h) || c.key().equalsIgnoreCase(h)) {
                    byKey.putIfAbsent(c.key(), i);
                }
            }
        }
        if (byKey.isEmpty()) {
            throw new XlsxRowReader.StopImport(new ImportFailure("WRONG_HEADERS", "文件第一行不是“" + layout.departmentLabel()
                    + "”模板的表头，请下载模板核对（应有：" + String.join("、", layout.headers()) + "）"));
        }
        List<String> missing = layout.columns().stream().filter(c -> c.required() && !byKey.containsKey(c.key()))
                .map(FeedColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new XlsxRowReader.StopImport(new ImportFailure("MISSING_COLUMNS", "表头缺少必填列：" + String.join("、", missing)));
        }
        return byKey;
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replace('(', '（').replace(')', '）').replace("*", "").strip();
    }

    private static FeedInput input(SourceRow row, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        Set<String> formulas = new HashSet<>();
        columns.forEach((key, i) -> {
            if (i < row.cells().size()) {
                values.put(key, row.cells().get(i));
            }
            if (row.formulaCells().contains(i)) {
                formulas.add(key);
            }
        });
        return new FeedInput(row.number(), values, formulas);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the work directory
        }
    }
}
