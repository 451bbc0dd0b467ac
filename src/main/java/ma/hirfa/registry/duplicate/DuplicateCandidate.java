package ma.hirfa.registry.duplicate;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.registry.artisan.ArtisanStatus;

/**
 * A file that may be the same person as the one being entered, as the form and the API show it: who, how
 * close (percent) and the message keys of the reasons ({@code matching.reason.*}).
 */
public record DuplicateCandidate(
        long id,
        String regionCode,
        String displayName,
        String nationalId,
        LocalDate birthDate,
        String provinceCode,
        ArtisanStatus status,
        String registrationNumber,
        double score,
        int percent,
        List<String> reasons) {

    /** How the score is told, as on the search and the review screens. */
    public ma.hirfa.matching.MatchBand band() {
        return ma.hirfa.matching.MatchBand.of(score);
    }
}
