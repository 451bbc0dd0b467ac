package ma.hirfa.platform.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded files live in the database, in 1 MB chunks, so that any node can run or resume the job; reading
 * fetches one chunk at a time, so the heap never holds the file.
 */
@Component
class ImportFiles {

    static final int CHUNK = 1 << 20;

    private final JdbcTemplate jdbc;

    ImportFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(String sha256, long size) {}

    Stored store(long jobId, InputStream upload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DigestInputStream in = new DigestInputStream(upload, sha);
            long size = 0;
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                jdbc.update("insert into imp_file_chunk (job_id, seq, data) values (?, ?, ?)", jobId, seq++, chunk);
                size += chunk.length;
            }
            return new Stored(HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void delete(long jobId) {
        jdbc.update("delete from imp_file_chunk where job_id = ?", jobId);
    }

    InputStream open(long jobId) {
        return new Chunks(jobId);
    }

    private final class Chunks extends InputStream {

        private final long jobId;
        private int next;
        private byte[] current = new byte[0];
        private int position;
        private boolean end;

        Chunks(long jobId) {
            this.jobId = jobId;
        }

        private boolean fill() {
            while (!end && position >= current.length) {
                List<byte[]> found = jdbc.query(
                        "select data from imp_file_chunk where job_id = ? and seq = ?",
                        (rs, i) -> rs.getBytes(1),
                        jobId,
                        next);
                if (found.isEmpty()) {
                    end = true;
                } else {
                    current = found.get(0);
                    position = 0;
                    next++;
                }
            }
            return !end || position < current.length;
        }

        @Override
        public int read() {
            return fill() && position < current.length ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill() || position >= current.length) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
