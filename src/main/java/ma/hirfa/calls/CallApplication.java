package ma.hirfa.calls;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An application to a call, with the applicant's preferences among the offered items, first choice first. */
record CallApplication(
        long id,
        long callId,
        Applicant applicant,
        String applicantName,
        String regionCode,
        OffsetDateTime submittedAt,
        String submittedBy,
        BigDecimal revisedScore,
        List<String> preferences) {}
