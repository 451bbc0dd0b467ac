package ma.hirfa.training.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.CertificateKind;
import ma.hirfa.training.CertificateRequest;
import ma.hirfa.training.CertificateTitle;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for the trainees of a session who completed it: one each, never twice; trainees no longer
 * registered are left out (and counted). The whole session's certificates print as one PDF.
 */
@Service
class SessionCertificates {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final EnrolmentRepository rows;
    private final Certificates certificates;
    private final RegisteredArtisans artisans;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SessionCertificates(
            Sessions sessions,
            Enrolments enrolments,
            EnrolmentRepository rows,
            Certificates certificates,
            RegisteredArtisans artisans,
            CurrentUsers users,
            AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.rows = rows;
        this.certificates = certificates;
        this.artisans = artisans;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    record Outcome(int issued, int notRegistered) {}

    @Transactional
    Outcome issue(long sessionId) {
        Sessions.mayOrganise(users);
        TrainingSession session = sessions.get(sessionId);
        Programme programme = sessions.programmeOf(session);
        LocalDate today = LocalDate.now(clock.withZone(MOROCCO));
        int issued = 0;
        int notRegistered = 0;
        for (EnrolmentView trainee : enrolments.list(sessionId, Language.FR)) {
            if (!trainee.completed() || trainee.certificateId() != null) {
                continue;
            }
            boolean registered = artisans.profile(trainee.artisanId())
                    .map(ArtisanProfile::registered)
                    .orElse(false);
            if (!registered) {
                notRegistered++;
                continue;
            }
            CertificateView certificate = certificates.issue(new CertificateRequest(
                    CertificateKind.TRAINING,
                    trainee.artisanId(),
                    new CertificateTitle(
                            programme.titleAr(), programme.titleFr(), programme.titleZgh(), programme.titleEn()),
                    trainee.craftCode(),
                    programme.hours(),
                    programme.competencyList(),
                    today,
                    "TRN-ENROLMENT-" + trainee.id(),
                    programme.competencyTexts()));
            Enrolment before = enrolments.of(sessionId, trainee.id());
            Enrolment after = rows.save(before.certified(certificate.id()));
            audit.updated(
                    Enrolments.ENTITY,
                    after.id(),
                    after.regionCode(),
                    Enrolments.snapshot(before),
                    Enrolments.snapshot(after));
            issued++;
        }
        return new Outcome(issued, notRegistered);
    }

    /** Ids of the session's certificates, for one PDF of the whole session. */
    @Transactional(readOnly = true)
    List<Long> certificateIds(long sessionId) {
        sessions.get(sessionId);
        return rows.findBySessionIdOrderByIdAsc(sessionId).stream()
                .map(Enrolment::certificateId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Transactional(readOnly = true)
    byte[] pdf(long sessionId, boolean english) {
        List<Long> ids = certificateIds(sessionId);
        if (ids.isEmpty()) {
            throw Refusal.invalid("training.certificate.noneYet");
        }
        return certificates.pdf(ids, english);
    }
}
