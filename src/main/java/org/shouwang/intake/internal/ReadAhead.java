package org.shouwang.intake.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks a file on a second thread while the calling thread writes the batches already read: parsing and
 * validation are Java work and writing is database work, so on a machine with two cores they overlap instead of
 * taking turns. At most two batches wait, which bounds the memory the reading thread can run ahead with.
 */
final class ReadAhead {

    /** The reading, which hands database steps to {@link #hand(Runnable)}. */
    interface Reading {
        void run() throws ImportFailure;
    }

    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> steps = new ArrayBlockingQueue<>(2);
    private volatile Throwable failure;

    /** Called on the reading thread: queues a step for the calling thread, waiting while two are queued. */
    void hand(Runnable step) {
        try {
            steps.put(step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /**
     * Runs the reading on a new thread and the handed steps on this one, in order; a failure on either side stops
     * both and is rethrown here (an {@link ImportFailure} as itself).
     */
    void run(Reading reading) throws ImportFailure {
        Thread reader = new Thread(() -> {
            try {
                reading.run();
            } catch (Cancelled e) {
                return; // the writing side failed and has its own exception to report
            } catch (Throwable t) {
                failure = t;
            }
            try {
                steps.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Runnable step; (step = steps.take()) != END; ) {
                step.run();
            }
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt(); // the runner sees the flag and leaves the job to resume after a restart
            throw new IllegalStateException("import interrupted", e);
        } catch (RuntimeException | Error e) {
            reader.interrupt();
            throw e;
        }
        Throwable t = failure;
        if (t instanceof ImportFailure f) {
            throw f;
        } else if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Thrown on the reading thread when the writing side has stopped. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }
}
