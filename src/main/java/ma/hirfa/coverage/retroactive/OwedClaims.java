package ma.hirfa.coverage.retroactive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.hirfa.coverage.file.ClaimFile;
import ma.hirfa.coverage.file.ClaimNote;
import ma.hirfa.coverage.file.ClaimRepository;
import ma.hirfa.coverage.file.Contribution;
import ma.hirfa.coverage.file.ContributionRepository;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.Payment;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.coverage.rights.Retroactive;
import ma.hirfa.coverage.rights.RetroactivePolicy;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the claims owed retroactively in the user's region, under the policy the parameters set. */
@Service
public class OwedClaims {

    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final ClaimRepository claimRepository;
    private final CoverageAccess access;
    private final CoverageFiles files;
    private final CoverageParameters parameters;
    private final RegisteredArtisans artisans;

    OwedClaims(
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            ClaimRepository claimRepository,
            CoverageAccess access,
            CoverageFiles files,
            CoverageParameters parameters,
            RegisteredArtisans artisans) {
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.claimRepository = claimRepository;
        this.access = access;
        this.files = files;
        this.parameters = parameters;
        this.artisans = artisans;
    }

    public RetroactivePolicy policy() {
        return parameters.timeline().policyAt(YearMonth.from(files.today()));
    }

    /**
     * Owed claims of a region, ordered by province, craft and artisan. A regional officer asking for another
     * region finds nothing there (404), as for single records.
     */
    @Transactional
    public List<OwedClaim> owed(String requestedRegion) {
        String scope = access.region();
        if (scope != null && requestedRegion != null && !requestedRegion.isBlank() && !scope.equals(requestedRegion)) {
            throw Refusal.notFound("Region", requestedRegion);
        }
        String region = scope != null ? scope : blankToNull(requestedRegion);
        access.read("retroactive", region, "owed claims");
        return assess(region);
    }

    /**
     * How many owed claims of the officer's region have no follow-up yet (no letter sent): the home page's count.
     * Only a number leaves, no health data, so it is not audited as a read.
     */
    @Transactional(readOnly = true)
    public long notYetNotified() {
        return assess(access.region()).stream()
                .filter(o -> o.claim().caseStatus() == null)
                .count();
    }

    /** The follow-up notes of owed claims, by claim id: read with the claims, under their audit record. */
    @Transactional(readOnly = true)
    public Map<Long, List<ClaimNote>> notes(List<OwedClaim> claims) {
        Map<Long, List<ClaimNote>> notes = new HashMap<>();
        claims.forEach(
                o -> notes.put(o.claim().id(), claimRepository.notes(o.claim().id())));
        return notes;
    }

    private List<OwedClaim> assess(String region) {
        List<ClaimFile> rejected = claimRepository.claimsOf(region).stream()
                .filter(c -> c.decision() == ClaimDecision.REJECTED && c.rejectionReason() == RejectionReason.RIGHTS)
                .toList();
        Map<Long, List<Payment>> payments = contributionRepository.contributionsOf(region).stream()
                .collect(Collectors.groupingBy(
                        Contribution::artisanId, Collectors.mapping(Contribution::payment, Collectors.toList())));
        Map<Long, ArtisanSummary> names = artisans.byIds(
                rejected.stream().map(ClaimFile::artisanId).distinct().toList());
        ParameterTimeline timeline = parameters.timeline();
        RetroactivePolicy policy = policy();
        LocalDate today = files.today();
        Map<Long, Optional<Enrolment>> enrolments = new LinkedHashMap<>();
        List<OwedClaim> owed = new ArrayList<>();
        for (ClaimFile claim : rejected) {
            Optional<Enrolment> enrolment =
                    enrolments.computeIfAbsent(claim.artisanId(), enrolmentRepository::enrolment);
            Retroactive.Assessment assessment = Retroactive.assess(
                    claim.forRule(),
                    enrolment.map(Enrolment::enrolledOn).orElse(null),
                    payments.getOrDefault(claim.artisanId(), List.of()),
                    timeline,
                    policy,
                    today);
            if (assessment.owed()) {
                ArtisanSummary who = names.get(claim.artisanId());
                owed.add(new OwedClaim(
                        claim,
                        who == null ? String.valueOf(claim.artisanId()) : who.displayName(),
                        enrolment.map(Enrolment::nationalId).orElse(null),
                        enrolment.map(Enrolment::fundNumber).orElse(null),
                        assessment));
            }
        }
        owed.sort(Comparator.comparing((OwedClaim o) -> o.claim().provinceCode())
                .thenComparing(o -> String.valueOf(o.claim().craftCode()))
                .thenComparing(OwedClaim::artisanName)
                .thenComparing(o -> o.claim().careDate()));
        return owed;
    }

    public static BigDecimal total(List<OwedClaim> claims) {
        return claims.stream()
                .map(o -> o.claim().amountClaimed())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
