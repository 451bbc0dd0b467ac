package ma.hirfa.coverage.file;

import java.util.List;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spouse and children covered through an enrolled artisan, added and removed one at a time. Each change is
 * written to the audit trail of the artisan's coverage file with the list before and after.
 */
@Service
public class Beneficiaries {

    private final CoverageEnrolmentRepository enrolmentRepository;
    private final CoverageAccess access;
    private final CoverageFiles files;
    private final AuditTrail audit;

    Beneficiaries(
            CoverageEnrolmentRepository enrolmentRepository,
            CoverageAccess access,
            CoverageFiles files,
            AuditTrail audit) {
        this.enrolmentRepository = enrolmentRepository;
        this.access = access;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public List<RecordedBeneficiary> of(long artisanId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "beneficiaries");
        return enrolmentRepository.recordedBeneficiaries(artisanId);
    }

    /** Adds a beneficiary; the same person twice is refused, so a double click adds nothing. */
    @Transactional
    public RecordedBeneficiary add(long artisanId, Beneficiary beneficiary) {
        ArtisanProfile artisan = access.artisan(artisanId);
        if (enrolmentRepository.enrolment(artisanId).isEmpty()) {
            throw Refusal.invalid().field("artisan", "coverage.beneficiary.notEnrolled");
        }
        Refusal problems = Refusal.invalid();
        BeneficiaryRules.check(beneficiary, "", problems, files.today());
        problems.throwIfAny();
        Beneficiary clean = BeneficiaryRules.clean(beneficiary);
        List<RecordedBeneficiary> before = enrolmentRepository.recordedBeneficiaries(artisanId);
        if (before.stream().anyMatch(b -> b.value().equals(clean))) {
            throw Refusal.invalid().field("fullName", "coverage.beneficiary.duplicate");
        }
        if (before.size() >= BeneficiaryRules.HOUSEHOLD_MAX) {
            throw Refusal.invalid()
                    .field("beneficiaries", "coverage.beneficiary.tooMany", BeneficiaryRules.HOUSEHOLD_MAX);
        }
        long id = enrolmentRepository.insertBeneficiary(artisanId, clean);
        List<RecordedBeneficiary> after = enrolmentRepository.recordedBeneficiaries(artisanId);
        audit.updated(CoverageAccess.ENTITY, artisanId, artisan.regionCode(), new Family(before), new Family(after));
        return after.stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    /** Removes one beneficiary of this artisan; one no longer on the list is refused, nothing else changes. */
    @Transactional
    public RecordedBeneficiary remove(long artisanId, long beneficiaryId) {
        ArtisanProfile artisan = access.artisan(artisanId);
        List<RecordedBeneficiary> before = enrolmentRepository.recordedBeneficiaries(artisanId);
        RecordedBeneficiary gone = before.stream()
                .filter(b -> b.id() == beneficiaryId)
                .findFirst()
                .orElseThrow(() -> Refusal.invalid().field("beneficiary", "coverage.beneficiary.gone"));
        enrolmentRepository.deleteBeneficiary(artisanId, beneficiaryId);
        List<RecordedBeneficiary> after = enrolmentRepository.recordedBeneficiaries(artisanId);
        audit.updated(CoverageAccess.ENTITY, artisanId, artisan.regionCode(), new Family(before), new Family(after));
        return gone;
    }

    /** The audit snapshot: the artisan's beneficiaries at one moment. */
    record Family(List<RecordedBeneficiary> beneficiaries) {}
}
