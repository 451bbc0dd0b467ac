package ma.hirfa.matching;

import java.util.List;
import java.util.Set;
import ma.hirfa.matching.index.IdentityLookup;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.matching.index.KeyHolders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked search and duplicate candidates over the identity index, within a set of regions (the caller's
 * scope, which the calling module derives; null means the whole country, an empty set nothing).
 */
@Service
@Transactional(readOnly = true)
public class IdentitySearch {

    /**
     * Entry paths warn from this score, above the engine's {@link MatchScore#CANDIDATE} (0.5), and only when
     * the names agree (or the national ids are equal), so that an agent is interrupted for likely duplicates
     * only, not for a sibling with the same birth date whose national id differs by one digit; the batch scan
     * reports what the engine calls the same person.
     */
    public static final double CANDIDATE_THRESHOLD = 0.7;

    private final IdentityLookup lookup;

    IdentitySearch(JdbcTemplate jdbc) {
        this.lookup = new IdentityLookup(new IdentityTable(jdbc), new KeyHolders(jdbc));
    }

    public List<IdentityHit> search(String q, Set<String> regions, int limit) {
        return search(q, Narrowing.NONE, regions, limit);
    }

    /**
     * A name narrowed by what else was typed with it (birth year, provinces, a piece of the registration
     * number); exact spelling scores above a phonetic match (ADR 0053).
     */
    public List<IdentityHit> search(String q, Narrowing narrowing, Set<String> regions, int limit) {
        return regions != null && regions.isEmpty() ? List.of() : lookup.search(q, narrowing, regions, limit);
    }

    /** Likely duplicates of this record among the files the scope covers, except {@code excluded}. */
    public List<IdentityHit> candidates(IdentityRecord record, Set<String> regions, Long excluded, int limit) {
        if (regions != null && regions.isEmpty()) {
            return List.of();
        }
        return lookup.candidates(record, regions, excluded, limit, CANDIDATE_THRESHOLD).stream()
                .filter(h -> !h.reasons().contains(MatchReason.NAME_DIFFERENT)
                        || h.reasons().contains(MatchReason.NATIONAL_ID_EQUAL))
                .toList();
    }
}
