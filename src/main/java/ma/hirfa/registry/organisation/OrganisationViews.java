package ma.hirfa.registry.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Component;

/** Turns organisations into views, naming places, crafts and people in the reader's language. */
@Component
class OrganisationViews {

    private final ReferenceData reference;
    private final RegisteredArtisans artisans;

    OrganisationViews(ReferenceData reference, RegisteredArtisans artisans) {
        this.reference = reference;
        this.artisans = artisans;
    }

    OrganisationView of(Organisation o, Language language) {
        OrganisationDetails d = o.details();
        List<Long> ids = new ArrayList<>(
                o.members().stream().map(OrganisationMember::artisanId).toList());
        if (d.supervisorId() != null) {
            ids.add(d.supervisorId());
        }
        Map<Long, ArtisanSummary> people = artisans.byIds(ids);
        return new OrganisationView(
                o.id(),
                d.kind(),
                d.nameAr(),
                d.nameFr(),
                d.ice(),
                d.tradeRegister(),
                d.addressLine(),
                o.regionCode(),
                d.provinceCode(),
                reference.provinceName(d.provinceCode(), language),
                d.communeCode(),
                reference.communeName(d.communeCode(), language),
                o.craftCodes().stream()
                        .map(code -> new OrganisationView.CraftName(code, reference.craftName(code, language)))
                        .toList(),
                d.supervisorId() == null ? null : person(d.supervisorId(), null, people),
                o.members().stream()
                        .sorted(Comparator.comparing(OrganisationMember::memberRole)
                                .thenComparing(OrganisationMember::artisanId))
                        .map(m -> person(m.artisanId(), m.memberRole(), people))
                        .toList(),
                o.status(),
                o.registrationNumber(),
                o.registeredOn(),
                o.submittedBy(),
                o.version());
    }

    private static OrganisationView.Person person(long id, MemberRole role, Map<Long, ArtisanSummary> people) {
        ArtisanSummary a = people.get(id);
        return new OrganisationView.Person(
                id, a == null ? null : a.displayName(), a == null ? null : a.registrationNumber(), role);
    }
}
