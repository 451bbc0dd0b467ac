package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.Explanation;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An artisan's coverage file: enrolment, contributions and claim files. Every refusal is checked before anything
 * is written and every change goes to the audit trail in the same transaction.
 */
@Service
public class CoverageFiles {

    /** Dates in Morocco: "the future" is judged on the chamber's calendar. */
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final ClaimRepository claimRepository;
    private final CoverageAccess access;
    private final CoverageParameters parameters;
    private final ClaimOwedAnnouncer owed;
    private final Acting acting;

    CoverageFiles(
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            ClaimRepository claimRepository,
            CoverageAccess access,
            CoverageParameters parameters,
            ClaimOwedAnnouncer owed,
            Acting acting) {
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.claimRepository = claimRepository;
        this.access = access;
        this.parameters = parameters;
        this.owed = owed;
        this.acting = acting;
    }

    public LocalDate today() {
        return acting.todayInMorocco();
    }

    @Transactional
    public Optional<Enrolment> enrolment(long artisanId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "enrolment");
        return enrolmentRepository.enrolment(artisanId);
    }

    /** Creates or corrects the enrolment; answers whether it was created. */
    @Transactional
    public boolean enrol(long artisanId, EnrolmentRequest request) {
        ArtisanProfile artisan = access.artisan(artisanId);
        Refusal problems = Refusal.invalid();
        if (request.regime() == null) {
            problems.field("regime", "coverage.enrolment.regime.required");
        }
        if (request.enrolledOn() == null) {
            problems.field("enrolledOn", "coverage.enrolment.date.required");
        } else if (request.enrolledOn().isAfter(today())) {
            problems.field("enrolledOn", "coverage.common.future");
        }
        String fundNumber = normaliseFundNumber(request.fundNumber());
        if (fundNumber != null && !fundNumber.matches("[A-Z0-9-]{4,30}")) {
            problems.field("fundNumber", "coverage.enrolment.fundNumber.invalid");
        } else if (fundNumber != null
                && enrolmentRepository
                        .enrolmentByFundNumber(fundNumber)
                        .filter(e -> e.artisanId() != artisanId)
                        .isPresent()) {
            problems.field("fundNumber", "coverage.enrolment.fundNumber.taken");
        }
        Optional<Enrolment> before = enrolmentRepository.enrolment(artisanId);
        // No list means "keep the recorded ones": the page and the fund files correct the enrolment alone.
        List<Beneficiary> beneficiaries = request.beneficiaries() != null
                ? request.beneficiaries()
                : before.map(Enrolment::beneficiaries).orElse(List.of());
        if (beneficiaries.size() > BeneficiaryRules.HOUSEHOLD_MAX) {
            // Refused as a whole: a list of 10,000 is not checked person by person (ADR 0044).
            throw problems.field("beneficiaries", "coverage.beneficiary.tooMany", BeneficiaryRules.HOUSEHOLD_MAX);
        }
        for (int i = 0; i < beneficiaries.size(); i++) {
            BeneficiaryRules.check(beneficiaries.get(i), "beneficiaries[" + i + "].", problems, today());
        }
        problems.throwIfAny();
        Enrolment after = new Enrolment(
                artisanId,
                artisan.regionCode(),
                artisan.provinceCode(),
                artisan.craftCode(),
                artisan.nationalId(),
                request.regime(),
                fundNumber,
                request.enrolledOn(),
                request.status() == null ? EnrolmentStatus.ACTIVE : request.status(),
                beneficiaries.stream().map(BeneficiaryRules::clean).toList());
        enrolmentRepository.saveEnrolment(after, before.isPresent(), acting.now());
        if (before.isPresent()) {
            acting.audit().updated(CoverageAccess.ENTITY, artisanId, artisan.regionCode(), before.get(), after);
        } else {
            acting.audit().created(CoverageAccess.ENTITY, artisanId, artisan.regionCode(), after);
        }
        return before.isEmpty();
    }

    static String normaliseFundNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    @Transactional
    public List<Contribution> contributions(long artisanId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "contributions");
        return contributionRepository.contributions(artisanId);
    }

    @Transactional
    public ContributionOutcome contribute(long artisanId, ContributionRequest request, ContributionSource source) {
        ArtisanProfile artisan = access.artisan(artisanId);
        Enrolment enrolment = enrolmentRepository
                .enrolment(artisanId)
                .orElseThrow(() -> Refusal.invalid().field("artisan", "coverage.contribution.notEnrolled"));
        Refusal problems = Refusal.invalid();
        LocalDate today = today();
        if (request.month() == null) {
            problems.field("month", "coverage.contribution.month.required");
        } else if (request.month().isAfter(YearMonth.from(today))) {
            problems.field("month", "coverage.contribution.month.future");
        }
        if (request.amount() == null) {
            problems.field("amount", "coverage.common.amount.required");
        } else if (request.amount().signum() <= 0) {
            problems.field("amount", "coverage.common.amount.positive");
        } else if (request.amount().scale() > 2
                || request.amount().precision() - request.amount().scale() > 10) {
            problems.field("amount", "coverage.common.amount.invalid");
        }
        if (request.paidOn() == null) {
            problems.field("paidOn", "coverage.contribution.paidOn.required");
        } else if (request.paidOn().isAfter(today)) {
            problems.field("paidOn", "coverage.common.future");
        }
        if (request.recordedOn() != null) {
            if (request.recordedOn().isAfter(today)) {
                problems.field("recordedOn", "coverage.common.future");
            } else if (request.paidOn() != null && request.recordedOn().isBefore(request.paidOn())) {
                problems.field("recordedOn", "coverage.contribution.recordedBeforePaid");
            }
        }
        problems.throwIfAny();
        Optional<Contribution> existing = contributionRepository.contribution(artisanId, request.month());
        if (existing.isPresent()) {
            Contribution known = existing.get();
            if (known.sameAs(request.month(), request.amount(), request.paidOn(), request.recordedOn())) {
                return new ContributionOutcome(known, false, warnings(enrolment, request));
            }
            if (known.recordedOn() == null
                    && request.recordedOn() != null
                    && known.sameAs(request.month(), request.amount(), request.paidOn(), null)) {
                // The fund reports a payment the chamber already knew: it completes the record, no conflict.
                contributionRepository.recordContribution(known.id(), request.recordedOn());
                Contribution completed = contributionRepository
                        .contribution(artisanId, request.month())
                        .orElseThrow();
                acting.audit().updated("CoverageContribution", known.id(), artisan.regionCode(), known, completed);
                return new ContributionOutcome(completed, true, warnings(enrolment, request));
            }
            throw Refusal.conflict("coverage.contribution.duplicate")
                    .field("month", "coverage.contribution.duplicate")
                    .with("existing", ContributionResponse.of(known, false, List.of()))
                    .show("existing", ContributionResponse.of(known, false, List.of()));
        }
        long id = contributionRepository.insertContribution(
                artisanId,
                artisan.regionCode(),
                request.month(),
                request.amount().setScale(2),
                request.paidOn(),
                request.recordedOn(),
                source,
                acting.now());
        Contribution saved =
                contributionRepository.contribution(artisanId, request.month()).orElseThrow();
        acting.audit().created("CoverageContribution", id, artisan.regionCode(), saved);
        return new ContributionOutcome(saved, true, warnings(enrolment, request));
    }

    /** Warnings that do not stop the recording: an unusual amount, a month before the enrolment. */
    private List<Explanation> warnings(Enrolment enrolment, ContributionRequest request) {
        List<Explanation> warnings = new ArrayList<>();
        ParameterTimeline timeline = parameters.timeline();
        timeline.amountAt(enrolment.regime(), request.month())
                .filter(expected -> expected.compareTo(request.amount()) != 0)
                .ifPresent(expected -> warnings.add(Explanation.of(
                        "coverage.contribution.amountUnexpected",
                        expected.setScale(2).toPlainString(),
                        enrolment.regime())));
        if (request.month().isBefore(YearMonth.from(enrolment.enrolledOn()))) {
            warnings.add(Explanation.of("coverage.contribution.beforeEnrolment", enrolment.enrolledOn()));
        }
        return warnings;
    }

    @Transactional
    public List<ClaimFile> claims(long artisanId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "claims");
        return claimRepository.claims(artisanId);
    }

    @Transactional
    public ClaimFile claim(long claimId) {
        access.officer();
        ClaimFile claim = claimRepository.claim(claimId).orElseThrow(() -> Refusal.notFound("Claim", claimId));
        access.artisan(claim.artisanId());
        access.read(claim.artisanId(), claim.regionCode(), "claim " + claimId);
        return claim;
    }

    @Transactional
    public long fileClaim(long artisanId, ClaimRequest request) {
        ArtisanProfile artisan = access.artisan(artisanId);
        Enrolment enrolment = enrolmentRepository
                .enrolment(artisanId)
                .orElseThrow(() -> Refusal.invalid().field("artisan", "coverage.claim.notEnrolled"));
        Refusal problems = Refusal.invalid();
        LocalDate today = today();
        if (request.careDate() == null) {
            problems.field("careDate", "coverage.claim.careDate.required");
        } else if (request.careDate().isAfter(today)) {
            problems.field("careDate", "coverage.common.future");
        } else if (request.careDate().isBefore(enrolment.enrolledOn())) {
            problems.field("careDate", "coverage.claim.beforeEnrolment", enrolment.enrolledOn());
        }
        if (request.filedOn() == null) {
            problems.field("filedOn", "coverage.claim.filedOn.required");
        } else if (request.filedOn().isAfter(today)) {
            problems.field("filedOn", "coverage.common.future");
        } else if (request.careDate() != null && request.filedOn().isBefore(request.careDate())) {
            problems.field("filedOn", "coverage.claim.filedBeforeCare");
        }
        if (request.amountClaimed() == null) {
            problems.field("amountClaimed", "coverage.common.amount.required");
        } else if (request.amountClaimed().signum() <= 0) {
            problems.field("amountClaimed", "coverage.common.amount.positive");
        } else if (request.amountClaimed().scale() > 2) {
            problems.field("amountClaimed", "coverage.common.amount.invalid");
        } else if (ClaimDecisionRules.tooLarge(request.amountClaimed())) {
            problems.field("amountClaimed", "coverage.common.amount.tooLarge", ClaimDecisionRules.MAX_AMOUNT);
        }
        if (request.fundReference() != null && request.fundReference().length() > ClaimFile.MAX_FUND_REFERENCE) {
            problems.field("fundReference", "coverage.claim.fundReference.tooLong", ClaimFile.MAX_FUND_REFERENCE);
        }
        ClaimDecision decision = request.decision() == null ? ClaimDecision.PENDING : request.decision();
        ClaimDecisionRules.check(decision, request, problems, today);
        problems.throwIfAny();
        ClaimFile claim = new ClaimFile(
                0,
                artisanId,
                artisan.regionCode(),
                artisan.provinceCode(),
                artisan.craftCode(),
                blankToNull(request.fundReference()),
                request.careDate(),
                request.filedOn(),
                request.amountClaimed().setScale(2),
                decision,
                decision == ClaimDecision.REJECTED ? request.rejectionReason() : null,
                decision == ClaimDecision.PENDING ? null : request.decidedOn(),
                decision == ClaimDecision.REIMBURSED
                        ? request.amountReimbursed().setScale(2)
                        : null,
                null);
        long id = claimRepository.insertClaim(claim, acting.now());
        ClaimFile filed = claimRepository.claim(id).orElseThrow();
        acting.audit().created("CoverageClaim", id, artisan.regionCode(), filed);
        owed.decided(null, filed, today);
        return id;
    }

    /** Records the fund's decision on a claim already filed. */
    @Transactional
    public ClaimFile decide(long claimId, ClaimRequest decision) {
        ClaimFile before = claim(claimId);
        Refusal problems = Refusal.invalid();
        checkDecision(before, decision, problems);
        problems.throwIfAny();
        ClaimDecision d = decision.decision() == null ? ClaimDecision.PENDING : decision.decision();
        ClaimFile after =
                before.decided(d, decision.decidedOn(), decision.rejectionReason(), decision.amountReimbursed());
        if (!after.equals(before)) {
            claimRepository.updateClaim(after, acting.now());
            acting.audit().updated("CoverageClaim", claimId, before.regionCode(), before, after);
            owed.decided(before, after, today());
        }
        return after;
    }

    /** What is wrong with a decision on this claim, without writing anything (the page shows it all at once). */
    void checkDecision(ClaimFile claim, ClaimRequest decision, Refusal problems) {
        ClaimDecision d = decision.decision() == null ? ClaimDecision.PENDING : decision.decision();
        ClaimDecisionRules.check(d, withClaimed(decision, claim), problems, today());
        if (decision.decidedOn() != null && decision.decidedOn().isBefore(claim.filedOn())) {
            problems.field("decidedOn", "coverage.claim.decidedBeforeFiled");
        }
    }

    /** Moves a retroactive case forward and keeps a follow-up note. */
    @Transactional
    public void follow(long claimId, CaseStatus status, String note) {
        ClaimFile before = claim(claimId);
        String by = access.officer().username();
        String text = note == null ? "" : note.strip();
        if (status == null && text.isEmpty()) {
            throw Refusal.invalid().field("note", "coverage.claim.note.required");
        }
        if (text.length() > 1000) {
            throw Refusal.invalid().field("note", "coverage.claim.note.tooLong");
        }
        ClaimFile after = status == null ? before : before.withCase(status);
        if (!after.equals(before)) {
            claimRepository.updateClaim(after, acting.now());
        }
        if (!text.isEmpty()) {
            claimRepository.addNote(claimId, by, text, acting.now());
        }
        acting.audit().updated("CoverageClaim", claimId, before.regionCode(), before, new FollowUp(after, text));
    }

    record FollowUp(ClaimFile claim, String note) {}

    private static ClaimRequest withClaimed(ClaimRequest r, ClaimFile c) {
        return new ClaimRequest(
                c.careDate(),
                c.filedOn(),
                c.amountClaimed(),
                r.decision(),
                r.decidedOn(),
                r.rejectionReason(),
                r.amountReimbursed(),
                c.fundReference());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Which reasons the rules know, for forms. */
    public static RejectionReason[] reasons() {
        return RejectionReason.values();
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
