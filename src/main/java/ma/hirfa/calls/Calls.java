package ma.hirfa.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Trilingual;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: drafting with the offering module's items and a grid, opening and closing, and the
 * applications (by staff on an applicant's behalf, or by an artisan from their own account). Committee, ranking
 * and appeals are {@link Committee}, {@link Results} and {@link Appeals}. Every method acts as the current user,
 * within their region; a call of another region is not found (404).
 */
@Service
public class Calls {

    static final String ENTITY = "Call";

    private final CallRepository calls;
    private final CallApplicationRepository applications;
    private final Offerings offerings;
    private final CallEligibility eligibility;
    private final ReferenceData reference;
    private final CallRoles roles;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    Calls(
            CallRepository calls,
            CallApplicationRepository applications,
            Offerings offerings,
            CallEligibility eligibility,
            ReferenceData reference,
            CallRoles roles,
            CurrentUsers users,
            AuditTrail audit,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.offerings = offerings;
        this.eligibility = eligibility;
        this.reference = reference;
        this.roles = roles;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts a call; its items must be among what the offering module offers for the owner now. */
    @Transactional
    public long create(NewCall form) {
        CurrentUser user = roles.staff();
        String region = user.scope().restriction().orElse(form.regionCode());
        if (region == null
                || reference.regions().stream().noneMatch(r -> r.code().equals(region))) {
            throw Refusal.invalid().field("regionCode", "calls.call.regionRequired");
        }
        CallOffering offering = offerings.of(form.kind());
        Map<String, OfferedItem> offerable = offering.offerable(form.ownerId()).stream()
                .collect(Collectors.toMap(OfferedItem::ref, Function.identity(), (a, b) -> a));
        Refusal problems = Refusal.invalid();
        if (form.itemRefs().stream().anyMatch(ref -> !offerable.containsKey(ref))) {
            problems.field("itemRefs", "calls.call.itemUnknown");
        }
        if (form.closesOn().isBefore(form.opensOn())) {
            problems.field("closesOn", "calls.call.closesBeforeOpening");
        }
        List<GridCriterion> grid =
                form.grid() == null || form.grid().isEmpty() ? GridCriterion.defaults() : form.grid();
        checkGrid(grid, problems);
        problems.throwIfAny();
        Call call = new Call(
                0,
                form.kind(),
                form.ownerId(),
                region,
                new Trilingual(
                        form.titleAr().strip(),
                        form.titleFr().strip(),
                        form.titleZgh().strip()),
                form.eligibility() == null || form.eligibility().isBlank()
                        ? null
                        : form.eligibility().strip(),
                form.opensOn(),
                form.closesOn(),
                form.appealDays(),
                CallStatus.DRAFT,
                null,
                null,
                user.username(),
                OffsetDateTime.now(clock),
                grid,
                form.itemRefs().stream().distinct().map(offerable::get).toList());
        long id = calls.insert(call);
        audit.created(ENTITY, id, region, call);
        return id;
    }

    /** Changes the weights and maximum scores while the call is a draft; the grid is published when it opens. */
    @Transactional
    public void editGrid(long id, List<GridCriterion> grid) {
        roles.staff();
        Call call = get(id);
        if (call.status() != CallStatus.DRAFT) {
            throw Refusal.conflict("calls.grid.published");
        }
        Refusal problems = Refusal.invalid();
        checkGrid(grid, problems);
        problems.throwIfAny();
        calls.saveGrid(id, grid);
        audit.updated(ENTITY + "Grid", id, call.regionCode(), call.grid(), grid);
    }

    @Transactional
    public void open(long id) {
        roles.staff();
        move(get(id), CallStatus.DRAFT, CallStatus.OPEN, null, null);
    }

    /** Closes the call to applications once its closing day has come (applications stop from then on). */
    @Transactional
    public void close(long id) {
        roles.staff();
        Call call = get(id);
        if (today().isBefore(call.closesOn())) {
            throw Refusal.conflict("calls.call.notYetClosing", call.closesOn());
        }
        move(call, CallStatus.OPEN, CallStatus.CLOSED, null, null);
    }

    /** An application by staff on the applicant's behalf (an artisan or a cooperative of the call's region). */
    @Transactional
    public long apply(long callId, Applicant applicant, List<String> preferences) {
        roles.staff();
        return submit(get(callId), applicant, preferences);
    }

    /** An artisan's own application, from their account. */
    @Transactional
    long applyOwn(long callId, List<String> preferences) {
        CurrentUser user = roles.artisan();
        return submit(get(callId), Applicant.artisan(user.artisanId()), preferences);
    }

    private long submit(Call call, Applicant applicant, List<String> preferences) {
        CurrentUser user = users.current();
        if (!call.takesApplicationsOn(today())) {
            throw today().isBefore(call.opensOn()) || call.status() == CallStatus.DRAFT
                    ? Refusal.conflict("calls.application.notOpen", call.opensOn())
                    : Refusal.conflict("calls.application.closed", call.closesOn());
        }
        if (applications.of(call.id(), applicant).isPresent()) {
            throw Refusal.conflict("calls.application.duplicate");
        }
        CallEligibility.Verdict verdict = eligibility.of(call, applicant);
        if (!verdict.reasons().isEmpty()) {
            Refusal refusal = Refusal.invalid();
            verdict.reasons().forEach(reason -> refusal.field("applicant", reason));
            throw refusal;
        }
        List<String> chosen = preferences == null
                ? List.of()
                : preferences.stream().filter(p -> p != null && !p.isBlank()).toList();
        if (chosen.isEmpty()) {
            throw Refusal.invalid().field("preferences", "calls.application.preferencesRequired");
        }
        if (chosen.stream().anyMatch(p -> !call.offers(p)) || new HashSet<>(chosen).size() != chosen.size()) {
            throw Refusal.invalid().field("preferences", "calls.application.preferenceUnknown");
        }
        CallApplication application = new CallApplication(
                0,
                call.id(),
                applicant,
                verdict.applicantName(),
                call.regionCode(),
                OffsetDateTime.now(clock),
                user.username(),
                null,
                chosen);
        long id;
        try {
            id = applications.insert(application);
        } catch (DuplicateKeyException twoAtOnce) {
            throw Refusal.conflict("calls.application.duplicate");
        }
        audit.created(ENTITY + "Application", id, call.regionCode(), application);
        return id;
    }

    /** An application just made, as its applicant or staff see it (no score before the committee's). */
    @Transactional(readOnly = true)
    CallApplication application(long callId, long id) {
        return applications.find(get(callId).id(), id).orElseThrow(() -> Refusal.notFound(ENTITY + "Application", id));
    }

    @Transactional(readOnly = true)
    boolean hasApplied(long callId, Applicant applicant) {
        return applications.of(get(callId).id(), applicant).isPresent();
    }

    @Transactional(readOnly = true)
    ListPage<Call> search(Sort sort, PageSpec page) {
        return calls.search(CallRepository.visibleTo(users.current()), sort, page);
    }

    @Transactional(readOnly = true)
    Call get(long id) {
        return calls.find(id, CallRepository.visibleTo(users.current()))
                .orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    /** What the offering module offers now for a new call of this kind and owner. */
    @Transactional(readOnly = true)
    List<OfferedItem> offerable(String kind, long ownerId) {
        return offerings.of(kind).offerable(ownerId);
    }

    void move(Call call, CallStatus from, CallStatus to, LocalDate publishedOn, LocalDate finalOn) {
        if (call.status() != from || !calls.move(call.id(), from, to, publishedOn, finalOn)) {
            throw Refusal.conflict("calls.call.wrongStatus");
        }
        audit.updated(ENTITY, call.id(), call.regionCode(), call.status(), to);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkGrid(List<GridCriterion> grid, Refusal problems) {
        if (grid.stream().map(GridCriterion::code).distinct().count() != grid.size()) {
            problems.field("grid", "calls.grid.twice");
        }
    }
}
