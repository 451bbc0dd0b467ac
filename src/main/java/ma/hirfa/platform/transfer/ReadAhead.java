package ma.hirfa.platform.transfer;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, checks and prepares the next batch of a file on a second thread while the caller writes the current one
 * (ADR 0052): validation and encoding are CPU work in Java, writing waits on the database, so the two overlap on
 * a two-core node.
 * The reader is at most one batch ahead, so the heap holds two batches at most. Batches come out in file
 * order; a failure of the reader (a file that cannot be read) comes out after the batches read before it, as
 * if the caller had read the file itself. The reader alone touches the row source and the session's {@code
 * validate}; the caller alone judges and writes.
 */
final class ReadAhead implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);
    private static final Object END = new Object();

    /**
     * Rows read and checked, with the file's ordinal and reading progress at the batch's last row, and what the
     * kind prepared for their commit ({@link ImportSession#prepare}, null when nothing).
     */
    record Batch(List<ImportRunner.Pending> rows, long ordinal, double progress, boolean last, Object prepared) {

        Batch(List<ImportRunner.Pending> rows, long ordinal, double progress, boolean last) {
            this(rows, ordinal, progress, last, null);
        }
    }

    /** The reading loop: hands each batch to {@code out}, the last one (possibly empty) marked last. */
    interface Reader {
        void read(Out out);
    }

    interface Out {
        void put(Batch batch);
    }

    private record Failure(Throwable error) {}

    /** A hand-over, no buffer: the reader checks batch n+1 while n is written, then waits for the writer. */
    private final BlockingQueue<Object> queue = new SynchronousQueue<>();

    private final Thread thread;
    private volatile boolean stopped;

    /** Starts reading at once; {@code before} and {@code after} run on the reader's thread around the reading. */
    ReadAhead(String name, Reader reader, Runnable before, Runnable after) {
        thread = new Thread(
                () -> {
                    before.run();
                    try {
                        reader.read(this::hand);
                        hand(END);
                    } catch (Stopped stop) {
                        // the caller stopped first (crash simulated, lease lost, failure while writing)
                    } catch (Throwable error) {
                        if (!stopped) {
                            hand(new Failure(error));
                        }
                    } finally {
                        after.run();
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private void hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /** The next batch, null after the last; rethrows the reader's failure. */
    Batch next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next batch", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof Failure failure) {
            if (failure.error() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure.error() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure.error());
        }
        return (Batch) item;
    }

    /**
     * Stops the reader and waits for it (it notices within one batch), so that the file is closed after it. No
     * interrupt: the reader may be inside a JDBC call that reads the next chunk of the file.
     */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Import reader {} still running after 30 s", thread.getName());
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("reading stopped", null, false, false);
        }
    }
}
