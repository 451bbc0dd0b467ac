package ma.hirfa.calls;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member of a call's committee: a user (by user name), possibly a registered artisan, with the artisans they
 * declared as relatives (a conflict of interest with those applicants).
 */
record Member(
        long id,
        long callId,
        String username,
        String fullName,
        Long artisanId,
        List<Long> relatives,
        String addedBy,
        OffsetDateTime addedAt) {}
