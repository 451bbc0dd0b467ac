package ma.hirfa.matching.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.MatchReason;
import ma.hirfa.matching.MatchScore;

/**
 * Search and duplicate candidates over the inverted index, in three cheap steps: read the artisans holding
 * the pairs of tokens (rare, exact) and, capped, each single token (tolerates a missing or mistyped name);
 * keep the best few hundred by a token score weighted by rarity; re-rank those with
 * {@link IdentityMatching#compare}. No step reads more than a few thousand index rows, whatever the size of
 * the register.
 */
public final class IdentityLookup {

    /** Rows read per single token: enough to find a rare name, bounded for "Mohamed". */
    static final int TOKEN_CAP = 1000;

    static final int PAIR_CAP = 2000;
    static final int RERANK = 120;
    static final int COMPARED = 30;

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{1,2}[0-9]{3,8}|[0-9]{2}-[0-9A-Z-]{4,21}");
    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");

    private final IdentityTable table;

    public IdentityLookup(IdentityTable table) {
        this.table = table;
    }

    /** A name in either script, a national id or a registration number; best first. */
    public List<IdentityHit> search(String q, Set<String> regions, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String compact = q.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (REFERENCE.matcher(compact).matches()) {
            List<IdentityHit> hits = new ArrayList<>();
            for (IndexedIdentity i : table.byReference(compact, regions)) {
                boolean national = compact.equals(i.identity().nationalId());
                hits.add(new IdentityHit(
                        i.artisanId(), 1.0, national ? "NATIONAL_ID" : "REGISTRATION_NUMBER", List.of()));
            }
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        Set<String> tokens = IdentityMatching.queryTokens(q);
        if (tokens.isEmpty()) {
            return List.of();
        }
        IdentityRecord probe = probe(q);
        List<IndexedIdentity> shortlist = shortlist(tokens, regions, null, limit);
        List<IdentityHit> covered = new ArrayList<>();
        Map<Long, IndexedIdentity> byId = new HashMap<>();
        for (IndexedIdentity i : shortlist) {
            Set<String> theirs = IdentityMatching.keys(i.identity()).tokens();
            long common = tokens.stream().filter(theirs::contains).count();
            if (common == 0) {
                continue;
            }
            double coverage = (double) common / tokens.size();
            double extra = theirs.isEmpty() ? 0 : (double) common / theirs.size();
            covered.add(new IdentityHit(i.artisanId(), 0.75 * coverage + 0.25 * extra, "NAME", List.of()));
            byId.put(i.artisanId(), i);
        }
        // the full comparison (reasons, spelling) only for the best few
        List<IdentityHit> hits = new ArrayList<>();
        for (IdentityHit h : best(covered, Math.max(limit, COMPARED))) {
            MatchScore compared =
                    IdentityMatching.compare(probe, byId.get(h.artisanId()).identity());
            double score = 0.7 * h.score() + 0.3 * compared.score();
            hits.add(new IdentityHit(h.artisanId(), Math.min(1, score), "NAME", compared.reasons()));
        }
        return best(hits, limit);
    }

    /** Files that may be the same person as this record, at or above the threshold; best first. */
    public List<IdentityHit> candidates(
            IdentityRecord r, Set<String> regions, Long excluded, int limit, double threshold) {
        Map<Long, IndexedIdentity> pool = new HashMap<>();
        if (r.nationalId() != null && !r.nationalId().isBlank()) {
            table.byReference(r.nationalId(), regions).forEach(i -> pool.put(i.artisanId(), i));
        }
        shortlist(IdentityMatching.keys(r).tokens(), regions, excluded, limit).forEach(i -> pool.put(i.artisanId(), i));
        List<IdentityHit> hits = new ArrayList<>();
        for (IndexedIdentity i : pool.values()) {
            if (excluded != null && excluded == i.artisanId()) {
                continue;
            }
            MatchScore s = IdentityMatching.compare(r, i.identity());
            if (s.samePerson() || s.score() >= threshold) {
                hits.add(new IdentityHit(i.artisanId(), s.score(), "IDENTITY", s.reasons()));
            }
        }
        return best(hits, limit);
    }

    /**
     * The artisans worth comparing: holders of the query's pairs of tokens first; single tokens (capped) only
     * when the pairs found fewer than wanted, e.g. a one-word query, a mistyped word or a missing name.
     */
    private List<IndexedIdentity> shortlist(Set<String> tokens, Set<String> regions, Long excluded, int wanted) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> weight = new HashMap<>();
        for (Long id : table.holdersOfAny(IndexKeys.pairs(tokens), regions, PAIR_CAP)) {
            weight.merge(id, 3.0, Double::sum);
        }
        weight.remove(excluded);
        for (String key : weight.size() >= wanted ? List.<String>of() : IndexKeys.singles(tokens)) {
            List<Long> holders = table.holders(key, regions, TOKEN_CAP);
            double rarity = 1 + Math.log((double) TOKEN_CAP / Math.max(1, holders.size()));
            for (Long id : holders) {
                weight.merge(id, rarity, Double::sum);
            }
        }
        if (excluded != null) {
            weight.remove(excluded);
        }
        List<Long> best = weight.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RERANK)
                .map(Map.Entry::getKey)
                .toList();
        return table.byIds(best);
    }

    /** The typed text as a record to compare with: first word as first name, in the script it is written in. */
    static IdentityRecord probe(String q) {
        String text = q.strip().replaceAll("\\s+", " ");
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        String last = space < 0 ? null : text.substring(space + 1);
        boolean arabic = ARABIC.matcher(text).find();
        return arabic
                ? new IdentityRecord("q", null, first, last, null, null, null, null, null)
                : new IdentityRecord("q", null, null, null, first, last, null, null, null);
    }

    private static List<IdentityHit> best(List<IdentityHit> hits, int limit) {
        Set<Long> seen = new HashSet<>();
        List<IdentityHit> out = new ArrayList<>();
        hits.stream()
                .sorted(Comparator.comparingDouble(IdentityHit::score)
                        .reversed()
                        .thenComparing(h -> !h.reasons().contains(MatchReason.NAME_EQUAL))
                        .thenComparingLong(IdentityHit::artisanId))
                .filter(h -> seen.add(h.artisanId()))
                .limit(limit)
                .forEach(out::add);
        return out;
    }

    static Set<String> regionsOrAll(Set<String> regions) {
        return regions == null ? null : new LinkedHashSet<>(regions);
    }
}
