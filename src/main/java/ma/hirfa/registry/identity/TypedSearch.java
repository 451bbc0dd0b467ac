package ma.hirfa.registry.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hirfa.matching.Narrowing;
import ma.hirfa.registry.identity.PlaceNames.Place;

/**
 * What a user typed in the one box, read as a name plus what narrows it: a birth year ("1978"), a province or
 * commune name in Arabic or French ("Zagora", "زاكورة"), a piece of a registration number ("000123",
 * "401-2024"). A place is taken only when it leaves two name words (so "Mohamed Jorf" stays a name, "Mohamed
 * Alaoui Jorf" is Mohamed Alaoui in Jorf). What is not understood stays in the name.
 */
record TypedSearch(String name, Narrowing narrowing, Set<String> regions, Set<String> communes) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{1,2}[0-9]{3,8}|[0-9]{2}-[0-9A-Z-]{4,21}");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final Pattern NUMBER_PIECE = Pattern.compile("[0-9][0-9-]*[0-9]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Whether anything besides a name was understood. */
    boolean narrows() {
        return !narrowing.isNone() && LETTER.matcher(name).find();
    }

    static TypedSearch read(String q, PlaceNames.Dictionary places, int thisYear) {
        String text = q.strip();
        if (REFERENCE
                .matcher(text.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                .matches()) {
            return new TypedSearch(text, Narrowing.NONE, Set.of(), Set.of());
        }
        Integer year = null;
        String piece = null;
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s,;]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (year == null && YEAR.matcher(word).matches() && Integer.parseInt(word) <= thisYear) {
                year = Integer.parseInt(word);
            } else if (piece == null
                    && word.length() >= 3
                    && NUMBER_PIECE.matcher(word).matches()) {
                piece = word;
            } else {
                words.add(word);
            }
        }
        Set<String> provinces = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        Set<String> communes = new LinkedHashSet<>();
        List<String> name = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int n = Math.min(places.longest(), words.size() - i); n >= 1 && taken == 0; n--) {
                boolean leavesAName = words.size() - n >= 2;
                List<Place> found = leavesAName ? places.lookUp(String.join(" ", words.subList(i, i + n))) : List.of();
                if (!found.isEmpty()) {
                    taken = n;
                    boolean province = found.stream().anyMatch(p -> p.communeCode() == null);
                    for (Place p : found) {
                        if (!province || p.communeCode() == null) {
                            provinces.add(p.provinceCode());
                            regions.add(p.regionCode());
                            if (p.communeCode() != null) {
                                communes.add(p.communeCode());
                            }
                        }
                    }
                }
            }
            if (taken == 0) {
                name.add(words.get(i));
                i++;
            } else {
                i += taken;
            }
        }
        return new TypedSearch(
                String.join(" ", name),
                new Narrowing(year, provinces, piece),
                Set.copyOf(regions),
                Set.copyOf(communes));
    }
}
