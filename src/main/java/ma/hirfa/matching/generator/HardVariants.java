package ma.hirfa.matching.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The alterations of the harder profile: one script only, Arabic spelling variants, birth-date slips. */
final class HardVariants {

    private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652'};
    private static final char TATWEEL = '\u0640';

    private final SplittableRandom random;

    HardVariants(SplittableRandom random) {
        this.random = random;
    }

    /** 40 % of rows keep their names in one script only (half Arabic, half Latin). */
    GeneratedRow oneScriptOnly(GeneratedRow r) {
        if (random.nextDouble() >= 0.4) {
            return r;
        }
        boolean keepArabic = random.nextBoolean();
        return new GeneratedRow(
                r.id(),
                r.nationalId(),
                keepArabic ? r.firstNameAr() : null,
                keepArabic ? r.lastNameAr() : null,
                keepArabic ? null : r.firstNameLat(),
                keepArabic ? null : r.lastNameLat(),
                r.birthDate(),
                r.provinceCode(),
                r.craftCode(),
                r.phone(),
                r.registrationDate(),
                r.duplicateOf());
    }

    String arabicSpelling(String s) {
        String v = s;
        if (chance(0.5)) {
            v = v.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        } else if (v.startsWith("ا") && chance(0.3)) {
            v = "أ" + v.substring(1);
        }
        if (chance(0.4)) {
            v = v.replace('ة', 'ه');
        }
        if (chance(0.3)) {
            v = v.endsWith("ى") ? v.substring(0, v.length() - 1) + "ي" : v;
        }
        if (chance(0.5)) {
            v = v.replace("عبد ", "عبد");
        }
        if (chance(0.3)) {
            v = v.replace("بن ", "بن");
        }
        if (chance(0.2)) {
            v = insertAfterLetter(v, HARAKAT[random.nextInt(HARAKAT.length)]);
        }
        if (chance(0.1)) {
            v = insertAfterLetter(v, TATWEEL);
        }
        return v;
    }

    /** 10 % lose their birth date, 10 % have day and month swapped (when that is still a date). */
    LocalDate birthDate(LocalDate d) {
        double r = random.nextDouble();
        if (r < 0.1) {
            return null;
        }
        if (r < 0.2 && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
            return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        }
        return d;
    }

    private String insertAfterLetter(String s, char mark) {
        if (s.length() < 2) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 1);
        if (s.charAt(i - 1) == ' ' || (i < s.length() && s.charAt(i) == ' ')) {
            return s;
        }
        return s.substring(0, i) + mark + s.substring(i);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
