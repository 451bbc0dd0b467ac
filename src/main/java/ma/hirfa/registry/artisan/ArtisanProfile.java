package ma.hirfa.registry.artisan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules (training, coverage, matching) need to know of an artisan they may see: identity,
 * place, craft and standing in the register. Obtained only through {@link RegisteredArtisans}, which applies
 * the user's region scope.
 */
@NamedInterface("artisans")
public record ArtisanProfile(
        long id,
        String regionCode,
        String provinceCode,
        String communeCode,
        String craftCode,
        ArtisanStatus status,
        Category category,
        Sex sex,
        LocalDate birthDate,
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        String phone,
        String displayName,
        String registrationNumber) {

    public boolean registered() {
        return status == ArtisanStatus.REGISTERED;
    }

    static ArtisanProfile of(Artisan a) {
        ArtisanDetails d = a.details();
        return new ArtisanProfile(
                a.id(),
                a.regionCode(),
                d.provinceCode(),
                d.communeCode(),
                d.craftCode(),
                a.status(),
                d.category(),
                d.sex(),
                d.birthDate(),
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                d.phone(),
                a.displayName(),
                a.registrationNumber());
    }
}
