package ma.hirfa.coverage.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.coverage.file.CoverageStore;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;

/**
 * Finds the artisan of a fund row: by national id, then by fund number, and failing both (when the row carries
 * a name) by the matching engine over the registered artisans of the region, as a proposal only. One matcher
 * serves one file: it keeps the candidates it loaded.
 */
final class FundMatcher {

    private final RegisteredArtisans artisans;
    private final CoverageStore store;
    private final ReferenceData reference;
    private final String region;
    private List<ArtisanProfile> candidates;

    FundMatcher(RegisteredArtisans artisans, CoverageStore store, ReferenceData reference, String region) {
        this.artisans = artisans;
        this.store = store;
        this.reference = reference;
        this.region = region;
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
            Optional<Long> byFund = store.enrolmentByFundNumber(
                            fundNumber.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT))
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
        IdentityRecord row = record("row", nationalId, lastName, firstName, birthDate);
        ArtisanProfile best = null;
        double bestScore = 0;
        for (ArtisanProfile candidate : candidates()) {
            MatchScore score = IdentityMatching.compare(row, record(candidate));
            if (score.candidate() && score.score() > bestScore) {
                best = candidate;
                bestScore = score.score();
            }
        }
        return best == null ? FundMatch.unknown() : FundMatch.proposed(best.id(), bestScore);
    }

    private boolean disagrees(long artisanId, String lastName, String firstName, LocalDate birthDate) {
        if (lastName == null && firstName == null) {
            return false;
        }
        return artisans.profile(artisanId)
                .map(p -> !IdentityMatching.compare(record("row", null, lastName, firstName, birthDate), record(p))
                        .candidate())
                .orElse(false);
    }

    private List<ArtisanProfile> candidates() {
        if (candidates == null) {
            candidates = new ArrayList<>();
            for (Province province : reference.provinces(region)) {
                for (ArtisanSummary a : artisans.registeredIn(province.code())) {
                    artisans.profile(a.id()).ifPresent(candidates::add);
                }
            }
        }
        return candidates;
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

    private static IdentityRecord record(
            String id, String nationalId, String lastName, String firstName, LocalDate birthDate) {
        boolean arabic = (String.valueOf(lastName) + firstName).codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        return arabic
                ? new IdentityRecord(id, nationalId, firstName, lastName, null, null, birthDate, null, null)
                : new IdentityRecord(id, nationalId, null, null, firstName, lastName, birthDate, null, null);
    }
}
