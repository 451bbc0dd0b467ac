package ma.hirfa.matching.scoring;

import java.util.LinkedHashSet;
import java.util.Set;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * The keys under which two records that may be the same person meet, whatever the script or the order of
 * their names: national id ({@code n:}), the id without its last character ({@code i:}) and with its
 * characters sorted ({@code s:}) so that a mistyped last digit or two swapped characters still meet, phone ({@code p:}), each pair of name keys sorted so that a swapped
 * family name meets ({@code t:}), and each name key with the birth date read day-month-order-free so that a
 * typo in the other name or a swapped day and month still meets ({@code d:}), and the
 * province with that birth date ({@code b:}), so that names whose every key differs across scripts still meet.
 */
public final class BlockingKeys {

    /** Receives each key as its parts, so a batch can hash them without building strings. */
    public interface Sink {
        /** {@code second} may be null; {@code date} is {@link PreparedIdentity#NO_DATE} when not part of the key. */
        void key(char kind, String first, String second, int date);
    }

    private BlockingKeys() {}

    public static Set<String> of(PreparedIdentity p) {
        Set<String> keys = new LinkedHashSet<>();
        of(
                p,
                (kind, first, second, date) -> keys.add(kind + ":" + first + (second == null ? "" : "|" + second)
                        + (date == PreparedIdentity.NO_DATE ? "" : "|" + date)));
        return keys;
    }

    public static void of(PreparedIdentity p, Sink sink) {
        String id = p.nationalId();
        if (id != null) {
            sink.key('n', id, null, PreparedIdentity.NO_DATE);
            // one keying slip still meets: the last character mistyped, or two characters swapped
            sink.key('i', id.substring(0, id.length() - 1), null, PreparedIdentity.NO_DATE);
            sink.key('s', sortedCharacters(id), null, PreparedIdentity.NO_DATE);
        }
        if (p.phone() != null) {
            sink.key('p', p.phone(), null, PreparedIdentity.NO_DATE);
        }
        int date = p.birthDate() == PreparedIdentity.NO_DATE ? PreparedIdentity.NO_DATE : orderFreeDate(p);
        if (date != PreparedIdentity.NO_DATE && p.provinceCode() != null) {
            // the same birth date in the same province meets whatever the names' spelling (فاطمة/Fatna)
            sink.key('b', p.provinceCode(), null, date);
        }
        names(p.arabic(), date, sink);
        names(p.latin(), date, sink);
    }

    private static void names(ScriptName name, int date, Sink sink) {
        String[] t = name.skeletons();
        if (t.length == 1) {
            sink.key('t', t[0], null, PreparedIdentity.NO_DATE);
        }
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                int c = t[i].compareTo(t[j]);
                if (c != 0) {
                    sink.key('t', c < 0 ? t[i] : t[j], c < 0 ? t[j] : t[i], PreparedIdentity.NO_DATE);
                }
            }
            if (date != PreparedIdentity.NO_DATE) {
                sink.key('d', t[i], null, date);
            }
        }
    }

    private static String sortedCharacters(String s) {
        char[] c = s.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /** The birth date with day and month in ascending order, so that 1975-03-04 and 1975-04-03 meet. */
    private static int orderFreeDate(PreparedIdentity p) {
        int low = Math.min(p.month(), p.day());
        int high = Math.max(p.month(), p.day());
        return p.year() * 10_000 + low * 100 + high;
    }
}
