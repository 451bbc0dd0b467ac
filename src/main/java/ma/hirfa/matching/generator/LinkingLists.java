package ma.hirfa.matching.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The linking profile: two lists merged, each row in one script only (half Arabic, half Latin), fields
 * missing on both sides, 8 % namesakes and 3 % of rows repeating an earlier person at most once. Each repeat
 * is written in one chosen {@link #category difficulty} (what it still shares with its first row), so the
 * benchmark can say per category what is linked and what is missed.
 */
final class LinkingLists {

    static final String BIRTH_DATE = "cross-script-birth-date";
    static final String BIRTH_DATE_SWAPPED = "cross-script-birth-date-day-month-swapped";
    static final String PHONE = "cross-script-phone";
    static final String ID_SLIP = "cross-script-id-slip";
    static final String OTHER_PROVINCE = "cross-script-birth-date-other-province";
    static final String SAME_SCRIPT = "same-script-variants";
    static final String NAME_ONLY = "name-and-province-only";
    static final String NAMESAKE_ELSEWHERE = "namesake-other-province";
    static final String NAMESAKE_SAME_PROVINCE = "namesake-same-province";
    static final String NAMESAKE_SAME_YEAR = "namesake-same-province-same-birth-year";

    private static final String[] CATEGORIES = {
        BIRTH_DATE, BIRTH_DATE_SWAPPED, PHONE, ID_SLIP, OTHER_PROVINCE, SAME_SCRIPT, NAME_ONLY
    };
    private static final int[] CATEGORY_WEIGHT = {60, 16, 44, 20, 1, 42, 1};
    private static final double REPEAT = 0.03;
    private static final double NAMESAKE = 0.08;
    private static final int RESERVOIR = 200_000;

    /** A person as first written ({@code written}) and with the names in both scripts ({@code full}). */
    private record Entry(GeneratedRow full, GeneratedRow written, boolean arabic) {}

    private final ArtisanGenerator people;
    private final SplittableRandom random;
    private final HardVariants variants;
    private final Weighted categories = new Weighted(CATEGORY_WEIGHT);
    private final Entry[] reservoir = new Entry[RESERVOIR];
    private int size;

    LinkingLists(ArtisanGenerator people, SplittableRandom random, HardVariants variants) {
        this.people = people;
        this.random = random;
        this.variants = variants;
    }

    GeneratedRow next(long id) {
        double r = random.nextDouble();
        if (size > 0 && r < REPEAT) {
            int k = random.nextInt(size);
            Entry source = reservoir[k];
            reservoir[k] = reservoir[--size];
            reservoir[size] = null;
            return repeat(id, source);
        }
        GeneratedRow full = people.original(id);
        if (size > 0 && r < REPEAT + NAMESAKE) {
            full = namesake(full, reservoir[random.nextInt(size)].full());
        }
        boolean arabic = random.nextBoolean();
        GeneratedRow written = new GeneratedRow(
                id,
                chance(0.25) ? null : full.nationalId(),
                arabic ? full.firstNameAr() : null,
                arabic ? full.lastNameAr() : null,
                arabic ? null : full.firstNameLat(),
                arabic ? null : full.lastNameLat(),
                chance(0.1) ? null : full.birthDate(),
                full.provinceCode(),
                full.craftCode(),
                chance(0.2) ? null : full.phone(),
                full.registrationDate(),
                0,
                full.category(),
                full.namesakeOf());
        Entry entry = new Entry(full, written, arabic);
        if (size < RESERVOIR) {
            reservoir[size++] = entry;
        } else {
            reservoir[random.nextInt(RESERVOIR)] = entry;
        }
        return written;
    }

    /** A new person (own id, birth date, phone) carrying the name of {@code source}, often in its province. */
    private GeneratedRow namesake(GeneratedRow own, GeneratedRow source) {
        boolean sameProvince = chance(0.6);
        boolean sameYear = sameProvince && chance(0.5);
        LocalDate birth = own.birthDate();
        String category = sameProvince ? NAMESAKE_SAME_PROVINCE : NAMESAKE_ELSEWHERE;
        if (sameYear) {
            category = NAMESAKE_SAME_YEAR;
            do {
                birth = LocalDate.ofYearDay(
                        source.birthDate().getYear(),
                        1 + random.nextInt(source.birthDate().lengthOfYear()));
            } while (birth.equals(source.birthDate()));
        }
        return new GeneratedRow(
                own.id(),
                own.nationalId(),
                source.firstNameAr(),
                source.lastNameAr(),
                source.firstNameLat(),
                source.lastNameLat(),
                birth,
                sameProvince ? source.provinceCode() : own.provinceCode(),
                own.craftCode(),
                own.phone(),
                own.registrationDate(),
                0,
                category,
                source.id());
    }

    private GeneratedRow repeat(long id, Entry source) {
        GeneratedRow w = source.written();
        String category = category(w);
        boolean arabic = category.equals(SAME_SCRIPT) == source.arabic();
        String first =
                arabic ? variants.arabicSpelling(source.full().firstNameAr()) : people.firstNameLat(source.full());
        String last = arabic
                ? variants.arabicSpelling(source.full().lastNameAr())
                : chance(0.4)
                        ? people.typo(source.full().lastNameLat())
                        : source.full().lastNameLat();
        if (chance(arabic ? 0.2 : 0.3)) {
            String swap = first;
            first = last;
            last = swap;
        }
        String nationalId = null;
        LocalDate birth = null;
        String phone = chance(0.5) ? null : people.phone();
        String province = w.provinceCode();
        switch (category) {
            case BIRTH_DATE -> birth = w.birthDate();
            case BIRTH_DATE_SWAPPED ->
                birth = LocalDate.of(
                        w.birthDate().getYear(),
                        w.birthDate().getDayOfMonth(),
                        w.birthDate().getMonthValue());
            case PHONE -> phone = w.phone();
            case ID_SLIP -> nationalId = slip(w.nationalId());
            case OTHER_PROVINCE -> {
                birth = w.birthDate();
                do {
                    province = people.province();
                } while (province.equals(w.provinceCode()));
            }
            case SAME_SCRIPT -> {
                birth = w.birthDate();
                nationalId = w.nationalId() != null && (birth == null || chance(0.5)) ? w.nationalId() : null;
            }
            default -> {}
        }
        return new GeneratedRow(
                id,
                nationalId,
                arabic ? first : null,
                arabic ? last : null,
                arabic ? null : first,
                arabic ? null : last,
                birth,
                province,
                people.craft(),
                phone,
                people.registrationDate(),
                w.id(),
                category,
                0);
    }

    /** The chosen difficulty, or the next one the first row allows (a birth date, a phone, an id to share). */
    private String category(GeneratedRow w) {
        String wanted = CATEGORIES[categories.next(random)];
        LocalDate d = w.birthDate();
        boolean swappable = d != null && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
        return switch (wanted) {
            case BIRTH_DATE_SWAPPED -> swappable ? wanted : fallback(w);
            case BIRTH_DATE, OTHER_PROVINCE -> d != null ? wanted : fallback(w);
            case PHONE -> w.phone() != null ? wanted : fallback(w);
            case ID_SLIP -> w.nationalId() != null ? wanted : fallback(w);
            case SAME_SCRIPT -> d != null || w.nationalId() != null ? wanted : fallback(w);
            default -> wanted;
        };
    }

    private static String fallback(GeneratedRow w) {
        if (w.birthDate() != null) {
            return BIRTH_DATE;
        }
        if (w.phone() != null) {
            return PHONE;
        }
        return w.nationalId() != null ? ID_SLIP : NAME_ONLY;
    }

    /** One keying slip: the last digit replaced, or two neighbouring characters swapped. */
    private String slip(String id) {
        int n = id.length();
        if (chance(0.5)) {
            char last = id.charAt(n - 1);
            char other = (char) ('0' + (last - '0' + 1 + random.nextInt(9)) % 10);
            return id.substring(0, n - 1) + other;
        }
        int i = n - 2 - random.nextInt(Math.min(4, n - 1));
        if (id.charAt(i) == id.charAt(i + 1)) {
            return id.substring(0, n - 1) + (char) ('0' + (id.charAt(n - 1) - '0' + 1) % 10);
        }
        return id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
