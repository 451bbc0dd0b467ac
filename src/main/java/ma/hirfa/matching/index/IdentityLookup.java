package ma.hirfa.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
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
import ma.hirfa.matching.Narrowing;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.scoring.IdentityScorer;
import ma.hirfa.matching.scoring.PreparedIdentity;

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

    /** Files holding the typed spelling are all compared, up to this many (letters then tell them apart). */
    static final int SPELLED_RERANK = 400;

    static final int COMPARED = 30;

    /** At most this many keys of names one slip away are read for a typed name nobody spells so. */
    static final int NEAR_KEYS = 1200;

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{1,2}[0-9]{3,8}|[0-9]{2}-[0-9A-Z-]{4,21}");
    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");

    private final IdentityTable table;
    private final KeyHolders holders;

    public IdentityLookup(IdentityTable table, KeyHolders holders) {
        this.table = table;
        this.holders = holders;
    }

    /** A name in either script, a national id or a registration number; best first. */
    public List<IdentityHit> search(String q, Set<String> regions, int limit) {
        return search(q, Narrowing.NONE, regions, limit);
    }

    /**
     * As {@link #search(String, Set, int)}, among the artisans the narrowing allows. The score of a name weighs
     * three things: the share of the typed phonetic tokens the file holds (it sounds the same, in either
     * script), the engine's comparison of the names, and the share of the typed words the file spells exactly
     * so, in the same script ({@link Spelling}): among files that sound the same, the one spelled as typed
     * scores higher (ADR 0053).
     */
    public List<IdentityHit> search(String q, Narrowing narrowing, Set<String> regions, int limit) {
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
        Spelling typed = Spelling.ofQuery(q.replaceAll("\\S*\\d\\S*", " "));
        IdentityRecord probe = probe(q);
        List<IndexedIdentity> shortlist = shortlist(tokens, typed, regions, narrowing, null, limit);
        List<Ranked> covered = new ArrayList<>();
        NameCache cache = new NameCache();
        // the holders of a shortlist share their names (that is why they are on it): spell each name once
        Map<List<String>, Spelling> spelled = new HashMap<>();
        for (IndexedIdentity i : shortlist) {
            IdentityRecord r = i.identity();
            Spelling theirs = spelled.computeIfAbsent(
                    Arrays.asList(r.firstNameLat(), r.lastNameLat(), r.firstNameAr(), r.lastNameAr()),
                    names -> Spelling.of(r, cache));
            Set<String> held = theirs.tokens();
            long common = tokens.stream()
                    .filter(t -> held.contains(t) || typed.nearlyHolds(t, theirs))
                    .count();
            if (common == 0) {
                continue;
            }
            double sounds = (double) common / tokens.size();
            covered.add(new Ranked(i, sounds, typed.share(theirs), typed.literally(theirs)));
        }
        // the full comparison (reasons) only for the best few
        covered.sort(Comparator.comparingDouble((Ranked r) -> r.score(1.0))
                .reversed()
                .thenComparingLong(r -> r.identity().artisanId()));
        PreparedIdentity asked = PreparedIdentity.of(probe, cache);
        List<IdentityHit> hits = new ArrayList<>();
        for (Ranked r : covered.subList(0, Math.min(covered.size(), Math.max(limit, COMPARED)))) {
            MatchScore compared =
                    IdentityScorer.score(asked, PreparedIdentity.of(r.identity().identity(), cache));
            hits.add(new IdentityHit(
                    r.identity().artisanId(), r.score(compared.score()), "NAME", reasons(compared.reasons(), r)));
        }
        return best(hits, limit);
    }

    /**
     * A shortlisted file: how much of the typed name it holds phonetically ({@code sounds}, a word with one slip
     * counting as held), as spelled ({@code spelled}) and whether it is written letter for letter as typed
     * ({@code literal}: 1, ½ one slip away). Exact spelling weighs 0.14 on top of 0.85 for sound (and a little for
     * the engine's comparison): a file spelled word for word as typed scores above one that only sounds the same,
     * and a Latin query still finds an Arabic-only file with a probable score (0.77 to 0.85); among files spelled
     * alike, the one written exactly as typed ("Ait-Taheri", not "Aït Taheri") comes first (0.01).
     */
    private record Ranked(IndexedIdentity identity, double sounds, double spelled, double literal) {

        double score(double compared) {
            return Math.min(1, 0.85 * (0.9 * sounds + 0.1 * compared) + 0.14 * spelled + 0.01 * literal);
        }
    }

    /**
     * The engine compares phonetic keys: a slip that changes a key ("Cheraoui" for "Cherkaoui") makes it judge
     * the names different, and the register drops such hits. A file spelling every typed word as typed or one
     * slip away is a similar name to whoever typed it.
     */
    private static List<MatchReason> reasons(List<MatchReason> compared, Ranked r) {
        if (!compared.contains(MatchReason.NAME_DIFFERENT) || r.spelled() < 0.85 || r.sounds() < 1) {
            return compared;
        }
        List<MatchReason> out = new ArrayList<>(compared);
        out.set(out.indexOf(MatchReason.NAME_DIFFERENT), MatchReason.NAME_SIMILAR);
        return out;
    }

    /** Files that may be the same person as this record, at or above the threshold; best first. */
    public List<IdentityHit> candidates(
            IdentityRecord r, Set<String> regions, Long excluded, int limit, double threshold) {
        Map<Long, IndexedIdentity> pool = new HashMap<>();
        if (r.nationalId() != null && !r.nationalId().isBlank()) {
            table.byReference(r.nationalId(), regions).forEach(i -> pool.put(i.artisanId(), i));
        }
        shortlist(IdentityMatching.keys(r).tokens(), null, regions, Narrowing.NONE, excluded, limit)
                .forEach(i -> pool.put(i.artisanId(), i));
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
     * The artisans worth comparing: holders of the typed words as spelled first (rarest, weighed highest), then
     * holders of the query's pairs of phonetic tokens, in one round trip; when nobody spells the typed Latin
     * words so, the holders of the names one slip away (a typo); single tokens (capped, one round trip) only when
     * all these found fewer than wanted, e.g. a one-word query or a missing name.
     */
    private List<IndexedIdentity> shortlist(
            Set<String> tokens, Spelling typed, Set<String> regions, Narrowing narrowing, Long excluded, int wanted) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> weight = new HashMap<>();
        List<String> spelled = typed == null ? List.of() : List.copyOf(typed.keys());
        Set<Long> spelledBy = new HashSet<>();
        for (long[] row : holders.holdersByGroup(
                List.of(spelled, IndexKeys.pairs(tokens)), List.of(PAIR_CAP, PAIR_CAP), true, regions, narrowing)) {
            weight.merge(row[1], row[0] == 0 ? 6.0 : 3.0, Double::sum);
            if (row[0] == 0) {
                spelledBy.add(row[1]);
            }
        }
        if (spelledBy.isEmpty() && typed != null) {
            List<String> near = List.copyOf(typed.nearKeys(NEAR_KEYS));
            for (Long id :
                    near.isEmpty() ? List.<Long>of() : holders.holdersOfAny(near, regions, narrowing, PAIR_CAP)) {
                weight.merge(id, 5.0, Double::sum);
                spelledBy.add(id);
            }
        }
        int spelledHolders = spelledBy.size();
        if (excluded != null) {
            weight.remove(excluded);
        }
        // a narrowed search that found the name's pairs has found what it can: single tokens would only add
        // thousands of identity reads for other names
        int enough = narrowing.isNone() ? wanted : 1;
        if (weight.size() < enough) {
            List<String> singles = IndexKeys.singles(tokens);
            List<List<String>> groups = singles.stream().map(List::of).toList();
            List<Long>[] holders = holdersBySingle(groups, regions, narrowing);
            for (List<Long> ofOne : holders) {
                double rarity = 1 + Math.log((double) TOKEN_CAP / Math.max(1, ofOne.size()));
                for (Long id : ofOne) {
                    weight.merge(id, rarity, Double::sum);
                }
            }
        }
        if (excluded != null) {
            weight.remove(excluded);
        }
        List<Long> best = weight.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(RERANK, Math.min(spelledHolders, SPELLED_RERANK)))
                .map(Map.Entry::getKey)
                .toList();
        return table.byIds(best);
    }

    @SuppressWarnings("unchecked")
    private List<Long>[] holdersBySingle(List<List<String>> groups, Set<String> regions, Narrowing narrowing) {
        List<Long>[] out = new List[groups.size()];
        for (int g = 0; g < out.length; g++) {
            out[g] = new ArrayList<>();
        }
        for (long[] row : holders.holdersByGroup(
                groups, java.util.Collections.nCopies(groups.size(), TOKEN_CAP), false, regions, narrowing)) {
            out[(int) row[0]].add(row[1]);
        }
        return out;
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
