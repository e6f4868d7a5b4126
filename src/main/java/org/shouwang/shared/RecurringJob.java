package org.shouwang.shared;

import java.util.Objects;

/**
 * Work a module wants done on a schedule (a screening every month, a deadline sweep every night). Declare it as a
 * bean; the scheduler keeps its next execution in the database, so it survives restarts and, with several servers,
 * runs once. A cron of "-" (or blank) switches the job off.
 *
 * @param name a stable name, unique across modules (it is the key of the stored schedule)
 * @param cron Spring's six-field cron, in the server's time zone
 * @param work what to do; an exception is logged and the next execution still happens
 */
public record RecurringJob(String name, String cron, Runnable work) {

    public RecurringJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
    }

    public boolean enabled() {
        return cron != null && !cron.isBlank() && !"-".equals(cron.strip());
    }
}
