package ma.hirfa.matching.scoring;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * The keys under which two records that may be the same person meet, whatever the script or the order of
 * their names: national id, phone, each pair of name keys (sorted, so a swapped family name meets), and each
 * name key with the birth date read day-month-order-free (so a typo in the other name or a swapped day and
 * month still meets).
 */
public final class BlockingKeys {

    private BlockingKeys() {}

    public static Set<String> of(PreparedIdentity p) {
        Set<String> keys = new LinkedHashSet<>();
        if (p.nationalId() != null) {
            keys.add("n:" + p.nationalId());
        }
        if (p.phone() != null) {
            keys.add("p:" + p.phone());
        }
        String date = p.birthDay() == PreparedIdentity.NO_DATE ? null : orderFreeDate(p.birthDay());
        addNameKeys(p.arabic(), date, keys);
        addNameKeys(p.latin(), date, keys);
        return keys;
    }

    private static void addNameKeys(ScriptName name, String date, Set<String> keys) {
        String[] t = name.skeletons();
        if (t.length == 1) {
            keys.add("t:" + t[0]);
        }
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                int c = t[i].compareTo(t[j]);
                if (c != 0) {
                    keys.add("t:" + (c < 0 ? t[i] + "|" + t[j] : t[j] + "|" + t[i]));
                }
            }
            if (date != null) {
                keys.add("d:" + t[i] + "|" + date);
            }
        }
    }

    static String orderFreeDate(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int low = Math.min(d.getMonthValue(), d.getDayOfMonth());
        int high = Math.max(d.getMonthValue(), d.getDayOfMonth());
        return d.getYear() + "-" + low + "-" + high;
    }
}
