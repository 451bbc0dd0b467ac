package ma.hirfa.matching;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.matching.generator.ArtisanGenerator;

/**
 * Batch duplicate detection over generated rows: time, precision and recall against the generator's truth
 * (a row and every row that repeats it are one person; every pair inside a person counts). Not a test: run
 * it as described in docs/benchmarks.md, section "Matching".
 *
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ma.hirfa.matching.MatchingBenchmark -Dexec.args="1000000 standard 2"
 * </pre>
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        ArtisanGenerator.Profile profile = args.length > 1
                ? ArtisanGenerator.Profile.valueOf(args[1].toUpperCase(Locale.ROOT))
                : ArtisanGenerator.Profile.STANDARD;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;

        List<IdentityRecord> records = new ArrayList<>(rows);
        int[] person = new int[rows + 1];
        String[] category = new String[rows + 1];
        int[] namesakeOf = new int[rows + 1];
        Map<String, String> shared = new HashMap<>();
        new ArtisanGenerator(seed, profile).generate(rows, row -> {
            int id = (int) row.id();
            person[id] = row.duplicateOf() == 0 ? id : person[(int) row.duplicateOf()];
            category[id] = row.category();
            namesakeOf[id] = (int) row.namesakeOf();
            records.add(new IdentityRecord(
                    Long.toString(row.id()),
                    row.nationalId(),
                    share(shared, row.firstNameAr()),
                    share(shared, row.lastNameAr()),
                    share(shared, row.firstNameLat()),
                    share(shared, row.lastNameLat()),
                    row.birthDate(),
                    share(shared, row.provinceCode()),
                    row.phone()));
        });
        shared.clear();
        long expected = expectedPairs(person, rows);
        System.gc();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Runtime rt = Runtime.getRuntime();
        long heapBefore = rt.totalMemory() - rt.freeMemory();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<MatchPair> pairs = BatchMatcher.pairs(records, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;

        long truePairs = 0;
        List<MatchPair> falsePairs = new ArrayList<>();
        for (MatchPair pair : pairs) {
            if (person[Integer.parseInt(pair.recordIdA())] == person[Integer.parseInt(pair.recordIdB())]) {
                truePairs++;
            } else if (falsePairs.size() < 10) {
                falsePairs.add(pair);
            }
        }
        double precision = pairs.isEmpty() ? 1 : (double) truePairs / pairs.size();
        double recall = expected == 0 ? 1 : (double) truePairs / expected;
        System.out.printf(
                Locale.ROOT,
                "matching benchmark: %d rows, %s profile, %d threads, seed %d%n"
                        + "  batch detection %.1f s wall, %.1f s CPU (load average before: %.1f),"
                        + " %d pairs found, %d expected, %d true%n"
                        + "  precision %.4f, recall %.4f, heap before %d MB, max heap %d MB%n",
                rows,
                profile.name().toLowerCase(Locale.ROOT),
                threads,
                seed,
                seconds,
                cpuSeconds,
                loadBefore,
                pairs.size(),
                expected,
                truePairs,
                precision,
                recall,
                heapBefore >> 20,
                rt.maxMemory() >> 20);
        Categories.report(pairs, person, category, namesakeOf);
        if (System.getProperty("show") != null) {
            Map<String, IdentityRecord> byId = new HashMap<>();
            records.forEach(r -> byId.put(r.recordId(), r));
            for (MatchPair p : falsePairs) {
                System.out.println("  false: " + p.score() + "\n    " + byId.get(p.recordIdA()) + "\n    "
                        + byId.get(p.recordIdB()));
            }
            missed(records, person, category, pairs, Integer.getInteger("show"));
        }
    }

    private static void missed(
            List<IdentityRecord> records, int[] person, String[] category, List<MatchPair> pairs, int max) {
        String only = System.getProperty("category");
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (MatchPair p : pairs) {
            found.add(Long.parseLong(p.recordIdA()) << 32 | Long.parseLong(p.recordIdB()));
        }
        int shown = 0;
        for (int id = 1; id < person.length && shown < max; id++) {
            int root = person[id];
            if (root != id && !found.contains((long) root << 32 | id) && (only == null || only.equals(category[id]))) {
                IdentityRecord a = records.get(root - 1);
                IdentityRecord b = records.get(id - 1);
                System.out.println("  missed (" + category[id] + "): " + IdentityMatching.compare(a, b) + "\n    " + a
                        + "\n    " + b);
                shown++;
            }
        }
    }

    private static long expectedPairs(int[] person, int rows) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int id = 1; id <= rows; id++) {
            if (person[id] != id) {
                sizes.merge(person[id], 1, Integer::sum);
            }
        }
        long pairs = 0;
        for (int extra : sizes.values()) {
            long k = extra + 1L;
            pairs += k * (k - 1) / 2;
        }
        return pairs;
    }

    private static String share(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, x -> x);
    }
}
