package ma.hirfa.registry.artisan;

import java.time.Instant;
import java.util.List;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.matching.MatchBand;
import ma.hirfa.matching.MatchReason;

/**
 * One row of the register's list: the file, when it was submitted, and how it matched the search (null
 * percent without a search), told with the same bands as the duplicate screens.
 */
record ArtisanRow(ArtisanView a, Instant submittedAt, Integer percent, MatchBand band, List<MatchReason> reasons) {

    static ArtisanRow of(ArtisanView a, Instant submittedAt, IdentityHit hit) {
        return hit == null
                ? new ArtisanRow(a, submittedAt, null, null, List.of())
                : new ArtisanRow(a, submittedAt, hit.percent(), hit.band(), hit.reasons());
    }

    /** The birth year, to tell namesakes apart at a glance. */
    public Integer birthYear() {
        return a.birthDate() == null ? null : a.birthDate().getYear();
    }
}
