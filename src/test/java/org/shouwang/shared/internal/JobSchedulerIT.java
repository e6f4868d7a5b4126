package org.shouwang.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.RecurringJob;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recurring jobs run from the database table, once per execution even with two servers polling it. */
@IntegrationTest
class JobSchedulerIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoServersRunEachExecutionOnceAndTheScheduleIsStored() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        RecurringJob job = new RecurringJob("test.every-second", "* * * * * *", runs::incrementAndGet);
        Scheduler a = server(job);
        Scheduler b = server(job);
        long started = System.nanoTime();
        a.start();
        b.start();
        Thread.sleep(4_000);
        a.stop();
        b.stop();
        double seconds = (System.nanoTime() - started) / 1e9;
        // One execution per second; two servers each running every execution would give about twice as many.
        assertThat(runs.get()).isBetween(2, (int) Math.ceil(seconds) + 1);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'test.every-second'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFailingJobIsLoggedAndRunsAgainAtItsNextTime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Scheduler s = server(new RecurringJob("test.failing", "* * * * * *", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        }));
        s.start();
        Thread.sleep(2_600);
        s.stop();
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void switchedOffJobsAreNotScheduledAndNamesMustBeUnique() {
        Runnable nothing = () -> { };
        assertThat(JobScheduler.tasks(List.of(new RecurringJob("a", "-", nothing), new RecurringJob("b", " ", nothing),
                new RecurringJob("c", null, nothing), new RecurringJob("d", "0 0 1 * * *", nothing)), ZoneId.of("Asia/Shanghai")))
                .extracting(t -> t.getName()).containsExactly("d");
        assertThatThrownBy(() -> JobScheduler.tasks(List.of(new RecurringJob("a", "-", nothing),
                new RecurringJob("a", "0 0 1 * * *", nothing)), ZoneId.systemDefault()))
                .hasMessageContaining("Two recurring jobs are named a");
    }

    private Scheduler server(RecurringJob job) {
        return Scheduler.create(dataSource)
                .startTasks(JobScheduler.tasks(List.of(job), ZoneId.systemDefault()))
                .threads(2)
                .pollingInterval(Duration.ofMillis(200))
                .enableImmediateExecution()
                .build();
    }
}
