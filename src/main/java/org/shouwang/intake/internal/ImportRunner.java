package org.shouwang.intake.internal;


import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.UserAccount;
import org.shouwang.access.Users;
import org.shouwang.intake.ImportKind;
import org.shouwang.registry.IncomeRegistrations;
import org.shouwang.registry.Registrations;
import org.shouwang.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs one at a time in the background. A job's file is kept on disk, and every batch is its own
 * transaction of whole households, so after a restart an interrupted job simply runs again from the top:
 * registering is idempotent, and what the first run stored counts as unchanged the second time.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JdbcTemplate jdbc;
    private final Registrations registrations;
    private final IncomeRegistrations incomes;
    private final Users users;
    private final int maxRows;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-runner");
        t.setDaemon(true);
        return t;
    });

    ImportRunner(JdbcTemplate jdbc, Registrations registrations, IncomeRegistrations incomes, Users users,
            @Value("${shouwang.imports.max-rows}") int maxRows) {
        this.maxRows = maxRows;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.incomes = incomes;
        this.users = users;
    }

    public void enqueue(UUID job) {
        executor.submit(() -> run(job));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterrupted() {
        List<UUID> jobs = jdbc.queryForList("update import_job set status = 'QUEUED' where status in ('QUEUED', 'RUNNING') "
                + "returning id", UUID.class);
        if (!jobs.isEmpty()) {
            log.info("Resuming {} import job(s) interrupted by a restart", jobs.size());
        }
        jobs.forEach(this::enqueue);
    }

    /** Runs one job to its end in the calling thread (the benchmark calls this directly). */
    public void run(UUID job) {
        if (jdbc.update("update import_job set status = 'RUNNING', started_at = now(), processed_rows = 0, stored_rows = 0, "
                + "unchanged_rows = 0, error_rows = 0, message = null where id = ? and status = 'QUEUED'", job) == 0) {
            return;
        }
        jdbc.update("delete from import_error where job_id = ?", job);
        Map<String, Object> row = jdbc.queryForMap("select * from import_job where id = ?", job);
        execute(job, row);
        // The upload holds ID numbers and phones: once the job's end is recorded, only its error rows are kept.
        // If recording failed (the server is going down), the file stays so the job can resume after the restart.
        deleteQuietly(Path.of((String) row.get("file_path")));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void execute(UUID job, Map<String, Object> row) {
        Counts counts = new Counts();
        ErrorSink errors = new ErrorSink(jdbc, job);
        try {
            CurrentUser user = userOf((String) row.get("created_by"), ((String) row.get("scope_region")).strip());
            Path file = Path.of((String) row.get("file_path"));
            ImportKind kind = ImportKind.valueOf((String) row.get("kind"));
            RowReader reader = FileFormat.kindOf(file) == FileFormat.Kind.XLSX ? new XlsxRowReader(file) : new CsvRowReader(file);
            int total = reader.countRows();
            if (total > maxRows) {
                throw new ImportFailure("TOO_MANY_ROWS", "文件有 " + total + " 行，超过单次导入上限 " + maxRows + " 行，请按乡镇拆分后分别上传");
            }
            jdbc.update("update import_job set total_rows = ? where id = ?", total, job);
            Runnable progress = () -> jdbc.update("update import_job set processed_rows = ?, stored_rows = ?, unchanged_rows = ?, "
                    + "error_rows = ? where id = ?", counts.processed, counts.stored, counts.unchanged, errors.count(), job);
            String source = "导入 " + row.get("file_name");
            Map<String, Integer> columns = new HashMap<>();
            Runnable[] finish = new Runnable[1];
            java.util.function.Consumer<SourceRow>[] sink = new java.util.function.Consumer[1];
            ReadAhead pipeline = new ReadAhead();
            pipeline.run(() -> {
                reader.read(header -> {
                    columns.putAll(Headers.check(kind, header));
                    jdbc.update("update import_job set header = ? where id = ?", Json.strings(header), job);
                    if (kind == ImportKind.HOUSEHOLDS) {
                        HouseholdImport h = new HouseholdImport(registrations, user, source, columns, errors, counts,
                                progress, pipeline::hand);
                        sink[0] = h::accept;
                        finish[0] = h::finish;
                    } else {
                        // income rows are few per household and cheap to parse: read and written on the reading thread
                        IncomeImport i = new IncomeImport(incomes, user, source, columns, errors, counts, progress);
                        sink[0] = i::accept;
                        finish[0] = i::finish;
                    }
                }, r -> sink[0].accept(r));
                finish[0].run();
            });
            errors.flush();
            jdbc.update("update import_job set status = 'DONE', finished_at = now(), total_rows = ?, processed_rows = ?, "
                    + "stored_rows = ?, unchanged_rows = ?, error_rows = ?, message = ? where id = ?", counts.processed,
                    counts.processed, counts.stored, counts.unchanged, errors.count(),
                    "共 %d 行：入库 %d 行，未变化 %d 行，未入库 %d 行".formatted(counts.processed, counts.stored, counts.unchanged,
                            errors.count()), job);
        } catch (ImportFailure e) {
            fail(job, e.getMessage());
        } catch (XlsxRowReader.StopImport e) {
            fail(job, e.failure.getMessage());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e; // shutting down: leave the job RUNNING so the next start resumes it
            }
            log.error("Import job {} failed", job, e);
            fail(job, "导入过程中出现系统错误，已入库的整户数据保留，请稍后重新上传同一文件继续（重复上传不会产生重复数据）");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("Could not delete the import file {}: {}", file, e.getMessage());
        }
    }

    private void fail(UUID job, String message) {
        jdbc.update("update import_job set status = 'FAILED', finished_at = now(), message = ? where id = ?", message, job);
    }

    private CurrentUser userOf(String username, String scope) throws ImportFailure {
        UserAccount account = users.byUsername(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new ImportFailure("USER_DISABLED", "上传人的账号已停用，导入未执行"));
        return new CurrentUser(account.username(), account.displayName(), account.role(), new RegionCode(scope));
    }

}
