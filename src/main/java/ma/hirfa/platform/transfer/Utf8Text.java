package ma.hirfa.platform.transfer;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import ma.hirfa.platform.Refusal;

/**
 * Reads a text file that must be UTF-8 (with or without BOM). Refuses, with a clear message, UTF-16 (its BOM),
 * any byte sequence that is not UTF-8 (Windows-1256 or Latin-1 exports), control characters that only binary
 * files hold, and records longer than {@link #MAX_RECORD_CHARS} (a 10 MB cell, or a quote never closed, which
 * would otherwise swallow the rest of the file into memory).
 */
final class Utf8Text {

    static final int MAX_RECORD_CHARS = 1_000_000;

    private Utf8Text() {}

    static Reader open(InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            if (head.length >= 2
                    && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                throw Refusal.invalid("transfer.file.encoding");
            }
            if (head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                in.skipNBytes(3);
            }
            return new Checked(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw Refusal.invalid("transfer.file.unreadable");
        }
    }

    /** Checks characters as they stream by; tracks CSV quotes to know where a record ends. */
    private static final class Checked extends FilterReader {

        private long line = 1;
        private int recordChars;
        private boolean quoted;

        Checked(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) == -1 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                throw Refusal.invalid("transfer.file.encoding", line);
            }
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    line++;
                    if (!quoted) {
                        recordChars = 0;
                        continue;
                    }
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    throw Refusal.invalid("transfer.file.binary", line);
                }
                if (++recordChars > MAX_RECORD_CHARS) {
                    throw Refusal.invalid("transfer.csv.recordTooLong", line);
                }
            }
            return n;
        }
    }
}
