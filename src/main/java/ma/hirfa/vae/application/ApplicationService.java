package ma.hirfa.vae.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.vae.framework.FrameworkView;
import ma.hirfa.vae.framework.Frameworks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: recorded by an agent for an artisan of their region, or by an artisan for themselves; evidence
 * gathered while a draft; submission checks eligibility and says why not. Every change is audited.
 */
@Service
public class ApplicationService {

    static final String ENTITY = "VaeApplication";
    private static final String OPEN = "'DRAFT', 'ELIGIBLE', 'INELIGIBLE', 'SCHEDULED'";

    private final ApplicationRepository applications;
    private final Frameworks frameworks;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final VaeSettings settings;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationService(
            ApplicationRepository applications,
            Frameworks frameworks,
            RegisteredArtisans artisans,
            ReferenceData reference,
            VaeSettings settings,
            CurrentUsers users,
            AuditTrail audit,
            Clock clock) {
        this.applications = applications;
        this.frameworks = frameworks;
        this.artisans = artisans;
        this.reference = reference;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListPage<Application> search(ApplicationStatus status, String craftCode, Sort sort, PageSpec page) {
        return applications.search(users.current().scope(), status, craftCode, sort, page);
    }

    @Transactional(readOnly = true)
    public Application get(long id) {
        return applications.find(id, users.current().scope()).orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    @Transactional
    long create(ApplicationForm form) {
        CurrentUser user = checkMayApply();
        Optional<ArtisanProfile> artisan = artisan(form, user);
        if (artisan.isEmpty()) {
            throw Refusal.invalid().field("artisanReference", "vae.application.artisanUnknown");
        }
        if (reference.craft(form.craftCode()).isEmpty()) {
            throw Refusal.invalid().field("craftCode", "vae.application.craftUnknown");
        }
        FrameworkView framework = frameworks.ensure(form.craftCode(), form.trainingLevel());
        ArtisanProfile a = artisan.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Application draft = new Application(
                null,
                a.regionCode(),
                a.provinceCode(),
                a.id(),
                form.craftCode(),
                form.trainingLevel(),
                form.yearsOfPractice(),
                form.statement() == null ? null : form.statement().strip(),
                ApplicationStatus.DRAFT,
                null,
                framework.id(),
                null,
                user.username(),
                now,
                now,
                0);
        long id = applications.insert(draft);
        audit.created(ENTITY, id, a.regionCode(), draft);
        return id;
    }

    /** Why the application could not go before a jury today; empty when it can. */
    @Transactional(readOnly = true)
    List<String> eligibility(Application a) {
        ArtisanProfile artisan = artisans.profile(a.artisanId()).orElse(null);
        return Eligibility.reasons(
                a,
                artisan,
                applications.evidence(a.id()).size(),
                applications.others(a, OPEN),
                applications.others(a, "'VALIDATED'"),
                settings.minYears);
    }

    int minYears() {
        return settings.minYears;
    }

    /** Submits a draft (or resubmits an ineligible one): it becomes ELIGIBLE or INELIGIBLE with the reasons. */
    @Transactional
    Application submit(long id) {
        checkMayApply();
        Application current = get(id);
        if (current.status() != ApplicationStatus.DRAFT && current.status() != ApplicationStatus.INELIGIBLE) {
            throw Refusal.invalid().field("application", "vae.application.notDraft");
        }
        List<String> reasons = eligibility(current);
        ApplicationStatus next = reasons.isEmpty() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        return move(current, next, reasons.isEmpty() ? null : String.join(",", reasons), null);
    }

    @Transactional
    long addEvidence(long id, String originalName, byte[] content) {
        CurrentUser user = checkMayApply();
        Application current = get(id);
        if (current.status() != ApplicationStatus.DRAFT && current.status() != ApplicationStatus.INELIGIBLE) {
            throw Refusal.invalid().field("file", "vae.evidence.locked");
        }
        if (content == null || content.length == 0) {
            throw Refusal.invalid().field("file", "vae.evidence.empty");
        }
        if (content.length > settings.maxEvidenceBytes) {
            throw Refusal.invalid()
                    .field("file", "vae.evidence.tooLarge", EvidenceRules.megabytes(settings.maxEvidenceBytes));
        }
        String type = EvidenceRules.contentType(content)
                .orElseThrow(() -> Refusal.invalid().field("file", "vae.evidence.type"));
        if (applications.evidence(id).size() >= settings.maxEvidenceFiles) {
            throw Refusal.invalid().field("file", "vae.evidence.tooMany", settings.maxEvidenceFiles);
        }
        Evidence evidence = new Evidence(
                0,
                id,
                EvidenceRules.fileName(originalName),
                type,
                content.length,
                sha256(content),
                user.username(),
                OffsetDateTime.now(clock));
        long evidenceId = applications.insertEvidence(evidence, content);
        audit.created(ENTITY + "Evidence", evidenceId, current.regionCode(), evidence);
        return evidenceId;
    }

    @Transactional(readOnly = true)
    List<Evidence> evidence(long id) {
        return applications.evidence(get(id).id());
    }

    @Transactional(readOnly = true)
    byte[] evidenceContent(long id, long evidenceId) {
        return applications.content(get(id).id(), evidenceId).orElseThrow(() -> Refusal.notFound("Evidence", id));
    }

    /** Moves an application on (jury scheduling and decisions included), audited with before and after. */
    public Application move(Application current, ApplicationStatus next, String reasons, Long juryId) {
        applications.move(current, next, reasons, juryId, OffsetDateTime.now(clock));
        Application after = applications
                .find(current.id(), ma.hirfa.platform.RegionScope.national())
                .orElseThrow();
        audit.updated(ENTITY, current.id(), current.regionCode(), current, after);
        return after;
    }

    /** Staff who record files, and an artisan for their own file. */
    private CurrentUser checkMayApply() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT, Role.ARTISAN)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }

    private Optional<ArtisanProfile> artisan(ApplicationForm form, CurrentUser user) {
        if (user.role() == Role.ARTISAN) {
            return user.artisanId() == null ? Optional.empty() : artisans.profile(user.artisanId());
        }
        if (form.artisanId() != null) {
            return artisans.profile(form.artisanId());
        }
        return artisans.findByReference(form.artisanReference()).flatMap(s -> artisans.profile(s.id()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
