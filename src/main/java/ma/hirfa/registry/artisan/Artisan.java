package ma.hirfa.registry.artisan;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An artisan's record in the register. The region is derived from the province and drives access. */
@Table("reg_artisan")
record Artisan(
        @Id Long id,
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String regionCode,
        String provinceCode,
        String communeCode,
        String craftCode,
        ArtisanStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    Artisan withDetails(ArtisanDetails d, String region, Instant when, Long expectedVersion) {
        return new Artisan(
                id,
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                d.sex(),
                d.birthDate(),
                d.phone(),
                region,
                d.provinceCode(),
                d.communeCode(),
                d.craftCode(),
                status,
                createdAt,
                when,
                expectedVersion);
    }

    static Artisan draft(ArtisanDetails d, String region, Instant when) {
        return new Artisan(
                null,
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                d.sex(),
                d.birthDate(),
                d.phone(),
                region,
                d.provinceCode(),
                d.communeCode(),
                d.craftCode(),
                ArtisanStatus.DRAFT,
                when,
                when,
                null);
    }

    /** What the audit trail keeps: the personal data, without technical columns. */
    ArtisanDetails details() {
        return new ArtisanDetails(
                nationalId,
                firstNameAr,
                lastNameAr,
                firstNameLat,
                lastNameLat,
                sex,
                birthDate,
                phone,
                provinceCode,
                communeCode,
                craftCode);
    }

    String displayName() {
        String ar = join(firstNameAr, lastNameAr);
        String lat = join(firstNameLat, lastNameLat);
        if (ar.isEmpty()) {
            return lat;
        }
        return lat.isEmpty() ? ar : ar + " — " + lat;
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }
}
