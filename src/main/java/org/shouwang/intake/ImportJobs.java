package org.shouwang.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.intake.internal.ImportRunner;
import org.shouwang.intake.internal.Workbooks;
import org.shouwang.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Import jobs: accept a file, run it in the background, report progress, hand out the error report. */
@Component
public class ImportJobs {

    private final JdbcTemplate jdbc;
    private final ImportRunner runner;
    private final Path workDir;

    ImportJobs(JdbcTemplate jdbc, ImportRunner runner, @Value("${shouwang.imports.work-dir}") String workDir) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.workDir = Path.of(workDir).toAbsolutePath().normalize();
    }

    /** Stores the upload under the work directory and queues it; {@code run} false leaves it for the caller to run. */
    public ImportJob submit(ImportKind kind, String fileName, InputStream content, CurrentUser user, boolean run) {
        user.require(Permission.IMPORT);
        if (kind == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "KIND_REQUIRED", "请选择导入类型（农户及成员 或 收支情况）");
        }
        UUID id = UUID.randomUUID();
        Path file = workDir.resolve(id + ".upload");
        try {
            Files.createDirectories(workDir);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        jdbc.update("insert into import_job (id, kind, file_name, file_path, status, created_by, scope_region) "
                + "values (?, ?, ?, ?, 'QUEUED', ?, ?)", id, kind.name(), name, file.toString(), user.username(), user.scope().value());
        if (run) {
            runner.enqueue(id);
        }
        return find(id, user);
    }

    /** Runs a queued job in the calling thread (demo loading and benchmarks want the result before going on). */
    public ImportJob runNow(UUID id, CurrentUser user) {
        runner.run(id);
        return find(id, user);
    }

    public ImportJob find(UUID id, CurrentUser user) {
        return jdbc.query("select * from import_job where id = ? and created_by = ?", ImportJobs::map, id, user.username())
                .stream().findFirst().orElseThrow(() -> ProblemException.notFound("该导入任务"));
    }

    public List<ImportJob> recent(CurrentUser user) {
        return jdbc.query("select * from import_job where created_by = ? order by created_at desc limit 20", ImportJobs::map,
                user.username());
    }

    public void writeErrorReport(UUID id, CurrentUser user, OutputStream out) {
        ImportJob job = find(id, user);
        String header = jdbc.queryForObject("select header from import_job where id = ?", String.class, id);
        List<String> headers = header == null ? job.kind().headers()
                : jdbc.queryForList("select jsonb_array_elements_text(?::jsonb)", String.class, header);
        Workbooks.errorReport(headers, errorRows(id), out);
    }

    private static final int REPORT_PAGE = 2_000;

    /**
     * The job's error rows in file order, read a page at a time (keyset on row_no): a file of a million bad rows
     * must not sit in memory at once while its report is written.
     */
    private Iterable<Workbooks.ErrorRow> errorRows(UUID id) {
        return () -> new Iterator<>() {
            private List<Workbooks.ErrorRow> page = List.of();
            private int index;
            private int after = Integer.MIN_VALUE;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = jdbc.query("""
                        select row_no, array(select jsonb_array_elements_text(cells)) as cells,
                               array(select e->>'column' from jsonb_array_elements(errors) e) as columns,
                               array(select e->>'code' from jsonb_array_elements(errors) e) as codes,
                               array(select e->>'message' from jsonb_array_elements(errors) e) as messages
                        from import_error where job_id = ? and row_no > ? order by row_no limit ?""",
                        (rs, n) -> errorRow(rs), id, after, REPORT_PAGE);
                index = 0;
                last = page.size() < REPORT_PAGE;
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).rowNumber();
                }
                return !page.isEmpty();
            }

            @Override
            public Workbooks.ErrorRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    private static Workbooks.ErrorRow errorRow(ResultSet rs) throws SQLException {
        List<String> cells = strings(rs.getArray("cells"));
        List<String> columns = strings(rs.getArray("columns"));
        List<String> codes = strings(rs.getArray("codes"));
        List<String> messages = strings(rs.getArray("messages"));
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byColumn.merge(columns.get(i), messages.get(i), (a, b) -> a + "；" + b);
        }
        return new Workbooks.ErrorRow(rs.getInt("row_no"), cells, byColumn, String.join("; ", codes), String.join("；", messages));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static ImportJob map(ResultSet rs, int n) throws SQLException {
        ImportKind kind = ImportKind.valueOf(rs.getString("kind"));
        ImportJob.Status status = ImportJob.Status.valueOf(rs.getString("status"));
        return new ImportJob(rs.getObject("id", UUID.class), kind, kind.label(), rs.getString("file_name"), status,
                status.label(), (Integer) rs.getObject("total_rows"), rs.getInt("processed_rows"), rs.getInt("stored_rows"),
                rs.getInt("unchanged_rows"), rs.getInt("error_rows"), rs.getString("message"),
                rs.getObject("created_at", java.time.OffsetDateTime.class), rs.getObject("finished_at", java.time.OffsetDateTime.class));
    }
}
