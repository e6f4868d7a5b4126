package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.intake.internal.ImportRunner;
import org.shouwang.shared.RegionCode;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server restart in the middle of an import: the batches already committed hold whole households, the job is
 * found RUNNING on the next start and runs again from the top, and every household ends up stored exactly once.
 */
@IntegrationTest
class ImportResumeIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportRunner runner;

    final CurrentUser clerk = new CurrentUser("t-clerk1", "t-clerk1", Role.VILLAGE_CLERK, new RegionCode(TestCounty.VILLAGE_1));

    @Test
    void aJobInterruptedByARestartResumesAndStoresEachHouseholdOnce() throws Exception {
        String first = Ids.householdNo();
        String second = Ids.householdNo();
        List<Map<String, String>> firstRows = ImportFiles.family(first, TestCounty.VILLAGE_1);
        List<Map<String, String>> all = new ArrayList<>(firstRows);
        all.addAll(ImportFiles.family(second, TestCounty.VILLAGE_1));

        // what the interrupted run had committed before the restart: its first batch, household one whole
        ImportJob partial = jobs.submit(ImportKind.HOUSEHOLDS, "batch1.csv", new ByteArrayInputStream(ImportFiles.utf8Csv(firstRows)),
                clerk, false);
        assertThat(jobs.runNow(partial.id(), clerk).storedRows()).isEqualTo(3);

        // the job itself, left RUNNING with its file on disk when the server stopped
        ImportJob interrupted = jobs.submit(ImportKind.HOUSEHOLDS, "restart.csv", new ByteArrayInputStream(ImportFiles.utf8Csv(all)),
                clerk, false);
        jdbc.update("update import_job set status = 'RUNNING', processed_rows = 3 where id = ?", interrupted.id());

        runner.resumeInterrupted();
        ImportJob done = awaitEnd(interrupted);

        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.storedRows()).isEqualTo(3);
        assertThat(done.unchangedRows()).isEqualTo(3);
        assertThat(done.errorRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from household where household_no in (?, ?)", Integer.class, first, second))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from member m join household h on h.id = m.household_id "
                + "where h.household_no in (?, ?) and m.removed_at is null", Integer.class, first, second)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from household where household_no in (?, ?) and member_count = 3",
                Integer.class, first, second)).isEqualTo(2);
    }

    private ImportJob awaitEnd(ImportJob job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ImportJob current = jobs.find(job.id(), clerk);
        while (current.status() == ImportJob.Status.QUEUED || current.status() == ImportJob.Status.RUNNING) {
            assertThat(Instant.now()).as("job still running after 60 s").isBefore(deadline);
            Thread.sleep(100);
            current = jobs.find(job.id(), clerk);
        }
        return current;
    }
}
