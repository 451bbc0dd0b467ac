package ma.hirfa.matching.scoring;

import java.util.LinkedHashSet;
import java.util.Set;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * The keys under which two records that may be the same person meet, whatever the script or the order of
 * their names: national id ({@code n:}), phone ({@code p:}), each pair of name keys sorted so that a swapped
 * family name meets ({@code t:}), and each name key with the birth date read day-month-order-free so that a
 * typo in the other name or a swapped day and month still meets ({@code d:}).
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
        if (p.nationalId() != null) {
            sink.key('n', p.nationalId(), null, PreparedIdentity.NO_DATE);
        }
        if (p.phone() != null) {
            sink.key('p', p.phone(), null, PreparedIdentity.NO_DATE);
        }
        int date = p.birthDate() == PreparedIdentity.NO_DATE ? PreparedIdentity.NO_DATE : orderFreeDate(p);
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

    /** The birth date with day and month in ascending order, so that 1975-03-04 and 1975-04-03 meet. */
    private static int orderFreeDate(PreparedIdentity p) {
        int low = Math.min(p.month(), p.day());
        int high = Math.max(p.month(), p.day());
        return p.year() * 10_000 + low * 100 + high;
    }
}
