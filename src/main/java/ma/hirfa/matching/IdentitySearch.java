package ma.hirfa.matching;

import java.util.List;
import java.util.Set;
import ma.hirfa.matching.index.IdentityLookup;
import ma.hirfa.matching.index.IdentityTable;
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

    /** Below this, two files are not worth a reviewer's time (the engine's own threshold). */
    public static final double CANDIDATE_THRESHOLD = MatchScore.CANDIDATE;

    private final IdentityLookup lookup;

    IdentitySearch(JdbcTemplate jdbc) {
        this.lookup = new IdentityLookup(new IdentityTable(jdbc));
    }

    public List<IdentityHit> search(String q, Set<String> regions, int limit) {
        return regions != null && regions.isEmpty() ? List.of() : lookup.search(q, regions, limit);
    }

    /** Likely duplicates of this record among the files the scope covers, except {@code excluded}. */
    public List<IdentityHit> candidates(IdentityRecord record, Set<String> regions, Long excluded, int limit) {
        return regions != null && regions.isEmpty()
                ? List.of()
                : lookup.candidates(record, regions, excluded, limit, CANDIDATE_THRESHOLD);
    }
}
