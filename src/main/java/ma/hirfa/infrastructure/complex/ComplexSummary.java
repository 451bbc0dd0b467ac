package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.util.List;
import ma.hirfa.platform.Language;

/**
 * A complex as other features of the module read it (already checked against the reader's region); {@code crafts}
 * are the codes of the crafts it is meant for, none = open to every craft.
 */
public record ComplexSummary(
        long id,
        String regionCode,
        String provinceCode,
        String communeCode,
        String nameAr,
        String nameFr,
        String nameZgh,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        ComplexStatus status,
        int blocks,
        int floors,
        String facilities,
        List<String> crafts) {

    /** Whether an activity of this craft fits the complex: it lists the craft, or lists none. */
    public boolean fits(String craftCode) {
        return crafts.isEmpty() || crafts.contains(craftCode);
    }

    public String name(Language language) {
        return language.pick(nameAr, nameFr, nameZgh);
    }

    /** A link to the position on a map, or null without one; OpenStreetMap needs no key and sets no cookie. */
    public String mapUrl() {
        if (latitude == null || longitude == null) {
            return null;
        }
        return "https://www.openstreetmap.org/?mlat=" + latitude.toPlainString() + "&mlon="
                + longitude.toPlainString() + "#map=16/" + latitude.toPlainString() + "/"
                + longitude.toPlainString();
    }
}
