package ma.hirfa.training.session;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment of registered artisans whose craft the programme concerns: a seat while there is one, else the
 * waiting list (when the session keeps one), promoted in order when a trainee withdraws. An artisan cannot
 * hold or await seats in two sessions on overlapping days. Each change is audited; the session row is locked
 * so that two agents enrolling at once on two nodes cannot exceed the capacity.
 */
@Service
class Enrolments {

    static final String ENTITY = "TrainingEnrolment";

    private final EnrolmentRepository enrolments;
    private final Sessions sessions;
    private final RegisteredArtisans artisans;
    private final AttendanceSheets attendance;
    private final ReferenceData reference;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Enrolments(
            EnrolmentRepository enrolments,
            Sessions sessions,
            RegisteredArtisans artisans,
            AttendanceSheets attendance,
            ReferenceData reference,
            CurrentUsers users,
            AuditTrail audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.artisans = artisans;
        this.attendance = attendance;
        this.reference = reference;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enrols by artisan id; the answer says whether a seat or a place on the waiting list was given. */
    @Transactional
    EnrolmentStatus enrol(long sessionId, long artisanId) {
        Sessions.mayOrganise(users.current());
        TrainingSession session = sessions.get(sessionId);
        lock(sessionId);
        ArtisanProfile artisan = artisans.profile(artisanId)
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "training.enrolment.unknownArtisan"));
        if (!artisan.registered()) {
            throw Refusal.conflict("training.enrolment.notRegistered");
        }
        Programme programme = sessions.programmeOf(session);
        if (!programme.concerns(artisan.craftCode())) {
            throw Refusal.conflict("training.enrolment.craft");
        }
        Optional<Enrolment> existing = enrolments.findBySessionIdAndArtisanId(sessionId, artisanId);
        if (existing.isPresent() && existing.get().status() != EnrolmentStatus.WITHDRAWN) {
            throw Refusal.conflict("training.enrolment.already");
        }
        if (enrolments.overlapping(artisanId, sessionId, session.startsOn(), session.endsOn()) > 0) {
            throw Refusal.conflict("training.enrolment.overlap");
        }
        EnrolmentStatus status;
        if (enrolments.seatsTaken(sessionId) < session.capacity()) {
            status = EnrolmentStatus.ENROLLED;
        } else if (session.waitingList()) {
            status = EnrolmentStatus.WAITING;
        } else {
            throw Refusal.conflict("training.enrolment.full");
        }
        if (existing.isPresent()) {
            Enrolment saved = enrolments.save(existing.get().withStatus(status, clock.instant()));
            audit.updated(ENTITY, saved.id(), saved.regionCode(), snapshot(existing.get()), snapshot(saved));
        } else {
            Enrolment saved = enrolments.save(new Enrolment(
                    null,
                    sessionId,
                    artisanId,
                    artisan.regionCode(),
                    artisan.provinceCode(),
                    artisan.craftCode(),
                    artisan.sex() == null ? null : artisan.sex().name(),
                    artisan.birthDate(),
                    artisan.displayName(),
                    artisan.registrationNumber(),
                    status,
                    null,
                    null,
                    clock.instant(),
                    null,
                    null));
            audit.created(ENTITY, saved.id(), saved.regionCode(), snapshot(saved));
        }
        return status;
    }

    /** Withdraws a trainee (or a name on the waiting list); a freed seat goes to the first one waiting. */
    @Transactional
    Optional<Long> withdraw(long sessionId, long enrolmentId) {
        Sessions.mayOrganise(users.current());
        TrainingSession session = sessions.get(sessionId);
        lock(sessionId);
        Enrolment current = of(sessionId, enrolmentId);
        if (current.status() == EnrolmentStatus.WITHDRAWN) {
            throw Refusal.conflict("training.enrolment.notActive");
        }
        Enrolment withdrawn = enrolments.save(current.withStatus(EnrolmentStatus.WITHDRAWN, clock.instant()));
        audit.updated(ENTITY, withdrawn.id(), withdrawn.regionCode(), snapshot(current), snapshot(withdrawn));
        if (current.status() != EnrolmentStatus.ENROLLED || enrolments.seatsTaken(sessionId) >= session.capacity()) {
            return Optional.empty();
        }
        return enrolments.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(e -> e.status() == EnrolmentStatus.WAITING)
                .min(Comparator.comparing(Enrolment::enrolledAt).thenComparing(Enrolment::id))
                .map(next -> {
                    Enrolment promoted = enrolments.save(next.withStatus(EnrolmentStatus.ENROLLED, clock.instant()));
                    audit.updated(ENTITY, promoted.id(), promoted.regionCode(), snapshot(next), snapshot(promoted));
                    return promoted.artisanId();
                });
    }

    /** Records the result of the programme's assessment for a trainee. */
    @Transactional
    void assess(long sessionId, long enrolmentId, boolean passed) {
        Sessions.mayOrganise(users.current());
        sessions.get(sessionId);
        Enrolment current = of(sessionId, enrolmentId);
        if (current.status() != EnrolmentStatus.ENROLLED) {
            throw Refusal.conflict("training.enrolment.notActive");
        }
        Enrolment saved = enrolments.save(current.assessed(passed));
        audit.updated(ENTITY, saved.id(), saved.regionCode(), snapshot(current), snapshot(saved));
    }

    @Transactional(readOnly = true)
    List<EnrolmentView> list(long sessionId, Language language) {
        TrainingSession session = sessions.get(sessionId);
        Completion rule = Completion.of(sessions.programmeOf(session));
        List<Enrolment> all = enrolments.findBySessionIdOrderByIdAsc(sessionId);
        Map<Long, Integer> present = attendance.presentDays(sessionId);
        return all.stream()
                .map(e -> {
                    int days = present.getOrDefault(e.id(), 0);
                    return new EnrolmentView(
                            e.id(),
                            e.artisanId(),
                            e.holderName(),
                            e.registrationNumber(),
                            e.craftCode(),
                            reference.craftName(e.craftCode(), language),
                            e.status(),
                            days,
                            rule.percent(days, session.days()),
                            e.assessmentPassed(),
                            e.status() == EnrolmentStatus.ENROLLED
                                    && rule.completed(days, session.days(), e.assessmentPassed()),
                            e.certificateId());
                })
                .toList();
    }

    List<Enrolment> enrolled(long sessionId) {
        return enrolments.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .toList();
    }

    Enrolment of(long sessionId, long enrolmentId) {
        return enrolments
                .findById(enrolmentId)
                .filter(e -> e.sessionId() == sessionId)
                .orElseThrow(() -> ma.hirfa.platform.Refusal.notFound(ENTITY, enrolmentId));
    }

    private void lock(long sessionId) {
        jdbc.queryForList("select id from trn_session where id = ? for update", Long.class, sessionId);
    }

    static Snapshot snapshot(Enrolment e) {
        return new Snapshot(e.sessionId(), e.artisanId(), e.status(), e.assessmentPassed(), e.certificateId());
    }

    record Snapshot(
            Long sessionId, Long artisanId, EnrolmentStatus status, Boolean assessmentPassed, Long certificateId) {}
}
