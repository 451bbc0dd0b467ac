package ma.hirfa.registry.artisan;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** An artisan's file in the register. The region is derived from the province and drives access. */
@Table("reg_artisan")
public record Artisan(
        @Id Long id,
        @Embedded.Empty ArtisanDetails details,
        String regionCode,
        ArtisanStatus status,
        String registrationNumber,
        LocalDate registeredOn,
        String submittedBy,
        boolean potentialDuplicate,
        boolean correctionRequested,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    static Artisan draft(ArtisanDetails details, String region, Instant when) {
        return new Artisan(
                null, details, region, ArtisanStatus.DRAFT, null, null, null, false, false, when, when, null);
    }

    public Artisan withDetails(ArtisanDetails changed, String region, Instant when, Long expectedVersion) {
        return new Artisan(
                id,
                changed,
                region,
                status,
                registrationNumber,
                registeredOn,
                submittedBy,
                potentialDuplicate,
                correctionRequested,
                createdAt,
                when,
                expectedVersion);
    }

    public Artisan withPotentialDuplicate(boolean flagged) {
        return new Artisan(
                id,
                details,
                regionCode,
                status,
                registrationNumber,
                registeredOn,
                submittedBy,
                flagged,
                correctionRequested,
                createdAt,
                updatedAt,
                version);
    }

    public Artisan withCorrectionRequested(boolean requested) {
        return new Artisan(
                id,
                details,
                regionCode,
                status,
                registrationNumber,
                registeredOn,
                submittedBy,
                potentialDuplicate,
                requested,
                createdAt,
                updatedAt,
                version);
    }

    Artisan submitted(String by, Instant when) {
        return new Artisan(
                id,
                details,
                regionCode,
                ArtisanStatus.SUBMITTED,
                registrationNumber,
                registeredOn,
                by,
                potentialDuplicate,
                false,
                createdAt,
                when,
                version);
    }

    public Artisan movedTo(ArtisanStatus next, Instant when) {
        return new Artisan(
                id,
                details,
                regionCode,
                next,
                registrationNumber,
                registeredOn,
                submittedBy,
                potentialDuplicate,
                next == ArtisanStatus.RETURNED || correctionRequested,
                createdAt,
                when,
                version);
    }

    /** Registered for the first time: keeps its number for life, also after suspension and reinstatement. */
    Artisan registered(String number, LocalDate on, Instant when) {
        return new Artisan(
                id,
                details,
                regionCode,
                ArtisanStatus.REGISTERED,
                registrationNumber == null ? number : registrationNumber,
                registeredOn == null ? on : registeredOn,
                submittedBy,
                potentialDuplicate,
                false,
                createdAt,
                when,
                version);
    }

    public String displayName() {
        String ar = join(details.firstNameAr(), details.lastNameAr());
        String lat = join(details.firstNameLat(), details.lastNameLat());
        if (ar.isEmpty()) {
            return lat;
        }
        return lat.isEmpty() ? ar : ar + " — " + lat;
    }

    /** What the audit trail keeps: personal data and registration state, without technical columns. */
    public Snapshot snapshot() {
        return new Snapshot(details, status, registrationNumber, registeredOn);
    }

    record Snapshot(ArtisanDetails details, ArtisanStatus status, String registrationNumber, LocalDate registeredOn) {}

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }
}
