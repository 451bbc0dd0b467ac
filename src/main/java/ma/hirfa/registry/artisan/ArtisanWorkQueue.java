package ma.hirfa.registry.artisan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.HomeTable;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.report.Crosstab;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register's part of the home page. Each count runs the artisan list's own query with the filters its link
 * carries, so the number on the home page is the number of rows the link shows (ADR 0035).
 */
@Component
class ArtisanWorkQueue implements WorkQueue {

    /** The statuses of the national table; drafts and merged files are the chambers' business, not the ministry's. */
    private static final List<String> NATIONAL_COLUMNS = List.of(
            ArtisanStatus.SUBMITTED.name(),
            ArtisanStatus.RETURNED.name(),
            ArtisanStatus.REGISTERED.name(),
            ArtisanStatus.SUSPENDED.name(),
            ArtisanStatus.STRUCK_OFF.name());

    private final ArtisanQueries queries;
    private final DuplicateReview duplicates;
    private final ReferenceData reference;
    private final JdbcTemplate jdbc;

    ArtisanWorkQueue(ArtisanQueries queries, DuplicateReview duplicates, ReferenceData reference, JdbcTemplate jdbc) {
        this.queries = queries;
        this.duplicates = duplicates;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        List<HomeItem> items = new ArrayList<>();
        if (user.hasRole(Role.CHAMBER_MANAGER)) {
            items.add(item(
                    user,
                    10,
                    "registry.home.toApprove",
                    ArtisanSearch.of(ArtisanStatus.SUBMITTED),
                    "status=SUBMITTED"));
            items.add(item(
                    user, 11, "registry.home.returned", ArtisanSearch.of(ArtisanStatus.RETURNED), "status=RETURNED"));
            items.add(new HomeItem(
                    12,
                    "registry.home.duplicates",
                    duplicates.pendingCount(ScopeRegions.of(user.scope())),
                    "/registry/duplicates"));
            items.add(item(
                    user,
                    13,
                    "registry.home.corrections",
                    ArtisanSearch.none().withPendingCorrection(),
                    "correction=1"));
            items.add(item(
                    user,
                    14,
                    "registry.home.correctionRequests",
                    ArtisanSearch.none().withRequest(ArtisanRequests.Kind.CORRECTION),
                    "request=CORRECTION"));
            items.add(item(
                    user,
                    15,
                    "registry.home.renewalRequests",
                    ArtisanSearch.none().withRequest(ArtisanRequests.Kind.RENEWAL),
                    "request=RENEWAL"));
        }
        if (user.hasRole(Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            items.add(item(
                    user,
                    10,
                    "registry.home.myDrafts",
                    ArtisanSearch.of(ArtisanStatus.DRAFT).mineOnly(),
                    "status=DRAFT&mine=1"));
            items.add(item(
                    user,
                    11,
                    "registry.home.myReturned",
                    ArtisanSearch.of(ArtisanStatus.RETURNED).mineOnly(),
                    "status=RETURNED&mine=1"));
        }
        return items;
    }

    @Override
    public List<HomeTable> tablesFor(CurrentUser user, Language language) {
        if (!user.hasRole(Role.ADMIN, Role.MINISTRY)) {
            return List.of();
        }
        Map<String, String> names = reference.regions().stream()
                .collect(Collectors.toMap(Region::code, r -> r.names().in(language)));
        Criteria where = Criteria.scoped(user.scope())
                .always(
                        "status in ("
                                + String.join(
                                        ", ",
                                        NATIONAL_COLUMNS.stream().map(c -> "?").toList()) + ")",
                        NATIONAL_COLUMNS.toArray());
        Crosstab found = Crosstab.tally(
                jdbc, "reg_artisan", "region_code", "status", NATIONAL_COLUMNS, where, c -> names.getOrDefault(c, c));
        // every region has its line, also one without files yet: a zero is news to the ministry too
        Map<String, Crosstab.Line> lines =
                found.lines().stream().collect(Collectors.toMap(Crosstab.Line::code, l -> l));
        List<Long> zeros = NATIONAL_COLUMNS.stream().map(c -> 0L).toList();
        Crosstab byRegion = new Crosstab(
                NATIONAL_COLUMNS,
                java.util.stream.Stream.concat(
                                reference.regions().stream()
                                        .map(r -> lines.getOrDefault(
                                                r.code(), new Crosstab.Line(r.code(), names.get(r.code()), zeros))),
                                found.lines().stream().filter(l -> !names.containsKey(l.code())))
                        .toList());
        return List.of(new HomeTable(
                10,
                "registry.home.byRegion",
                "registry.home.region",
                "registry.artisan.status",
                byRegion,
                "/registry/artisans?region={code}&status={column}"));
    }

    private HomeItem item(CurrentUser user, int order, String key, ArtisanSearch search, String query) {
        long count = queries.search(
                        search, user.scope(), null, ArtisanQueries.SORTS.resolve(null, null), PageSpec.first(1))
                .total();
        return new HomeItem(order, key, count, "/registry/artisans?" + query);
    }
}
