package ma.hirfa.coverage.fund;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IdentitySearch;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;

/**
 * Finds the artisan of a fund row: by national id, then by fund number, and failing both (when the row carries
 * a name) by the identity index of the matching engine within the region, as a proposal only.
 */
final class FundMatcher {

    private final RegisteredArtisans artisans;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final IdentitySearch search;
    private final Set<String> regions;

    FundMatcher(
            RegisteredArtisans artisans,
            CoverageEnrolmentRepository enrolmentRepository,
            IdentitySearch search,
            String region) {
        this.artisans = artisans;
        this.enrolmentRepository = enrolmentRepository;
        this.search = search;
        this.regions = region == null ? null : Set.of(region);
    }

    FundMatch match(String nationalId, String fundNumber, String lastName, String firstName, LocalDate birthDate) {
        if (nationalId != null) {
            Optional<ArtisanSummary> byId = artisans.findByReference(nationalId);
            if (byId.isPresent()) {
                return FundMatch.found(
                        byId.get().id(), "national_id", disagrees(byId.get().id(), lastName, firstName, birthDate));
            }
        }
        if (fundNumber != null) {
            Optional<Long> byFund = enrolmentRepository
                    .enrolmentByFundNumber(fundNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                    .map(Enrolment::artisanId)
                    .filter(id -> artisans.find(id).isPresent());
            if (byFund.isPresent()) {
                return FundMatch.found(
                        byFund.get(), "fund_number", disagrees(byFund.get(), lastName, firstName, birthDate));
            }
        }
        if (lastName == null && firstName == null) {
            return FundMatch.unknown();
        }
        for (IdentityHit hit :
                search.candidates(record(nationalId, lastName, firstName, birthDate), regions, null, 5)) {
            if (artisans.find(hit.artisanId())
                    .filter(ArtisanSummary::registered)
                    .isPresent()) {
                return FundMatch.proposed(hit.artisanId(), hit.score());
            }
        }
        return FundMatch.unknown();
    }

    private boolean disagrees(long artisanId, String lastName, String firstName, LocalDate birthDate) {
        if (lastName == null && firstName == null) {
            return false;
        }
        return artisans.profile(artisanId)
                .map(p -> !IdentityMatching.compare(record(null, lastName, firstName, birthDate), record(p))
                        .candidate())
                .orElse(false);
    }

    private static IdentityRecord record(ArtisanProfile p) {
        return new IdentityRecord(
                String.valueOf(p.id()),
                null,
                p.firstNameAr(),
                p.lastNameAr(),
                p.firstNameLat(),
                p.lastNameLat(),
                p.birthDate(),
                null,
                null);
    }

    /** The fund writes a name in one script; which one is read from its letters. */
    private static IdentityRecord record(String nationalId, String lastName, String firstName, LocalDate birthDate) {
        boolean arabic = (String.valueOf(lastName) + firstName).codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        return arabic
                ? new IdentityRecord("row", nationalId, firstName, lastName, null, null, birthDate, null, null)
                : new IdentityRecord("row", nationalId, null, null, firstName, lastName, birthDate, null, null);
    }
}
