package ma.hirfa.vae.jury;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ma.hirfa.vae.application.ApplicationView;

/** A jury session with its members and its candidates (each with grid and decision). */
public record JuryView(
        long id,
        String regionCode,
        String craftCode,
        String craftName,
        LocalDate sitsOn,
        String place,
        List<MemberView> members,
        List<ApplicationView> candidates) {

    public record MemberView(
            long id,
            MemberKind memberKind,
            String fullName,
            Long artisanId,
            OffsetDateTime declaredAt,
            int relatives) {}
}
