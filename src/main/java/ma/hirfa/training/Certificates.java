package ma.hirfa.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.SignedTokens;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of training, apprenticeship and VAE: issued to a registered artisan the caller may see,
 * numbered {@code FC|AP|VA-region-year-id}, signed with the card's keys (the QR code opens
 * {@code /verify/{token}}), revoked with a reason, reissued under a new number (the old one then verifies
 * as revoked). Every change is audited in the caller's transaction; records outside the caller's region are
 * "not found".
 */
@Service
public class Certificates {

    static final String ENTITY = "Certificate";
    static final String TOKEN_KIND = "CERTIFICATE";
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final int MAX_TITLE = 300;
    private static final int MAX_COMPETENCIES = 4000;

    private final CertificateRepository certificates;
    private final RegisteredArtisans artisans;
    private final SignedTokens tokens;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final CertificateDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Certificates(
            CertificateRepository certificates,
            RegisteredArtisans artisans,
            SignedTokens tokens,
            ReferenceData reference,
            AuditTrail audit,
            CurrentUsers users,
            CertificateDocuments documents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.certificates = certificates;
        this.artisans = artisans;
        this.tokens = tokens;
        this.reference = reference;
        this.audit = audit;
        this.users = users;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a certificate. Refused (a {@link ma.hirfa.platform.Refusal}) when the request is incomplete, the
     * caller's role may not certify or the artisan is not registered; {@link Refusal} (not found) when the
     * artisan is outside the caller's region.
     */
    @Transactional
    public CertificateView issue(CertificateRequest request) {
        mayCertify();
        validate(request);
        ArtisanProfile holder = artisans.profile(request.artisanId())
                .orElseThrow(() -> Refusal.notFound("Artisan", request.artisanId()));
        if (!holder.registered()) {
            throw Refusal.conflict("training.certificate.notRegistered");
        }
        return view(create(request, holder));
    }

    /** One certificate the caller may see. */
    @Transactional(readOnly = true)
    public Optional<CertificateView> find(long id) {
        return certificates.findById(id).filter(this::visible).map(this::view);
    }

    /** The certificates of an artisan the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<CertificateView> ofArtisan(long artisanId) {
        return certificates.findByArtisanIdOrderByIdDesc(artisanId).stream()
                .filter(this::visible)
                .map(this::view)
                .toList();
    }

    /** The certificates issued with a caller's reference (e.g. {@code VAE-APP-12}), newest first. */
    @Transactional(readOnly = true)
    public List<CertificateView> byReference(String callerReference) {
        return certificates.findByReferenceOrderByIdDesc(callerReference).stream()
                .filter(this::visible)
                .map(this::view)
                .toList();
    }

    /** The PDF in Arabic and French with a Tamazight title line, and an English part when asked. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, boolean english) {
        return pdf(List.of(id), english);
    }

    /** Several certificates in one PDF, one page each (a whole session). */
    @Transactional(readOnly = true)
    public byte[] pdf(List<Long> ids, boolean english) {
        List<Certificate> found = ids.stream().map(this::visibleCertificate).toList();
        return documents.pdf(found, english);
    }

    /** Revokes a valid certificate; verification then says "revoked". A reason is required. */
    @Transactional
    public CertificateView revoke(long id, String reason) {
        mayCertify();
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("training.certificate.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw Refusal.invalid("training.certificate.reasonTooLong");
        }
        Certificate current = visibleCertificate(id);
        if (current.status() != CertificateStatus.VALID) {
            throw Refusal.conflict("training.certificate.notValid");
        }
        return view(change(current, CertificateStatus.REVOKED, reason.strip(), null));
    }

    /**
     * A new certificate with the same content under a new number (lost or damaged paper, corrected
     * names); the old one is marked replaced and verifies as revoked.
     */
    @Transactional
    public CertificateView reissue(long id) {
        mayCertify();
        Certificate current = visibleCertificate(id);
        if (current.status() != CertificateStatus.VALID) {
            throw Refusal.conflict("training.certificate.notValid");
        }
        ArtisanProfile holder = artisans.profile(current.artisanId())
                .orElseThrow(() -> Refusal.notFound("Artisan", current.artisanId()));
        CertificateRequest again = new CertificateRequest(
                current.kind(),
                current.artisanId(),
                new CertificateTitle(current.titleAr(), current.titleFr(), current.titleZgh(), current.titleEn()),
                current.craftCode(),
                current.hours(),
                current.competencyList(),
                today(),
                current.reference());
        Certificate next = create(again, holder);
        change(current, CertificateStatus.REPLACED, "reissue", next.id());
        return view(next);
    }

    Optional<Certificate> forVerification(long id) {
        return certificates.findById(id);
    }

    /** One language of the competencies, one a line, an empty line where that translation is missing. */
    private static String lines(List<Competency> competencies, Function<Competency, String> language) {
        if (competencies == null || competencies.stream().allMatch(c -> language.apply(c) == null)) {
            return null;
        }
        return String.join(
                "\n",
                competencies.stream()
                        .map(c -> language.apply(c) == null
                                ? ""
                                : language.apply(c).strip())
                        .toList());
    }

    private Certificate create(CertificateRequest request, ArtisanProfile holder) {
        LocalDate issuedOn = request.issuedOn() == null ? today() : request.issuedOn();
        String kid = tokens.activeKid();
        Certificate unsigned = certificates.save(new Certificate(
                null,
                "P-" + UUID.randomUUID(),
                request.kind(),
                holder.id(),
                holder.regionCode(),
                holder.provinceCode(),
                holder.sex() == null ? null : holder.sex().name(),
                holder.birthDate(),
                fullName(holder.firstNameAr(), holder.lastNameAr()),
                fullName(holder.firstNameLat(), holder.lastNameLat()),
                holder.registrationNumber(),
                request.title().ar().strip(),
                request.title().fr().strip(),
                blankToNull(request.title().zgh()),
                blankToNull(request.title().en()),
                request.craftCode() == null ? holder.craftCode() : request.craftCode(),
                request.hours(),
                request.competencies() == null
                        ? null
                        : String.join(
                                "\n",
                                request.competencies().stream()
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .toList()),
                lines(request.competencyTexts(), Competency::ar),
                lines(request.competencyTexts(), Competency::zgh),
                issuedOn,
                CertificateStatus.VALID,
                null,
                null,
                blankToNull(request.reference()),
                kid,
                "",
                clock.instant(),
                null));
        String number = String.format(
                Locale.ROOT,
                "%s-%s-%d-%06d",
                request.kind().prefix(),
                holder.regionCode(),
                issuedOn.getYear(),
                unsigned.id());
        String token = tokens.sign(kid, TOKEN_KIND, unsigned.id(), number, issuedOn);
        Certificate saved = certificates.save(unsigned.numbered(number, kid, token));
        audit.created(ENTITY, saved.id(), saved.regionCode(), snapshot(saved));
        events.publishEvent(new CertificateIssued(
                saved.id(), saved.number(), saved.kind(), saved.artisanId(), saved.regionCode(), saved.reference()));
        return saved;
    }

    private Certificate change(Certificate current, CertificateStatus next, String reason, Long successor) {
        Certificate saved = certificates.save(current.withStatus(next, reason, successor));
        audit.updated(ENTITY, saved.id(), saved.regionCode(), snapshot(current), snapshot(saved));
        if (current.status() == CertificateStatus.VALID && next != CertificateStatus.VALID) {
            events.publishEvent(new CertificateRevoked(
                    saved.id(), saved.number(), saved.artisanId(), saved.regionCode(), reason, successor));
        }
        return saved;
    }

    private void mayCertify() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw Refusal.forbidden("training.role");
        }
    }

    private void validate(CertificateRequest r) {
        if (r == null
                || r.kind() == null
                || r.title() == null
                || blank(r.title().ar())
                || blank(r.title().fr())
                || r.title().ar().length() > MAX_TITLE
                || r.title().fr().length() > MAX_TITLE
                || (r.title().zgh() != null && r.title().zgh().length() > MAX_TITLE)
                || (r.title().en() != null && r.title().en().length() > MAX_TITLE)
                || r.hours() < 0
                || r.hours() > 10_000
                || (r.competencies() != null
                        && String.join("\n", r.competencies()).length() > MAX_COMPETENCIES)
                || (r.reference() != null && r.reference().length() > 100)) {
            throw Refusal.invalid("training.certificate.invalid");
        }
        if (r.craftCode() != null && reference.craft(r.craftCode()).isEmpty()) {
            throw Refusal.invalid("training.certificate.invalid");
        }
    }

    private Certificate visibleCertificate(long id) {
        return certificates.findById(id).filter(this::visible).orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    private boolean visible(Certificate c) {
        return users.current().scope().coversArtisan(c.artisanId(), c.regionCode());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MOROCCO));
    }

    CertificateView view(Certificate c) {
        return new CertificateView(
                c.id(),
                c.number(),
                c.token(),
                c.kind(),
                c.artisanId(),
                c.holderNameAr(),
                c.holderNameLat(),
                c.titleAr(),
                c.titleFr(),
                c.craftCode(),
                c.hours(),
                c.competencyList(),
                c.issuedOn(),
                c.status().name(),
                c.statusReason(),
                c.replacedBy(),
                c.reference(),
                tokens.verificationUrl(c.token()));
    }

    private static Snapshot snapshot(Certificate c) {
        return new Snapshot(
                c.artisanId(),
                c.number(),
                c.kind(),
                c.titleFr(),
                c.hours(),
                c.issuedOn(),
                c.status(),
                c.statusReason(),
                c.replacedBy(),
                c.kid());
    }

    record Snapshot(
            Long artisanId,
            String number,
            CertificateKind kind,
            String titleFr,
            Integer hours,
            LocalDate issuedOn,
            CertificateStatus status,
            String reason,
            Long replacedBy,
            String kid) {}

    private static String fullName(String first, String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
