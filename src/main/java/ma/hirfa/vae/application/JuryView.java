package ma.hirfa.vae.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A jury session with its members and its candidates (each with grid and decision). */
record JuryView(
        long id,
        String regionCode,
        String craftCode,
        String craftName,
        LocalDate sitsOn,
        String place,
        List<MemberView> members,
        List<ApplicationView> candidates) {

    record MemberView(
            long id,
            MemberKind memberKind,
            String fullName,
            Long artisanId,
            OffsetDateTime declaredAt,
            int relatives) {}
}
