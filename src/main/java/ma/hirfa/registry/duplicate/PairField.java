package ma.hirfa.registry.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import ma.hirfa.registry.artisan.ArtisanView;

/**
 * One line of the pair screen: a field, its value in each file, and whether the two values contradict each
 * other (both written, not the same), so the reviewer sees at once what sets the two files apart. {@code ltr} marks values written left to right (ids, dates, Latin).
 */
record PairField(String labelKey, String a, String b, boolean ltr, boolean differs) {

    static List<PairField> of(ArtisanView a, ArtisanView b) {
        List<PairField> fields = new ArrayList<>();
        add(fields, "registry.artisan.nameAr", a, b, v -> join(v.firstNameAr(), v.lastNameAr()), false);
        add(fields, "registry.artisan.nameLat", a, b, v -> join(v.firstNameLat(), v.lastNameLat()), true);
        add(fields, "registry.artisan.nationalId", a, b, ArtisanView::nationalId, true);
        add(fields, "registry.artisan.birthDate", a, b, v -> text(v.birthDate()), true);
        add(fields, "registry.artisan.phone", a, b, ArtisanView::phone, true);
        add(fields, "registry.artisan.province", a, b, ArtisanView::province, false);
        add(fields, "registry.artisan.commune", a, b, ArtisanView::commune, false);
        add(fields, "registry.artisan.craft", a, b, ArtisanView::craft, false);
        add(fields, "registry.card.number", a, b, ArtisanView::registrationNumber, true);
        return fields;
    }

    private static void add(
            List<PairField> fields,
            String key,
            ArtisanView a,
            ArtisanView b,
            Function<ArtisanView, String> value,
            boolean ltr) {
        String x = value.apply(a);
        String y = value.apply(b);
        // a value written on one side only (a name in one script) is no contradiction: not highlighted
        String cx = comparable(x);
        String cy = comparable(y);
        fields.add(new PairField(key, x, y, ltr, cx != null && cy != null && !Objects.equals(cx, cy)));
    }

    /** Case and spacing do not make two values different. */
    private static String comparable(String value) {
        return value == null || value.isBlank()
                ? null
                : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String join(String first, String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
