package ma.hirfa.training.session;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.Acting;
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

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final EnrolmentRepository rows;
    private final Certificates certificates;
    private final RegisteredArtisans artisans;
    private final Acting acting;

    SessionCertificates(
            Sessions sessions,
            Enrolments enrolments,
            EnrolmentRepository rows,
            Certificates certificates,
            RegisteredArtisans artisans,
            Acting acting) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.rows = rows;
        this.certificates = certificates;
        this.artisans = artisans;
        this.acting = acting;
    }

    record Outcome(int issued, int notRegistered) {}

    @Transactional
    Outcome issue(long sessionId) {
        Sessions.mayOrganise(acting.user());
        TrainingSession session = sessions.get(sessionId);
        Programme programme = sessions.programmeOf(session);
        LocalDate today = acting.todayInMorocco();
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
            acting.audit()
                    .updated(
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
