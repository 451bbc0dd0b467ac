package ma.hirfa.registry.organisation;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules may know of a cooperative or enterprise: enough to link, name and judge eligibility (its
 * status, its members and its crafts), no personal details.
 */
@NamedInterface("organisations")
public record OrganisationSummary(
        long id,
        String regionCode,
        String provinceCode,
        OrganisationKind kind,
        OrganisationStatus status,
        String nameAr,
        String nameFr,
        String registrationNumber,
        Set<Long> memberArtisanIds,
        List<String> craftCodes) {

    public boolean registered() {
        return status == OrganisationStatus.REGISTERED;
    }

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(
                o.id(),
                o.regionCode(),
                o.details().provinceCode(),
                o.details().kind(),
                o.status(),
                o.details().nameAr(),
                o.details().nameFr(),
                o.registrationNumber(),
                o.members().stream()
                        .map(OrganisationMember::artisanId)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                o.craftCodes());
    }
}
