package ma.hirfa.coverage.fund;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.coverage.file.Contribution;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageStore;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where Hirfa and the fund disagree, within the user's region. */
@Service
class Reconciliation {

    private final FundImportStore imports;
    private final CoverageStore store;
    private final CoverageAccess access;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;

    Reconciliation(
            FundImportStore imports,
            CoverageStore store,
            CoverageAccess access,
            RegisteredArtisans artisans,
            ReferenceData reference) {
        this.imports = imports;
        this.store = store;
        this.access = access;
        this.artisans = artisans;
        this.reference = reference;
    }

    record EarlyPayment(long artisanId, String name, YearMonth month, java.time.LocalDate enrolledOn) {}

    @Transactional
    List<FundImportStore.Row> unknown() {
        access.read("reconciliation", access.region(), "unknown national ids");
        return imports.committedRows(access.region(), List.of("UNKNOWN", "PROPOSED"), "NONE");
    }

    @Transactional
    List<FundImportStore.Row> namesDisagree() {
        return imports.committedRows(access.region(), List.of("NONE"), "NAME_DISAGREES");
    }

    /** Registered artisans of the region the fund does not know as enrolled (to send to the fund). */
    @Transactional
    List<ArtisanProfile> notEnrolled() {
        String region = access.region();
        access.read("reconciliation", region, "registered but not enrolled");
        List<ArtisanSummary> registered = new ArrayList<>();
        for (Province p : reference.provinces(region)) {
            registered.addAll(artisans.registeredIn(p.code()));
        }
        Set<Long> enrolled = Set.copyOf(
                store.enrolledAmong(registered.stream().map(ArtisanSummary::id).toList()));
        return registered.stream()
                .filter(a -> !enrolled.contains(a.id()))
                .map(a -> artisans.profile(a.id()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Transactional
    List<EarlyPayment> paymentsBeforeEnrolment() {
        String region = access.region();
        Map<Long, Enrolment> enrolments =
                store.enrolments(region).stream().collect(Collectors.toMap(Enrolment::artisanId, e -> e));
        List<Contribution> early = store.contributionsOf(region).stream()
                .filter(c -> enrolments.containsKey(c.artisanId())
                        && c.month()
                                .isBefore(YearMonth.from(
                                        enrolments.get(c.artisanId()).enrolledOn())))
                .toList();
        Map<Long, ArtisanSummary> names = artisans.byIds(
                early.stream().map(Contribution::artisanId).distinct().toList());
        return early.stream()
                .map(c -> new EarlyPayment(
                        c.artisanId(),
                        names.containsKey(c.artisanId())
                                ? names.get(c.artisanId()).displayName()
                                : "—",
                        c.month(),
                        enrolments.get(c.artisanId()).enrolledOn()))
                .toList();
    }
}
