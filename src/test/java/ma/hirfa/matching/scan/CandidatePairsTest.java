package ma.hirfa.matching.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate pairs written to disk in sorted runs come back as the in-memory sort gave them: ascending, each
 * once, whatever runs they were written in; the partitions cut from them never split a first record's pairs;
 * the file is gone once the scan closes it.
 */
class CandidatePairsTest {

    @TempDir
    Path dir;

    @Test
    void theFileOfAScanThatDiedIsSweptAwayOnceADayOldAndARunningScansIsKept() throws Exception {
        CandidatePairs running = CandidatePairs.create(dir, 10);
        running.add(42L);
        Path abandoned = java.nio.file.Files.createTempFile(dir, "hirfa-scan-", ".pairs");
        java.nio.file.Files.setLastModifiedTime(
                abandoned,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(30))));
        Path other = java.nio.file.Files.createTempFile(dir, "someone-else-", ".pairs");
        java.nio.file.Files.setLastModifiedTime(other, java.nio.file.Files.getLastModifiedTime(abandoned));

        int deleted = CandidatePairs.forgetAbandoned(dir, java.time.Duration.ofDays(1));

        assertThat(deleted).isEqualTo(1);
        assertThat(abandoned).doesNotExist();
        assertThat(other).exists();
        running.finish();
        try (running) {
            assertThat(running.gathered()).isEqualTo(1);
        }
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).containsExactly(other);
        }
    }

    @Test
    void pairsWrittenInManyRunsComeBackSortedAndEachOnce() {
        Random random = new Random(7);
        TreeSet<Long> expected = new TreeSet<>();
        List<Long> codes = new ArrayList<>();
        try (CandidatePairs pairs = CandidatePairs.create(dir, 37)) {
            for (int i = 0; i < 5000; i++) {
                long code = ((long) random.nextInt(400) << 32) | random.nextInt(3000);
                int times = 1 + random.nextInt(3); // oversized blocks give some pairs more than once
                for (int t = 0; t < times; t++) {
                    pairs.add(code);
                    codes.add(code);
                }
                expected.add(code);
            }
            pairs.finish();

            assertThat(pairs.runs()).isGreaterThan(100);
            assertThat(pairs.gathered()).isEqualTo(codes.size());
            assertThat(read(pairs.cursor())).containsExactlyElementsOf(expected);
            assertThat(read(pairs.cursor())).as("a second read").containsExactlyElementsOf(expected);
            assertThat(dir.toFile().list()).hasSize(1);
        }
        assertThat(dir.toFile().list()).as("the file is deleted on close").isEmpty();
    }

    @Test
    void noPairsGiveAnEmptyCursor() {
        try (CandidatePairs pairs = CandidatePairs.create(dir, 10)) {
            pairs.finish();
            assertThat(pairs.cursor().hasNext()).isFalse();
            assertThat(new ScanPartition.Cuts(pairs.cursor(), 3).next()).isFalse();
        }
    }

    @Test
    void partitionsHoldAboutTheAskedPairsAndNeverSplitAFirstRecord() {
        Random random = new Random(11);
        TreeSet<Long> expected = new TreeSet<>();
        try (CandidatePairs pairs = CandidatePairs.create(dir, 50)) {
            for (int i = 0; i < 2000; i++) {
                long code = ((long) random.nextInt(300) << 32) | random.nextInt(3000);
                pairs.add(code);
                expected.add(code);
            }
            pairs.finish();
            ScanPartition.Cuts cuts = new ScanPartition.Cuts(pairs.cursor(), 10);
            List<Long> all = new ArrayList<>();
            List<int[]> sizes = new ArrayList<>(); // {pairs, pairs before the last first record's}
            long previousLast = -1;
            while (cuts.next()) {
                long first = cuts.codes()[0] >>> 32;
                long last = cuts.codes()[cuts.size() - 1] >>> 32;
                assertThat(first).as("a first record's pairs in one partition").isGreaterThan(previousLast);
                int beforeLast = 0;
                for (int i = 0; i < cuts.size(); i++) {
                    all.add(cuts.codes()[i]);
                    beforeLast += (cuts.codes()[i] >>> 32) == last ? 0 : 1;
                }
                sizes.add(new int[] {cuts.size(), beforeLast});
                previousLast = last;
            }
            assertThat(sizes).hasSizeGreaterThan(100);
            // every partition but the last holds the asked 10 pairs, and more only to finish its last record
            assertThat(sizes.subList(0, sizes.size() - 1))
                    .allSatisfy(s -> assertThat(s[0]).isGreaterThanOrEqualTo(10))
                    .allSatisfy(s -> assertThat(s[1]).isLessThan(10));
            assertThat(all).containsExactlyElementsOf(expected);
        }
    }

    private static List<Long> read(CandidatePairs.Cursor cursor) {
        List<Long> out = new ArrayList<>();
        while (cursor.hasNext()) {
            long peeked = cursor.peek();
            assertThat(cursor.next()).isEqualTo(peeked);
            out.add(peeked);
        }
        return out;
    }
}
