package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.platform.Refusal;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static ReadAhead.Batch batch(long ordinal, boolean last) {
        return new ReadAhead.Batch(
                List.of(new ImportRunner.Pending(ordinal, "row " + ordinal, null)), ordinal, 0, last);
    }

    @Test
    void batchesComeOutInFileOrderAndTheReaderRunsOnItsOwnThreadBetweenItsHooks() {
        List<String> threads = new ArrayList<>();
        AtomicInteger hooks = new AtomicInteger();
        List<Long> seen = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(
                "reader",
                out -> {
                    threads.add(Thread.currentThread().getName());
                    for (long i = 1; i <= 50; i++) {
                        out.put(batch(i, i == 50));
                    }
                },
                hooks::incrementAndGet,
                hooks::incrementAndGet)) {
            ReadAhead.Batch b;
            while ((b = ahead.next()) != null) {
                seen.add(b.ordinal());
            }
        }
        assertThat(seen).hasSize(50).isSorted().startsWith(1L).endsWith(50L);
        assertThat(threads).containsExactly("reader");
        assertThat(hooks).hasValue(2);
    }

    @Test
    void aFileThatCannotBeReadFailsAfterTheBatchesReadBeforeIt() {
        try (ReadAhead ahead = new ReadAhead(
                "reader",
                out -> {
                    out.put(batch(1, false));
                    out.put(batch(2, false));
                    throw Refusal.invalid("transfer.file.encoding");
                },
                () -> {},
                () -> {})) {
            assertThat(ahead.next().ordinal()).isEqualTo(1);
            assertThat(ahead.next().ordinal()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void aWriterThatStopsEarlyStopsTheReaderWhichReadsAtMostOneBatchAhead() throws Exception {
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger cleared = new AtomicInteger();
        ReadAhead ahead = new ReadAhead(
                "reader",
                out -> {
                    for (long i = 1; i <= 1_000; i++) {
                        out.put(batch(i, false));
                        handed.incrementAndGet();
                    }
                },
                () -> {},
                cleared::incrementAndGet);
        assertThat(ahead.next().ordinal()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(handed.get())
                .as("one batch taken, the next one waiting to be taken")
                .isLessThanOrEqualTo(1);
        ahead.close();
        assertThat(cleared).as("the reader ended").hasValue(1);
        assertThat(handed.get()).isLessThan(1_000);
    }
}
