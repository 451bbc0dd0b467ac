package ma.hirfa.registry.identity;

import java.util.List;
import ma.hirfa.registry.artisan.ArtisanStatus;

/**
 * One result of the one-box search, as the page and the API show it: the file, how well it matches
 * (0..1), on what (NAME, NATIONAL_ID, REGISTRATION_NUMBER) and the reasons' codes.
 */
public record IdentitySearchResult(
        long id,
        String displayName,
        String nationalId,
        String registrationNumber,
        String provinceCode,
        ArtisanStatus status,
        double score,
        int percent,
        String matchedOn,
        List<String> reasons) {}
