package ma.hirfa.registry.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * and typos), a national id or a registration number, best first, within the user's region. The ranking
 * comes from the matching module's identity index; the files are read here, one query for the page.
 */
@Service
public class ArtisanFinder {

    static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final IdentitySearch search;
    private final ArtisanRepository artisans;
    private final CurrentUsers users;

    ArtisanFinder(IdentitySearch search, ArtisanRepository artisans, CurrentUsers users) {
        this.search = search;
        this.artisans = artisans;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<IdentitySearchResult> find(String q, int limit) {
        RegionScope scope = users.current().scope();
        if (q == null || q.isBlank() || q.length() > 200) {
            return List.of();
        }
        List<IdentityHit> hits = search.search(q, ScopeRegions.of(scope), Math.max(1, Math.min(limit, MAX_LIMIT)));
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
}
