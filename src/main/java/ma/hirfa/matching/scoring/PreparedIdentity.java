package ma.hirfa.matching.scoring;

import java.time.LocalDate;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.phonetic.PhoneticNames;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * A record normalised once for many comparisons: national id in upper case without separators, phone in
 * national form (06..., 07..., 05...), birth date as {@code yyyymmdd} ({@link #NO_DATE} when unknown), names
 * per script.
 */
public record PreparedIdentity(
        String nationalId, int birthDate, String provinceCode, String phone, ScriptName arabic, ScriptName latin) {

    public static final int NO_DATE = 0;

    public static PreparedIdentity of(IdentityRecord r) {
        return new PreparedIdentity(
                nationalId(r.nationalId()),
                date(r.birthDate()),
                blankToNull(r.provinceCode()),
                phone(r.phone()),
                PhoneticNames.arabic(r.firstNameAr(), r.lastNameAr()),
                PhoneticNames.latin(r.firstNameLat(), r.lastNameLat()));
    }

    /** As {@link #of(IdentityRecord)}, sharing the normalised names of a batch through {@code cache}. */
    public static PreparedIdentity of(IdentityRecord r, NameCache cache) {
        return new PreparedIdentity(
                nationalId(r.nationalId()),
                date(r.birthDate()),
                blankToNull(r.provinceCode()),
                phone(r.phone()),
                PhoneticNames.arabic(r.firstNameAr(), r.lastNameAr(), cache),
                PhoneticNames.latin(r.firstNameLat(), r.lastNameLat(), cache));
    }

    static int date(LocalDate d) {
        return d == null ? NO_DATE : d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public static String nationalId(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.length() < 3 ? null : out.toString();
    }

    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String d = digits.toString();
        if (d.startsWith("00212")) {
            d = "0" + d.substring(5);
        } else if (d.startsWith("212") && d.length() == 12) {
            d = "0" + d.substring(3);
        }
        return d.length() < 8 ? null : d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean hasName() {
        return !arabic.isEmpty() || !latin.isEmpty();
    }

    int year() {
        return birthDate / 10_000;
    }

    int month() {
        return birthDate / 100 % 100;
    }

    int day() {
        return birthDate % 100;
    }
}
