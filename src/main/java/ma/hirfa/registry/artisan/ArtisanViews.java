package ma.hirfa.registry.artisan;

import ma.hirfa.platform.Language;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Turns records into views, naming places and crafts in the reader's language. */
@Component
class ArtisanViews {

    private final ReferenceData reference;

    ArtisanViews(ReferenceData reference) {
        this.reference = reference;
    }

    ArtisanView of(Artisan a, Language language) {
        return new ArtisanView(
                a.id(),
                a.nationalId(),
                a.firstNameAr(),
                a.lastNameAr(),
                a.firstNameLat(),
                a.lastNameLat(),
                a.displayName(),
                a.sex(),
                a.birthDate(),
                a.phone(),
                a.regionCode(),
                a.provinceCode(),
                reference
                        .province(a.provinceCode())
                        .map(Province::names)
                        .map(n -> n.in(language))
                        .orElse(null),
                a.communeCode(),
                a.communeCode() == null
                        ? null
                        : reference
                                .commune(a.communeCode())
                                .map(Commune::names)
                                .map(n -> n.in(language))
                                .orElse(null),
                a.craftCode(),
                a.craftCode() == null
                        ? null
                        : reference
                                .craft(a.craftCode())
                                .map(Craft::names)
                                .map(n -> n.in(language))
                                .orElse(null),
                a.status(),
                a.version());
    }

    ArtisanForm form(Artisan a) {
        return new ArtisanForm(
                a.nationalId(),
                a.firstNameAr(),
                a.lastNameAr(),
                a.firstNameLat(),
                a.lastNameLat(),
                a.sex(),
                a.birthDate(),
                a.phone(),
                a.provinceCode(),
                a.communeCode(),
                a.craftCode(),
                a.version());
    }
}
