package ma.hirfa.registry.artisan;

import ma.hirfa.platform.Language;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.card.CardHolder;
import ma.hirfa.registry.card.ProfessionalCards;
import org.springframework.stereotype.Component;

/** Turns files into views, naming places and crafts in the reader's language. */
@Component
public class ArtisanViews {

    private final ReferenceData reference;
    private final ProfessionalCards cards;

    ArtisanViews(ReferenceData reference, ProfessionalCards cards) {
        this.reference = reference;
        this.cards = cards;
    }

    public ArtisanView of(Artisan a, Language language) {
        ArtisanDetails d = a.details();
        return new ArtisanView(
                a.id(),
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                a.displayName(),
                d.sex(),
                d.birthDate(),
                d.phone(),
                a.regionCode(),
                d.provinceCode(),
                reference.provinceName(d.provinceCode(), language),
                d.communeCode(),
                reference.communeName(d.communeCode(), language),
                d.craftCode(),
                d.craftCode() == null
                        ? null
                        : reference
                                .craft(d.craftCode())
                                .map(Craft::names)
                                .map(n -> n.in(language))
                                .orElse(null),
                d.category(),
                d.qualificationBasis(),
                d.experienceYears(),
                d.taxStatus(),
                d.address(),
                d.workshopAddress(),
                d.otherCraftCodes().stream()
                        .map(code -> reference.craftName(code, language))
                        .toList(),
                a.status(),
                a.registrationNumber(),
                a.registeredOn(),
                a.submittedBy(),
                a.correctionRequested(),
                a.potentialDuplicate(),
                a.registrationNumber() == null ? null : cards.current(a.id()).orElse(null),
                a.version());
    }

    public static CardHolder holder(Artisan a) {
        ArtisanDetails d = a.details();
        return new CardHolder(
                a.id(),
                a.regionCode(),
                a.registrationNumber(),
                join(d.firstNameAr(), d.lastNameAr()),
                join(d.firstNameLat(), d.lastNameLat()),
                d.category().name(),
                d.craftCode());
    }

    private static String join(String first, String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
