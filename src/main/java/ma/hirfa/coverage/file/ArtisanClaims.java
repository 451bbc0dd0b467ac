package ma.hirfa.coverage.file;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.Payment;
import ma.hirfa.coverage.rights.Retroactive;
import ma.hirfa.coverage.rights.RetroactivePolicy;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim files of one artisan as the artisan's page and API reach them: a claim is found only under its own
 * artisan (another artisan's claim id is not found), then decided or noted through {@link CoverageFiles}, which
 * holds the rules and writes the audit trail.
 */
@Service
public class ArtisanClaims {

    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final ClaimRepository claimRepository;
    private final CoverageAccess access;
    private final CoverageFiles files;
    private final CoverageParameters parameters;

    ArtisanClaims(
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            ClaimRepository claimRepository,
            CoverageAccess access,
            CoverageFiles files,
            CoverageParameters parameters) {
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.claimRepository = claimRepository;
        this.access = access;
        this.files = files;
        this.parameters = parameters;
    }

    /** The claim when it belongs to the artisan and the user may see the artisan; 403 or 404 otherwise. */
    @Transactional(readOnly = true)
    public ClaimFile owned(long artisanId, long claimId) {
        access.artisan(artisanId);
        return claimRepository
                .claim(claimId)
                .filter(c -> c.artisanId() == artisanId)
                .orElseThrow(() -> Refusal.notFound("Claim", claimId));
    }

    /** The claim as {@link #owned} finds it; reading it is audited like every read of health data. */
    @Transactional
    public ClaimFile read(long artisanId, long claimId) {
        ClaimFile claim = owned(artisanId, claimId);
        access.read(artisanId, claim.regionCode(), "claim " + claimId);
        return claim;
    }

    /** Records the fund's decision (weeks after filing, as a rule) with the rules of {@link ClaimDecisionRules}. */
    @Transactional
    public ClaimFile decide(long artisanId, long claimId, ClaimRequest decision) {
        owned(artisanId, claimId);
        if (decision == null || decision.decision() == null) {
            throw Refusal.invalid().field("decision", "coverage.claim.decision.required");
        }
        return files.decide(claimId, decision);
    }

    /** Adds a follow-up note to the claim; the case status, if any, stays as it is. */
    @Transactional
    public void note(long artisanId, long claimId, String note) {
        owned(artisanId, claimId);
        if (note == null || note.isBlank()) {
            throw Refusal.invalid().field("note", "coverage.claim.note.empty");
        }
        files.follow(claimId, null, note);
    }

    /**
     * Ids of the given claims of the artisan that are owed retroactively, by the rule and the policy of the
     * owed-claims list ({@link Retroactive}), so that the page says so as soon as a rejection is recorded.
     */
    @Transactional(readOnly = true)
    public Set<Long> owed(long artisanId, List<ClaimFile> claims) {
        access.artisan(artisanId);
        Optional<Enrolment> enrolment = enrolmentRepository.enrolment(artisanId);
        if (enrolment.isEmpty()) {
            return Set.of();
        }
        List<Payment> payments = contributionRepository.contributions(artisanId).stream()
                .map(Contribution::payment)
                .toList();
        ParameterTimeline timeline = parameters.timeline();
        LocalDate today = files.today();
        RetroactivePolicy policy = timeline.policyAt(YearMonth.from(today));
        return claims.stream()
                .filter(c -> c.artisanId() == artisanId)
                .filter(c -> Retroactive.assess(
                                c.forRule(), enrolment.get().enrolledOn(), payments, timeline, policy, today)
                        .owed())
                .map(ClaimFile::id)
                .collect(Collectors.toSet());
    }

    /** The follow-up notes of one claim, oldest first. */
    @Transactional
    public List<ClaimNote> notes(long artisanId, long claimId) {
        ClaimFile claim = owned(artisanId, claimId);
        access.read(artisanId, claim.regionCode(), "notes of claim " + claimId);
        return claimRepository.notes(claimId);
    }

    /** The follow-up notes of every claim of the artisan, by claim id. */
    @Transactional
    public Map<Long, List<ClaimNote>> notes(long artisanId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "claim notes");
        return claimRepository.notesOfArtisan(artisanId);
    }
}
