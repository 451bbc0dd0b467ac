package ma.hirfa.coverage.fund;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.coverage.file.Contribution;
import ma.hirfa.coverage.file.ContributionRepository;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.platform.Refusal;
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

    private final FundLineStore lines;
    private final FundRowApplier applier;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final CoverageAccess access;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;

    Reconciliation(
            FundLineStore lines,
            FundRowApplier applier,
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            CoverageAccess access,
            RegisteredArtisans artisans,
            ReferenceData reference) {
        this.lines = lines;
        this.applier = applier;
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.access = access;
        this.artisans = artisans;
        this.reference = reference;
    }

    record EarlyPayment(long artisanId, String name, YearMonth month, java.time.LocalDate enrolledOn) {}

    /** Rows of the fund's files about artisans Hirfa does not know, or knows by name only (to accept). */
    @Transactional
    List<FundLineStore.Line> unknown() {
        access.read("reconciliation", access.region(), "unknown national ids");
        return lines.lines(access.region(), HELD, "NONE");
    }

    /** The rows held for an officer: about an unknown artisan, or matched by name only. */
    static final List<String> HELD = List.of(LineStatus.UNKNOWN.name(), LineStatus.PROPOSED.name());

    @Transactional
    List<FundLineStore.Line> namesDisagree() {
        return lines.lines(access.region(), List.of("NONE"), "NAME_DISAGREES");
    }

    /**
     * An officer accepts the artisan the matching engine proposed for a row: the row is applied through the
     * same services as the pages (same rules, audited) and the line is settled, in one transaction; a refusal
     * leaves the line waiting and says why.
     */
    @Transactional
    void accept(long lineId) {
        FundLineStore.Line line = waiting(lineId);
        access.artisan(line.proposedArtisanId());
        applier.apply(line.kind(), reparse(line), line.proposedArtisanId());
        lines.resolve(
                line.id(),
                LineStatus.ACCEPTED,
                line.proposedArtisanId(),
                access.officer().username());
    }

    /** The proposed artisan is not the one: the row stays unapplied and leaves the list. */
    @Transactional
    void dismiss(long lineId) {
        FundLineStore.Line line = waiting(lineId);
        lines.resolve(line.id(), LineStatus.DISMISSED, null, access.officer().username());
    }

    private FundLineStore.Line waiting(long lineId) {
        String region = access.region();
        FundLineStore.Line line = lines.find(lineId)
                .filter(l -> region == null || region.equals(l.regionCode()))
                .orElseThrow(() -> ma.hirfa.platform.Refusal.notFound("FundLine", lineId));
        if (line.status() != LineStatus.PROPOSED || line.proposedArtisanId() == null) {
            throw Refusal.invalid().field("line", "coverage.fund.notProposed");
        }
        return line;
    }

    /** The row as kept for the page, read again (the file itself belongs to the import job). */
    private static FundRow reparse(FundLineStore.Line line) {
        java.util.List<String> columns = line.kind().columns();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                line.raw(),
                org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            org.apache.commons.csv.CSVRecord record = parser.iterator().next();
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, record.isSet(column) ? record.get(column) : null);
            }
            return new FundRow((int) line.line(), values, line.raw());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        Set<Long> enrolled = Set.copyOf(enrolmentRepository.enrolledAmong(
                registered.stream().map(ArtisanSummary::id).toList()));
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
                enrolmentRepository.enrolments(region).stream().collect(Collectors.toMap(Enrolment::artisanId, e -> e));
        List<Contribution> early = contributionRepository.contributionsOf(region).stream()
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
