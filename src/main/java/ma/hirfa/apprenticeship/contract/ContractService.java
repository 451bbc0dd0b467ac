package ma.hirfa.apprenticeship.contract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.apprenticeship.ContractCompleted;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NationalId;
import ma.hirfa.platform.PhoneNumber;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Refusal.Problem;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.CertificateView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording contracts, their logbook and their end, always within the user's region and audited. */
@Service
class ContractService {

    static final String ENTITY = "ApprenticeshipContract";

    private final ContractRepository contracts;
    private final ApprenticeshipSettings settings;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final ContractCertificates certificates;
    private final ApplicationEventPublisher events;
    private final Acting acting;

    ContractService(
            ContractRepository contracts,
            ApprenticeshipSettings settings,
            RegisteredArtisans artisans,
            ReferenceData reference,
            ContractCertificates certificates,
            ApplicationEventPublisher events,
            Acting acting) {
        this.contracts = contracts;
        this.settings = settings;
        this.artisans = artisans;
        this.reference = reference;
        this.certificates = certificates;
        this.events = events;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    ListPage<Contract> search(ContractStatus status, Sort sort, PageSpec page) {
        return contracts.search(acting.user().scope(), status, sort, page);
    }

    /** The contract, if the user may see it; otherwise 404, so that other regions' contracts stay unknown. */
    @Transactional(readOnly = true)
    Contract get(long id) {
        return contracts.find(id, acting.user().scope()).orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    @Transactional(readOnly = true)
    List<LogbookEntry> entries(long id) {
        return contracts.entries(get(id).id());
    }

    @Transactional(readOnly = true)
    List<Alert> alerts(Contract contract) {
        return Alert.of(contract, contracts.entries(contract.id()), settings.minAttendancePercent, acting.today());
    }

    @Transactional
    long create(ContractForm form) {
        CurrentUser user = checkMayWrite();
        List<Problem> problems = new ArrayList<>(ContractRules.check(form, settings));
        if (reference.craft(form.craftCode()).isEmpty()) {
            problems.add(Problem.of("craftCode", "apprenticeship.contract.craft.unknown"));
        }
        Optional<ArtisanProfile> master = master(form);
        if (master.isEmpty()) {
            problems.add(Problem.of("masterReference", "apprenticeship.contract.master.unknown"));
        } else {
            contracts.lockMaster(master.get().id());
            problems.addAll(ContractRules.checkMaster(
                    master.get(), contracts.runningFor(master.get().id()), settings));
        }
        if (form.apprenticeArtisanId() != null
                && artisans.find(form.apprenticeArtisanId()).isEmpty()) {
            problems.add(Problem.of("apprenticeArtisanId", "apprenticeship.contract.apprentice.unknown"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid().problems(problems);
        }
        ArtisanProfile m = master.get();
        OffsetDateTime now = acting.nowWithOffset();
        Contract contract = new Contract(
                null,
                m.regionCode(),
                m.provinceCode(),
                form.apprenticeFirstName().strip(),
                form.apprenticeLastName().strip(),
                NationalId.normalise(form.apprenticeNationalId()),
                form.apprenticeBirthDate(),
                PhoneNumber.normalise(form.apprenticePhone()),
                form.apprenticeArtisanId(),
                m.id(),
                form.workshopName().strip(),
                form.centreName().strip(),
                form.craftCode().strip(),
                form.trainingLevel(),
                form.startsOn(),
                form.endsOn(),
                form.workshopShare(),
                form.centreShare(),
                ContractStatus.RUNNING,
                null,
                null,
                null,
                null,
                null,
                null,
                user.username(),
                now,
                now,
                0);
        long id = contracts.insert(contract);
        acting.audit().created(ENTITY, id, m.regionCode(), contract);
        return id;
    }

    @Transactional
    long addEntry(long id, LogbookForm form) {
        CurrentUser user = checkMayWrite();
        Contract contract = running(id);
        List<Problem> problems = new ArrayList<>();
        if (form.periodEnd().isBefore(form.periodStart())) {
            problems.add(Problem.of("periodEnd", "apprenticeship.logbook.period.reversed"));
        }
        if (form.periodStart().isBefore(contract.startsOn()) || form.periodEnd().isAfter(contract.endsOn())) {
            problems.add(Problem.of(
                    "periodStart", "apprenticeship.logbook.period.outside", contract.startsOn(), contract.endsOn()));
        }
        if (form.daysPresent() > form.daysPlanned()) {
            problems.add(Problem.of("daysPresent", "apprenticeship.logbook.days.tooMany"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid().problems(problems);
        }
        LogbookEntry entry = new LogbookEntry(
                null,
                id,
                form.periodStart(),
                form.periodEnd(),
                form.daysPlanned(),
                form.daysPresent(),
                form.masterScore(),
                form.masterComment(),
                form.centreScore(),
                form.centreComment(),
                user.username(),
                acting.nowWithOffset());
        long entryId = contracts.insert(entry);
        acting.audit().created(ENTITY + "Logbook", entryId, contract.regionCode(), entry);
        return entryId;
    }

    @Transactional
    void evaluate(long id, long entryId, EvaluationForm form) {
        checkMayWrite();
        Contract contract = running(id);
        LogbookEntry before = contracts.entries(id).stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("LogbookEntry", entryId));
        contracts.evaluate(entryId, form.by(), form.score(), form.comment());
        LogbookEntry after = contracts.entries(id).stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow();
        acting.audit().updated(ENTITY + "Logbook", entryId, contract.regionCode(), before, after);
    }

    /** Ends the contract with its final assessment; refused while an evaluation of the logbook is missing. */
    @Transactional
    Contract assess(long id, AssessmentForm form) {
        checkMayWrite();
        Contract current = running(id);
        List<LogbookEntry> entries = contracts.entries(id);
        if (entries.isEmpty()) {
            throw Refusal.invalid().field("result", "apprenticeship.assessment.noLogbook");
        }
        if (entries.stream().anyMatch(e -> e.masterScore() == null || e.centreScore() == null)) {
            throw Refusal.invalid().field("result", "apprenticeship.assessment.evaluationsMissing");
        }
        Contract saved = save(current, current.finished(form.result(), form.score(), form.note(), acting.today()));
        events.publishEvent(new ContractCompleted(
                saved.id(),
                saved.regionCode(),
                saved.masterId(),
                saved.apprenticeArtisanId(),
                form.result() == AssessmentResult.PASSED,
                form.score()));
        if (form.result() == AssessmentResult.PASSED && certificates.holderReady(saved.apprenticeArtisanId())) {
            return recordCertificate(saved, certificates.issue(saved, entries).number());
        }
        return saved;
    }

    /**
     * Certifies a passed apprentice whose file in the register was not linked at the assessment: links it
     * (national id or registration number of a registered artisan of the region), then issues the certificate.
     */
    @Transactional
    Contract certify(long id, String apprenticeReference) {
        checkMayWrite();
        Contract current = get(id);
        if (current.finalResult() != AssessmentResult.PASSED) {
            throw Refusal.invalid().field("contract", "apprenticeship.certificate.notPassed");
        }
        if (current.certificateRef() != null) {
            throw Refusal.invalid().field("contract", "apprenticeship.certificate.already");
        }
        Long artisanId = current.apprenticeArtisanId();
        if (apprenticeReference != null && !apprenticeReference.isBlank()) {
            artisanId = artisans.findByReference(apprenticeReference)
                    .map(ArtisanSummary::id)
                    .orElse(null);
        }
        if (!certificates.holderReady(artisanId)) {
            throw Refusal.invalid().field("apprenticeReference", "apprenticeship.certificate.holderMissing");
        }
        if (!artisanId.equals(current.apprenticeArtisanId())) {
            contracts.linkApprentice(id, artisanId, acting.nowWithOffset());
            Contract linked = get(id);
            acting.audit().updated(ENTITY, id, current.regionCode(), current, linked);
            current = linked;
        }
        return recordCertificate(
                current, certificates.issue(current, contracts.entries(id)).number());
    }

    Optional<CertificateView> certificate(Contract c) {
        return c.certificateRef() == null ? Optional.empty() : certificates.of(c.id());
    }

    byte[] certificatePdf(long id, boolean english) {
        Contract c = get(id);
        return certificate(c)
                .map(v -> certificates.pdf(v.id(), english))
                .orElseThrow(() -> Refusal.notFound("Certificate", id));
    }

    @Transactional
    Contract abandon(long id, AbandonForm form) {
        checkMayWrite();
        Contract current = running(id);
        return save(current, current.abandoned(form.reason().strip()));
    }

    private Contract recordCertificate(Contract current, String certificateRef) {
        return save(current, current.certified(certificateRef));
    }

    Optional<ArtisanSummary> masterSummary(Contract c) {
        return artisans.find(c.masterId());
    }

    private Contract save(Contract before, Contract after) {
        contracts.saveOutcome(after, acting.nowWithOffset());
        acting.audit().updated(ENTITY, before.id(), before.regionCode(), before, after);
        return contracts.find(before.id(), acting.user().scope()).orElseThrow();
    }

    private Contract running(long id) {
        Contract contract = get(id);
        if (contract.status() != ContractStatus.RUNNING) {
            throw Refusal.conflict("apprenticeship.contract.notRunning")
                    .field("contract", "apprenticeship.contract.notRunning");
        }
        return contract;
    }

    private Optional<ArtisanProfile> master(ContractForm form) {
        if (form.masterId() != null) {
            return artisans.profile(form.masterId());
        }
        return artisans.findByReference(form.masterReference()).flatMap(s -> artisans.profile(s.id()));
    }

    private CurrentUser checkMayWrite() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }
}
