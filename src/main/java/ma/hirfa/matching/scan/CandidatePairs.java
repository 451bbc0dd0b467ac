package ma.hirfa.matching.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The candidate pairs of a scan, kept in a temporary file rather than on the heap (ADR 0051, point 7). They are
 * gathered in a buffer of {@code runPairs} pair codes which, once full, is sorted and written to the file as
 * one run; a {@link Cursor} merges the runs back in order, each pair once. The heap holds one buffer while the
 * pairs are gathered and a small read buffer per run while they are read back, whatever the number of pairs
 * (about 20 M at 2.5 M artisans: 160 MB of file instead of 160 MB of heap held through the whole scan).
 */
final class CandidatePairs implements AutoCloseable {

    /** Pair codes read at a time from each run. */
    private static final int READ = 4096;

    private final Path file;
    private final FileChannel channel;
    private final List<long[]> runs = new ArrayList<>(); // {first code's index in the file, codes}
    private long[] buffer;
    private int inBuffer;
    private long written;
    private long gathered;

    private CandidatePairs(Path file, int runPairs) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.buffer = new long[Math.max(1, runPairs)];
    }

    /** A new, empty set in a fresh file of {@code dir}, sorted in runs of at most {@code runPairs}. */
    static CandidatePairs create(Path dir, int runPairs) {
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "hirfa-scan-", ".pairs");
            try {
                return new CandidatePairs(file, runPairs);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the files of scans that died without closing theirs (a node killed mid-scan: its successor starts
     * a file of its own) once they are older than {@code age}, longer than any scan writes and reads one; returns
     * how many went. A file of {@code dir} another scan is using is younger.
     */
    static int forgetAbandoned(Path dir, java.time.Duration age) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        java.nio.file.attribute.FileTime before =
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(age));
        int deleted = 0;
        try (var files = Files.newDirectoryStream(dir, "hirfa-scan-*.pairs")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0 && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    /** Adds a pair code (it may come more than once: the cursor gives it once). */
    void add(long code) {
        if (inBuffer == buffer.length) {
            flush();
        }
        buffer[inBuffer++] = code;
        gathered++;
    }

    /** Writes what the buffer still holds and lets it go; nothing may be added after. */
    void finish() {
        flush();
        buffer = null;
    }

    /** Pair codes added, repeats included. */
    long gathered() {
        return gathered;
    }

    /** Runs written to the file. */
    int runs() {
        return runs.size();
    }

    /** Bytes of the file. */
    long bytes() {
        return written * Long.BYTES;
    }

    /** The pairs in ascending order of code, each once; a cursor reads the file and holds only its buffers. */
    Cursor cursor() {
        if (buffer != null) {
            throw new IllegalStateException("finish() before reading");
        }
        return new Cursor();
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        if (inBuffer == 0) {
            return;
        }
        Arrays.sort(buffer, 0, inBuffer); // in place: no second copy of the buffer
        int n = 0;
        for (int i = 0; i < inBuffer; i++) {
            if (n == 0 || buffer[i] != buffer[n - 1]) {
                buffer[n++] = buffer[i];
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate(READ * Long.BYTES);
        try {
            long at = written * Long.BYTES;
            for (int i = 0; i < n; i++) {
                bytes.putLong(buffer[i]);
                if (!bytes.hasRemaining() || i == n - 1) {
                    bytes.flip();
                    while (bytes.hasRemaining()) {
                        at += channel.write(bytes, at);
                    }
                    bytes.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(new long[] {written, n});
        written += n;
        inBuffer = 0;
    }

    /** The runs merged: ascending codes, repeats dropped. */
    final class Cursor {
        private final PriorityQueue<Run> queue = new PriorityQueue<>(Comparator.comparingLong(Run::head));
        private boolean ready;
        private boolean any;
        private long next;

        private Cursor() {
            for (long[] run : runs) {
                Run r = new Run(run[0], run[1]);
                if (r.advance()) {
                    queue.add(r);
                }
            }
            ready = fetch();
        }

        boolean hasNext() {
            return ready;
        }

        /** The next code, without moving on. */
        long peek() {
            return next;
        }

        long next() {
            long code = next;
            ready = fetch();
            return code;
        }

        private boolean fetch() {
            while (!queue.isEmpty()) {
                Run run = queue.poll();
                long code = run.head();
                if (run.advance()) {
                    queue.add(run);
                }
                if (!any || code != next) {
                    any = true;
                    next = code;
                    return true;
                }
            }
            return false;
        }
    }

    /** One sorted run of the file, read a buffer at a time. */
    private final class Run {
        private final ByteBuffer bytes;
        private long at;
        private long remaining;
        private long head;

        Run(long from, long count) {
            this.at = from;
            this.remaining = count;
            this.bytes = ByteBuffer.allocate((int) Math.min(READ, count) * Long.BYTES);
            bytes.flip(); // empty until the first read
        }

        long head() {
            return head;
        }

        boolean advance() {
            if (!bytes.hasRemaining()) {
                if (remaining == 0) {
                    return false;
                }
                int n = (int) Math.min(READ, remaining);
                bytes.clear().limit(n * Long.BYTES);
                try {
                    long position = at * Long.BYTES;
                    while (bytes.hasRemaining()) {
                        int read = channel.read(bytes, position);
                        if (read < 0) {
                            throw new IOException("candidate pairs file cut short: " + file);
                        }
                        position += read;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.flip();
                at += n;
                remaining -= n;
            }
            head = bytes.getLong();
            return true;
        }
    }
}
