package org.shouwang.screening.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Overlaps the three kinds of work of a run: while one thread evaluates rules over a batch, another reads the next
 * batch from PostgreSQL and a third writes the previous batch's results and clues. On two cores, with PostgreSQL on
 * the same machine, this keeps both busy instead of taking turns. At most two batches wait at each hand-over, so memory
 * stays bounded whatever the county's size.
 */
final class Pipeline<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> loaded = new ArrayBlockingQueue<>(2);
    private final ExecutorService reader = Executors.newSingleThreadExecutor(named("screening-read"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("screening-write"));
    private final ExecutorService secondWriter = Executors.newSingleThreadExecutor(named("screening-write-2"));
    private final Future<?> reading;
    private Future<?> lastWrite;
    private Future<?> lastSecondWrite;

    /** @param source the next batch, or null after the last */
    Pipeline(Supplier<T> source) {
        reading = reader.submit(() -> {
            try {
                for (T batch = source.get(); batch != null; batch = source.get()) {
                    loaded.put(batch);
                }
            } finally {
                loaded.put(END);
            }
            return null;
        });
    }

    /** The next batch read, or null when there are no more (a read failure is thrown here). */
    @SuppressWarnings("unchecked")
    T next() throws Exception {
        Object o = loaded.take();
        if (o == END) {
            reading.get();
            return null;
        }
        return (T) o;
    }

    /** Writes in order on the writer thread; waits for the previous write first, so failures surface promptly. */
    void write(Runnable work) throws Exception {
        write(work, null);
    }

    /**
     * Two writes of one batch that do not depend on each other (results and clue signals go to different tables, on
     * connections of their own), each in order on a writer thread of its own: the larger no longer waits for the other.
     */
    void write(Runnable work, Runnable alongside) throws Exception {
        drain();
        lastWrite = writer.submit(work);
        lastSecondWrite = alongside == null ? null : secondWriter.submit(alongside);
    }

    /** Waits for the last writes. */
    void drain() throws Exception {
        if (lastWrite != null) {
            lastWrite.get();
        }
        if (lastSecondWrite != null) {
            lastSecondWrite.get();
        }
    }

    @Override
    public void close() throws InterruptedException {
        reader.shutdownNow();
        writer.shutdown();
        secondWriter.shutdown();
        writer.awaitTermination(1, TimeUnit.MINUTES);
        secondWriter.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** Daemon threads of one name: a run's threads must not keep the server from stopping. */
    static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
