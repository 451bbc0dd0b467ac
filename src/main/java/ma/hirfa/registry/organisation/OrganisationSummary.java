package ma.hirfa.registry.organisation;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules may know of a cooperative or enterprise: enough to link, name and judge eligibility (its
 * status and its members), no personal details.
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
        Set<Long> memberArtisanIds) {

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
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
