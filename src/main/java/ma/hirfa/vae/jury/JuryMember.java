package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member of a jury: a professional (usually a registered artisan, {@code artisanId}) or a trainer, who signed
 * a declaration of no conflict of interest and declared their relatives among artisans.
 */
public record JuryMember(
        Long id,
        long juryId,
        MemberKind memberKind,
        String fullName,
        Long artisanId,
        OffsetDateTime declaredAt,
        String declaredBy,
        List<Long> relatives) {}
