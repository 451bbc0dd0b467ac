package ma.hirfa.registry.identity;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.matching.IdentitySearch;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ScopeRegions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-box search of the register: a name in either script (tolerant to transliteration, swapped names
 * and typos), a national id or a registration number, best first, within the user's region; a name may come
 * with a birth year, a province or commune, or a piece of its registration number, which narrow it. The ranking
 * comes from the matching module's identity index; the files are read here, one query for the page.
 */
@Service
public class ArtisanFinder {

    static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** How many ranked files the register's list narrows with its filters (ADR 0037). */
    public static final int LIST_LIMIT = 500;

    private final IdentitySearch search;
    private final ArtisanRepository artisans;
    private final CurrentUsers users;
    private final PlaceNames places;
    private final Clock clock;

    ArtisanFinder(
            IdentitySearch search, ArtisanRepository artisans, CurrentUsers users, PlaceNames places, Clock clock) {
        this.search = search;
        this.artisans = artisans;
        this.users = users;
        this.places = places;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IdentitySearchResult> find(String q, int limit) {
        RegionScope scope = users.current().scope();
        if (q == null || q.isBlank() || q.length() > 200) {
            return List.of();
        }
        List<IdentityHit> hits = matches(q, scope, Math.max(1, Math.min(limit, MAX_LIMIT)));
        Map<Long, Artisan> found = new HashMap<>();
        artisans.findAllById(hits.stream().map(IdentityHit::artisanId).toList()).forEach(a -> found.put(a.id(), a));
        List<IdentitySearchResult> out = new ArrayList<>();
        for (IdentityHit h : hits) {
            Artisan a = found.get(h.artisanId());
            if (a == null || !scope.covers(a.regionCode())) {
                continue;
            }
            out.add(new IdentitySearchResult(
                    a.id(),
                    a.displayName(),
                    a.details().nationalId(),
                    a.registrationNumber(),
                    a.details().provinceCode(),
                    a.status(),
                    Math.round(h.score() * 1000) / 1000.0,
                    h.percent(),
                    h.matchedOn(),
                    h.reasons().stream().map(Enum::name).toList()));
        }
        return out;
    }

    /**
     * The files the one box finds, best first, within the user's region, for the register's list to narrow with
     * its filters, sort and page: the same hits as {@link #find}, never more than {@link #LIST_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<IdentityHit> ranked(String q) {
        if (q == null || q.isBlank() || q.length() > 200) {
            return List.of();
        }
        return matches(q, users.current().scope(), LIST_LIMIT);
    }

    /**
     * The index's hits, without those whose name the comparison judged different: they are not matches. A name
     * typed with a birth year, a place or a piece of a registration number is searched among the files these
     * allow (ADR 0053); when that finds nothing, the whole text is searched as typed (a family name may be a
     * place name too).
     */
    private List<IdentityHit> matches(String q, RegionScope scope, int limit) {
        Set<String> regions = ScopeRegions.of(scope);
        TypedSearch typed =
                TypedSearch.read(q, places.current(), Year.now(clock).getValue());
        if (typed.narrows()) {
            Set<String> within = typed.regions().isEmpty() ? regions : within(regions, typed.regions());
            List<IdentityHit> narrowed = sameCommuneFirst(
                    names(search.search(typed.name(), typed.narrowing(), within, limit)), typed.communes());
            if (!narrowed.isEmpty()) {
                return narrowed;
            }
        }
        return names(search.search(q, regions, limit));
    }

    private static List<IdentityHit> names(List<IdentityHit> hits) {
        return hits.stream().filter(h -> !h.differentName()).toList();
    }

    /** The regions of the places typed that the user may read (null: the whole country). */
    private static Set<String> within(Set<String> scope, Set<String> places) {
        return scope == null ? places : places.stream().filter(scope::contains).collect(Collectors.toSet());
    }

    /**
     * A commune typed narrows to its province in the index; here the files of that commune come first and files
     * recorded in another commune are left out (files without a commune stay, after them).
     */
    private List<IdentityHit> sameCommuneFirst(List<IdentityHit> hits, Set<String> communes) {
        if (communes.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        Map<Long, String> communeOf = new HashMap<>();
        artisans.findAllById(hits.stream().map(IdentityHit::artisanId).toList())
                .forEach(a -> communeOf.put(a.id(), a.details().communeCode()));
        List<IdentityHit> same = new ArrayList<>();
        List<IdentityHit> unknown = new ArrayList<>();
        for (IdentityHit h : hits) {
            String commune = communeOf.get(h.artisanId());
            if (commune == null) {
                unknown.add(h);
            } else if (communes.contains(commune)) {
                same.add(h);
            }
        }
        same.addAll(unknown);
        return same;
    }
}
