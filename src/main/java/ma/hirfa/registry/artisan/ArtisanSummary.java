package ma.hirfa.registry.artisan;

import org.springframework.modulith.NamedInterface;

/** What other parts of the register may know of an artisan: enough to link and name, no personal details. */
@NamedInterface("artisans")
public record ArtisanSummary(
        long id,
        String regionCode,
        String provinceCode,
        ArtisanStatus status,
        String displayName,
        String registrationNumber) {

    public boolean registered() {
        return status == ArtisanStatus.REGISTERED;
    }

    public static ArtisanSummary of(Artisan a) {
        return new ArtisanSummary(
                a.id(),
                a.regionCode(),
                a.details().provinceCode(),
                a.status(),
                a.displayName(),
                a.registrationNumber());
    }
}
