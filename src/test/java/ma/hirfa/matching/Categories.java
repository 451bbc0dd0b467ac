package ma.hirfa.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's figures per category of difficulty, for profiles that record one (the linking profile): a
 * pair belongs to the category of its later row; a false pair to the namesake's category when one row carries
 * the name of the other's person, otherwise to "unrelated".
 */
final class Categories {

    private Categories() {}

    static void report(List<MatchPair> pairs, int[] person, String[] category, int[] namesakeOf) {
        int rows = person.length - 1;
        boolean any = false;
        for (int id = 1; id <= rows && !any; id++) {
            any = category[id] != null;
        }
        if (!any) {
            return;
        }
        Map<String, long[]> table = new TreeMap<>(); // expected, found, false
        int[] seen = new int[rows + 1];
        for (int id = 1; id <= rows; id++) {
            int earlier = seen[person[id]]++;
            if (earlier > 0) {
                row(table, category[id])[0] += earlier;
            } else if (category[id] != null) {
                row(table, category[id]);
            }
        }
        for (MatchPair pair : pairs) {
            int a = Integer.parseInt(pair.recordIdA());
            int b = Integer.parseInt(pair.recordIdB());
            if (person[a] == person[b]) {
                row(table, category[Math.max(a, b)])[1]++;
            } else if (namesakeOf[b] != 0 && person[namesakeOf[b]] == person[a]) {
                row(table, category[b])[2]++;
            } else if (namesakeOf[a] != 0 && person[namesakeOf[a]] == person[b]) {
                row(table, category[a])[2]++;
            } else {
                row(table, "unrelated")[2]++;
            }
        }
        System.out.println("  | category | pairs expected | linked | missed | recall | false pairs |");
        System.out.println("  |---|---|---|---|---|---|");
        table.forEach((name, c) -> System.out.printf(
                Locale.ROOT,
                "  | %s | %d | %d | %d | %s | %d |%n",
                name,
                c[0],
                c[1],
                c[0] - c[1],
                c[0] == 0 ? "–" : String.format(Locale.ROOT, "%.4f", (double) c[1] / c[0]),
                c[2]));
    }

    private static long[] row(Map<String, long[]> table, String name) {
        return table.computeIfAbsent(name == null ? "uncategorised" : name, k -> new long[3]);
    }
}
