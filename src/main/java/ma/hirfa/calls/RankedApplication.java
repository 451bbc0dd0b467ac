package ma.hirfa.calls;

import java.math.BigDecimal;
import java.util.List;

/**
 * One application in a call's final ranking: its rank (1 first, after the stated tie-break), its weighted score
 * and the applicant's preferences among the offered items, first choice first ({@link OfferedItem#ref()}).
 */
public record RankedApplication(
        long applicationId,
        Applicant applicant,
        String applicantName,
        int rank,
        BigDecimal score,
        List<String> preferences) {}
