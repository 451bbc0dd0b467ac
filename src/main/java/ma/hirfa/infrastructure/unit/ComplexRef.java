package ma.hirfa.infrastructure.unit;

import java.util.Locale;

/**
 * What units and leases need of their complex (read from {@code infra_complex}, which the complex feature owns):
 * its region for the scope and the holder's eligibility, and its names for pages and contracts.
 */
public record ComplexRef(
        long id, String regionCode, String provinceCode, String nameAr, String nameFr, String nameZgh, String status) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> nameAr;
            case "zgh" -> nameZgh;
            default -> nameFr;
        };
    }
}
