package ma.hirfa.matching.generator;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Synthetic artisan rows for tests and benchmarks, a port of {@code shared/datasets/gen_artisans.py}: names
 * built from paired Arabic/Latin parts with the spellings clerks really use, ~2 % of rows near-duplicates of
 * an earlier person (another Latin spelling, a typo, first and family name swapped, a mistyped national id).
 *
 * <p>The {@link Profile#HARD} profile adds what real registers hold and the original generator does not:
 * rows in one script only, Arabic spelling variants (أ/ا, ة/ه, ى/ي, عبد الله/عبدالله, harakat, tatweel),
 * the family name written first in either script, duplicates without a national id or a birth date or
 * with day and month swapped, another province or the same phone, and namesakes: different people (own id,
 * own birth date) who carry the name of someone already in the list.
 */
public final class ArtisanGenerator {

    public enum Profile {
        /** The rules of gen_artisans.py. */
        STANDARD,
        /** Harder, closer to real legacy lists (see the class comment). */
        HARD,
        /**
         * Two lists each in one script, fields missing, namesakes, each repeat in a category of difficulty
         * recorded in the row ({@link LinkingLists}).
         */
        LINKING
    }

    private static final double DUPLICATE_SHARE = 0.02;
    private static final int RESERVOIR = 200_000;
    private static final long FIRST_BIRTH = LocalDate.of(1945, 1, 1).toEpochDay();
    private static final long BIRTH_SPAN = LocalDate.of(2005, 12, 31).toEpochDay() - FIRST_BIRTH;
    private static final long FIRST_REGISTRATION = LocalDate.of(2019, 1, 1).toEpochDay();
    private static final long REGISTRATION_SPAN = LocalDate.of(2025, 10, 31).toEpochDay() - FIRST_REGISTRATION;

    private final SplittableRandom random;
    private final Profile profile;
    private final Weighted provinces;
    private final Weighted crafts;
    private final Weighted firstNames = new Weighted(NameParts.FIRST_WEIGHT);
    private final Weighted prefixes = new Weighted(NameParts.PREFIX_WEIGHT);
    private final Person[] reservoir = new Person[RESERVOIR];
    private int reservoirSize;
    private final Set<String> usedIds = new HashSet<>();
    private final HardVariants variants;
    private final LinkingLists linking;

    public ArtisanGenerator(long seed, Profile profile) {
        this.random = new SplittableRandom(seed);
        this.profile = profile;
        this.provinces = Weighted.random(NameParts.PROVINCES.length, 30, random);
        this.crafts = Weighted.random(180, 50, random);
        this.variants = new HardVariants(random);
        this.linking = profile == Profile.LINKING ? new LinkingLists(this, random, variants) : null;
    }

    /** A person as first written, kept so that later rows can duplicate or share their name. */
    private record Person(
            long id,
            String nationalId,
            int first,
            String firstLat,
            int prefix,
            int root,
            String lastAr,
            String lastLat,
            LocalDate birthDate,
            String province,
            String phone) {}

    public void generate(long rows, Consumer<GeneratedRow> sink) {
        for (long id = 1; id <= rows; id++) {
            if (linking != null) {
                sink.accept(linking.next(id));
                continue;
            }
            GeneratedRow row = reservoirSize > 0 && random.nextDouble() < DUPLICATE_SHARE
                    ? duplicate(id, reservoir[random.nextInt(reservoirSize)])
                    : original(id);
            if (profile == Profile.HARD) {
                row = variants.oneScriptOnly(row);
            }
            sink.accept(row);
        }
    }

    GeneratedRow original(long id) {
        String nationalId;
        do {
            nationalId = NameParts.ID_LETTERS[random.nextInt(NameParts.ID_LETTERS.length)]
                    + (10_000 + random.nextInt(999_999 - 10_000));
        } while (!usedIds.add(nationalId));
        Person person;
        if (profile == Profile.HARD && reservoirSize > 0 && random.nextDouble() < 0.08) {
            Person namesake = reservoir[random.nextInt(reservoirSize)];
            person = new Person(
                    id,
                    nationalId,
                    namesake.first,
                    namesake.firstLat,
                    namesake.prefix,
                    namesake.root,
                    namesake.lastAr,
                    namesake.lastLat,
                    birthDate(),
                    province(),
                    phone());
        } else {
            int first = firstNames.next(random);
            String[] surname = surname();
            person = new Person(
                    id,
                    nationalId,
                    first,
                    pick(NameParts.FIRST[first]),
                    Integer.parseInt(surname[2]),
                    Integer.parseInt(surname[3]),
                    surname[0],
                    surname[1],
                    birthDate(),
                    province(),
                    phone());
        }
        if (reservoirSize < RESERVOIR) {
            reservoir[reservoirSize++] = person;
        } else {
            reservoir[random.nextInt(RESERVOIR)] = person;
        }
        return new GeneratedRow(
                id,
                person.nationalId,
                NameParts.FIRST[person.first][0],
                person.lastAr,
                person.firstLat,
                person.lastLat,
                person.birthDate,
                person.province,
                craft(),
                person.phone,
                registrationDate(),
                0);
    }

    private GeneratedRow duplicate(long id, Person src) {
        String firstAr = NameParts.FIRST[src.first][0];
        String lastAr = src.lastAr;
        String firstLat = src.firstLat;
        String lastLat = src.lastLat;
        if (random.nextDouble() < 0.6) {
            firstLat = pick(NameParts.FIRST[src.first]);
        }
        if (profile == Profile.HARD && src.root >= 0 && random.nextDouble() < 0.5) {
            lastLat = renderRoot(src.prefix, src.root);
        }
        if (random.nextDouble() < 0.5) {
            lastLat = typo(lastLat);
        }
        if (random.nextDouble() < 0.3) {
            String swap = firstLat;
            firstLat = lastLat;
            lastLat = swap;
        }
        String nationalId = src.nationalId;
        if (random.nextDouble() < 0.5) {
            nationalId = nationalId.substring(0, nationalId.length() - 1) + random.nextInt(10);
        }
        LocalDate birth = src.birthDate;
        String province = src.province;
        String phone = phone();
        if (profile == Profile.HARD) {
            firstAr = variants.arabicSpelling(firstAr);
            lastAr = variants.arabicSpelling(lastAr);
            if (random.nextDouble() < 0.2) {
                String swap = firstAr;
                firstAr = lastAr;
                lastAr = swap;
            }
            if (random.nextDouble() < 0.2) {
                nationalId = null;
            }
            birth = variants.birthDate(birth);
            if (random.nextDouble() < 0.1) {
                province = province();
            }
            if (random.nextDouble() < 0.2) {
                phone = src.phone;
            }
        }
        return new GeneratedRow(
                id,
                nationalId,
                firstAr,
                lastAr,
                firstLat,
                lastLat,
                birth,
                province,
                craft(),
                phone,
                registrationDate(),
                src.id);
    }

    /** Arabic, Latin, prefix index, root index (-1 for a synthetic name). */
    private String[] surname() {
        int prefix = prefixes.next(random);
        if (random.nextDouble() < 0.6) {
            int root = random.nextInt(NameParts.ROOT.length);
            return new String[] {
                NameParts.PREFIX[prefix][0] + NameParts.ROOT[root][0],
                renderRoot(prefix, root),
                String.valueOf(prefix),
                String.valueOf(root)
            };
        }
        StringBuilder ar = new StringBuilder(NameParts.PREFIX[prefix][0]);
        StringBuilder lat = new StringBuilder(pick(NameParts.PREFIX[prefix]));
        for (int s = 0; s < 3; s++) {
            String[] syllable = NameParts.SYLLABLE[random.nextInt(NameParts.SYLLABLE.length)];
            ar.append(syllable[0]);
            lat.append(syllable[1]);
        }
        String[] suffix = NameParts.SUFFIX[random.nextInt(NameParts.SUFFIX.length)];
        ar.append(suffix[0]);
        lat.append(suffix[1]);
        return new String[] {ar.toString(), TitleCase.title(lat.toString().strip()), String.valueOf(prefix), "-1"};
    }

    private String renderRoot(int prefix, int root) {
        String lat = pick(NameParts.PREFIX[prefix]) + pick(NameParts.ROOT[root]);
        return lat.startsWith("Ou") || lat.startsWith("Bou") ? TitleCase.capitalize(lat) : TitleCase.title(lat.strip());
    }

    /** One of the Latin spellings of a name part (the Arabic form is at index 0). */
    private String pick(String[] forms) {
        return forms[1 + random.nextInt(forms.length - 1)];
    }

    /** Another Latin spelling of the row's first name, 6 times out of 10. */
    String firstNameLat(GeneratedRow full) {
        if (random.nextDouble() < 0.6) {
            for (String[] forms : NameParts.FIRST) {
                if (forms[0].equals(full.firstNameAr())) {
                    return pick(forms);
                }
            }
        }
        return full.firstNameLat();
    }

    String typo(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        double op = random.nextDouble();
        if (op < 0.33) {
            return s.substring(0, i) + s.substring(i + 1);
        }
        if (op < 0.66) {
            return s.substring(0, i) + s.charAt(i) + s.substring(i);
        }
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }

    private LocalDate birthDate() {
        return LocalDate.ofEpochDay(FIRST_BIRTH + random.nextLong(BIRTH_SPAN));
    }

    LocalDate registrationDate() {
        return LocalDate.ofEpochDay(FIRST_REGISTRATION + random.nextLong(REGISTRATION_SPAN));
    }

    String province() {
        return NameParts.PROVINCES[provinces.next(random)];
    }

    String craft() {
        return String.format("C%03d", 1 + crafts.next(random));
    }

    String phone() {
        return "0" + (random.nextBoolean() ? '6' : '7') + (10_000_000 + random.nextInt(89_999_999));
    }
}
