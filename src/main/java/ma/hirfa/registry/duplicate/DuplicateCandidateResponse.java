package ma.hirfa.registry.duplicate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ma.hirfa.registry.artisan.ArtisanStatus;
import org.springframework.context.MessageSource;

/** A possible duplicate in API answers: the file, its link, the score (0..1) and translated reasons. */
public record DuplicateCandidateResponse(
        long id,
        String href,
        String displayName,
        String nationalId,
        LocalDate birthDate,
        ArtisanStatus status,
        String registrationNumber,
        double score,
        List<Reason> reasons) {

    record Reason(String code, String label) {}

    public static DuplicateCandidateResponse of(DuplicateCandidate c, MessageSource messages, Locale locale) {
        return new DuplicateCandidateResponse(
                c.id(),
                "/api/v1/registry/artisans/" + c.id(),
                c.displayName(),
                c.nationalId(),
                c.birthDate(),
                c.status(),
                c.registrationNumber(),
                Math.round(c.score() * 1000) / 1000.0,
                c.reasons().stream()
                        .map(k -> new Reason(
                                k.substring("matching.reason.".length()), messages.getMessage(k, null, k, locale)))
                        .toList());
    }
}
