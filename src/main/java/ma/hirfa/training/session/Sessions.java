package ma.hirfa.training.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions belong to the region of their province; a user sees and organises those of their scope. */
@Service
class Sessions {

    static final String ENTITY = "TrainingSession";

    private final TrainingSessionRepository sessions;
    private final SessionListing listing;
    private final EnrolmentRepository enrolments;
    private final Programmes programmes;
    private final ReferenceData reference;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    Sessions(
            TrainingSessionRepository sessions,
            SessionListing listing,
            EnrolmentRepository enrolments,
            Programmes programmes,
            ReferenceData reference,
            CurrentUsers users,
            AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.listing = listing;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.reference = reference;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(SessionForm form) {
        mayOrganise(users.current());
        Programme programme = programmes.get(form.programmeId());
        Province province = reference
                .province(form.provinceCode())
                .filter(p -> users.current().scope().covers(p.regionCode()))
                .orElseThrow(() -> Refusal.invalid("training.session.provinceRefused"));
        String commune = form.communeCode() == null || form.communeCode().isBlank() ? null : form.communeCode();
        if (commune != null
                && reference
                        .commune(commune)
                        .map(Commune::provinceCode)
                        .filter(province.code()::equals)
                        .isEmpty()) {
            throw Refusal.invalid("training.session.communeRefused");
        }
        checkRules(form);
        TrainingSession saved = sessions.save(new TrainingSession(
                null,
                programme.id(),
                province.regionCode(),
                province.code(),
                commune,
                blankToNull(form.place()),
                form.trainer().strip(),
                form.startsOn(),
                form.endsOn(),
                form.capacity(),
                form.waitingList(),
                clock.instant(),
                null));
        audit.created(ENTITY, saved.id(), saved.regionCode(), saved);
        return saved.id();
    }

    /**
     * The rules between fields (the last day not before the first, at most a year apart); the page also runs them
     * on a form whose fields are at fault, so that it tells every problem at once. Writes nothing.
     */
    void checkRules(SessionForm form) {
        if (form.startsOn() == null || form.endsOn() == null) {
            return;
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw Refusal.invalid("training.session.datesRefused");
        }
        if (form.endsOn().isAfter(form.startsOn().plusDays(366))) {
            throw Refusal.invalid("training.session.tooLong");
        }
    }

    /** Every session of the user's scope, latest first (the API's list). */
    @Transactional(readOnly = true)
    List<SessionView> list(Language language) {
        RegionScope scope = users.current().scope();
        if (scope.kind() != RegionScope.Kind.NATIONAL && scope.kind() != RegionScope.Kind.REGION) {
            return List.of();
        }
        return sessions.visible(scope.restriction()).stream()
                .map(s -> view(s, language))
                .toList();
    }

    /** One page of the sessions of the user's scope; only those running today or starting later when asked. */
    @Transactional(readOnly = true)
    ListPage<SessionView> page(Language language, SessionPeriod when, Sort sort, PageSpec page) {
        return listing.page(users.current().scope(), when, LocalDate.now(clock), sort, page)
                .map(s -> view(s, language));
    }

    /** How many sessions {@link #page} finds across its pages (the home page's count). */
    @Transactional(readOnly = true)
    long count(SessionPeriod when) {
        return listing.count(users.current().scope(), when, LocalDate.now(clock));
    }

    /** A session of the user's scope; "not found" otherwise, also for another region's session. */
    @Transactional(readOnly = true)
    TrainingSession get(long id) {
        return sessions.findById(id)
                .filter(s -> users.current().scope().covers(s.regionCode()))
                .orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    @Transactional(readOnly = true)
    SessionView view(long id, Language language) {
        return view(get(id), language);
    }

    SessionView view(TrainingSession s, Language language) {
        Programme p = programmes.get(s.programmeId());
        List<Enrolment> all = enrolments.findBySessionIdOrderByIdAsc(s.id());
        return new SessionView(
                s.id(),
                p.id(),
                Programmes.view(p, language).title(),
                p.programmeType(),
                s.regionCode(),
                s.provinceCode(),
                reference.provinceName(s.provinceCode(), language),
                s.communeCode(),
                s.communeCode() == null ? null : reference.communeName(s.communeCode(), language),
                s.place(),
                s.trainer(),
                s.startsOn(),
                s.endsOn(),
                s.days(),
                p.hours(),
                s.capacity(),
                s.waitingList(),
                (int) all.stream()
                        .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                        .count(),
                (int) all.stream()
                        .filter(e -> e.status() == EnrolmentStatus.WAITING)
                        .count(),
                p.minAttendancePercent(),
                p.assessmentRequired());
    }

    Programme programmeOf(TrainingSession s) {
        return programmes.get(s.programmeId());
    }

    static void mayOrganise(CurrentUser user) {
        if (!Programmes.staff(user)) {
            throw Refusal.forbidden("training.role");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
