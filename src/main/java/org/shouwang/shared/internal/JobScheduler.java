package org.shouwang.shared.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.shouwang.shared.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link RecurringJob} bean through db-scheduler (ARCHITECTURE.md: jobs survive restarts and never run
 * twice). Started after the rest of the context, stopped first, so a job never runs against a half-built context.
 */
@Component
class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final DataSource dataSource;
    private final List<RecurringJob> jobs;
    private final boolean enabled;
    private final Duration pollingInterval;
    private volatile Scheduler scheduler;

    JobScheduler(DataSource dataSource, List<RecurringJob> jobs,
            @Value("${shouwang.jobs.enabled:true}") boolean enabled,
            @Value("${shouwang.jobs.polling-interval:PT10S}") Duration pollingInterval) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.enabled = enabled;
        this.pollingInterval = pollingInterval;
    }

    static List<RecurringTask<Void>> tasks(List<RecurringJob> jobs, ZoneId zone) {
        Set<String> names = new HashSet<>();
        for (RecurringJob job : jobs) {
            if (!names.add(job.name())) {
                throw new IllegalStateException("Two recurring jobs are named " + job.name());
            }
        }
        return jobs.stream().filter(RecurringJob::enabled)
                .map(job -> Tasks.recurring(job.name(), Schedules.cron(job.cron().strip(), zone))
                        .execute((instance, context) -> run(job)))
                .toList();
    }

    private static void run(RecurringJob job) {
        long started = System.nanoTime();
        try {
            job.work().run();
            log.info("Job {} done in {} ms", job.name(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Logged rather than rethrown: db-scheduler would retry a recurring task on its schedule anyway, and the
            // stack trace here names the job.
            log.error("Job {} failed", job.name(), e);
        }
    }

    @Override
    public void start() {
        List<RecurringTask<Void>> tasks = tasks(jobs, ZoneId.systemDefault());
        if (!enabled || tasks.isEmpty()) {
            log.info("Job scheduler not started ({})", enabled ? "no job switched on" : "shouwang.jobs.enabled=false");
            return;
        }
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(2)
                .pollingInterval(pollingInterval)
                .enableImmediateExecution()
                .build();
        scheduler.start();
        log.info("Job scheduler started: {}", tasks.stream().map(t -> t.getName()).toList());
    }

    @Override
    public void stop() {
        Scheduler s = scheduler;
        if (s != null) {
            s.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
