package ma.hirfa.registry.identity;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The names of provinces and communes in Arabic and French, as the one box may meet them after a name
 * ("Mohamed Alaoui Zagora", "محمد العلوي زاكورة"), read from {@link ReferenceData}. Kept for a few minutes:
 * the box reads them on every search, and a new nomenclature may wait that long to be understood in it.
 */
@Component
class PlaceNames {

    static final Duration KEPT = Duration.ofMinutes(10);
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’_.,()]+");

    /** A place a name may stand for: a province ({@code communeCode} null) or a commune and its province. */
    record Place(String provinceCode, String regionCode, String communeCode) {}

    /** Every known place by its folded name (several when a name is shared), and the longest name in words. */
    record Dictionary(Map<String, List<Place>> byName, int longest) {

        List<Place> lookUp(String text) {
            return byName.getOrDefault(fold(text), List.of());
        }
    }

    private final ReferenceData reference;
    private final Clock clock;
    private volatile Dictionary dictionary;
    private volatile Instant loadedAt = Instant.MIN;

    PlaceNames(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    Dictionary current() {
        Instant now = clock.instant();
        if (dictionary == null || loadedAt.plus(KEPT).isBefore(now)) {
            dictionary = load();
            loadedAt = now;
        }
        return dictionary;
    }

    private Dictionary load() {
        Map<String, List<Place>> byName = new HashMap<>();
        int longest = 1;
        for (Province p : reference.provinces(null)) {
            Place province = new Place(p.code(), p.regionCode(), null);
            longest = Math.max(longest, add(byName, p.names().fr(), province));
            longest = Math.max(longest, add(byName, p.names().ar(), province));
            for (Commune c : reference.communes(p.code())) {
                Place commune = new Place(p.code(), p.regionCode(), c.code());
                longest = Math.max(longest, add(byName, c.names().fr(), commune));
                longest = Math.max(longest, add(byName, c.names().ar(), commune));
            }
        }
        return new Dictionary(Map.copyOf(byName), longest);
    }

    private static int add(Map<String, List<Place>> byName, String name, Place place) {
        if (name == null || name.isBlank()) {
            return 1;
        }
        byName.computeIfAbsent(fold(name), k -> new ArrayList<>()).add(place);
        return SEPARATORS.split(name.strip()).length;
    }

    /**
     * One spelling for a place name however it is typed: case, accents, harakat and tatweel, the forms of alef
     * and hamza, ta marbuta and alef maqsura folded, and separators dropped ("Er-Rachidia" = "errachidia").
     */
    static String fold(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll("");
        return s.replace('ة', 'ه').replace('ى', 'ي');
    }
}
