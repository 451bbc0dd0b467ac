package ma.hirfa.registry.artisan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.registry.identity.ArtisanFinder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's list, page and API alike: the one search box goes through the identity index (the same
 * files as the cross-script search), then the filters, the sort, the page and the user's region apply in SQL
 * (ADR 0037). Without a search it is a plain filtered list.
 */
@Service
class ArtisanList {

    private final ArtisanQueries queries;
    private final ArtisanRepository artisans;
    private final ArtisanFinder finder;
    private final CurrentUsers users;

    ArtisanList(ArtisanQueries queries, ArtisanRepository artisans, ArtisanFinder finder, CurrentUsers users) {
        this.queries = queries;
        this.artisans = artisans;
        this.finder = finder;
        this.users = users;
    }

    /** One page, with each shown file's match (when searched) and submission time. */
    @Transactional(readOnly = true)
    Found find(ArtisanSearch search, Sort sort, PageSpec spec) {
        RegionScope scope = users.current().scope();
        Map<Long, IdentityHit> hits = hits(search);
        ListPage<Long> ids = queries.search(search, scope, ranked(hits), sort, spec);
        Map<Long, Artisan> found = new HashMap<>();
        artisans.findAllById(ids.items()).forEach(a -> found.put(a.id(), a));
        return new Found(ids.map(found::get), hits == null ? Map.of() : hits, queries.submittedAt(ids.items()));
    }

    /** The search's files, best first, or null when the user typed nothing (then the filters alone decide). */
    List<Long> ranked(ArtisanSearch search) {
        return ranked(hits(search));
    }

    private Map<Long, IdentityHit> hits(ArtisanSearch search) {
        if (search.q() == null || search.q().isBlank()) {
            return null;
        }
        Map<Long, IdentityHit> hits = new java.util.LinkedHashMap<>();
        finder.ranked(search.q()).forEach(h -> hits.putIfAbsent(h.artisanId(), h));
        return hits;
    }

    private static List<Long> ranked(Map<Long, IdentityHit> hits) {
        return hits == null ? null : List.copyOf(hits.keySet());
    }

    /** A page of files, how each matched the search (empty without one) and when each was submitted. */
    record Found(ListPage<Artisan> page, Map<Long, IdentityHit> hits, Map<Long, Instant> submitted) {}
}
