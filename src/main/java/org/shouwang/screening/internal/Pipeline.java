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
    private final Future<?> reading;
    private Future<?> lastWrite;

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
        if (lastWrite != null) {
            lastWrite.get();
        }
        lastWrite = writer.submit(work);
    }

    /** Waits for the last write. */
    void drain() throws Exception {
        if (lastWrite != null) {
            lastWrite.get();
        }
    }

    @Override
    public void close() throws InterruptedException {
        reader.shutdownNow();
        writer.shutdown();
        writer.awaitTermination(1, TimeUnit.MINUTES);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
