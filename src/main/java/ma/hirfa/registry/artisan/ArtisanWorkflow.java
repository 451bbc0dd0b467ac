package ma.hirfa.registry.artisan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.ArtisanRegistered;
import ma.hirfa.registry.ArtisanStruckOff;
import ma.hirfa.registry.ArtisanSuspended;
import ma.hirfa.registry.card.CardView;
import ma.hirfa.registry.card.ProfessionalCards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maker-checker workflow of a registration: an agent prepares and submits, a reviewer (chamber manager
 * or administrator) who did not submit approves, returns or rejects; reviewers later suspend, strike off
 * and reinstate. Every step is timed, explained, audited, and refused with nothing written when not allowed.
 */
@Service
public class ArtisanWorkflow {

    private static final int MAX_REASON = 1000;
    static final String OVERRIDE_ENTITY = "ArtisanApprovalOverride";

    private final ArtisanService files;
    private final ArtisanRepository artisans;
    private final ArtisanRules rules;
    private final ArtisanTimeline timeline;
    private final RegistrationNumbers numbers;
    private final ProfessionalCards cards;
    private final ArtisanRequests requests;
    private final ApprovalChecklist checklist;
    private final ApplicationEventPublisher events;
    private final Acting acting;

    ArtisanWorkflow(
            ArtisanService files,
            ArtisanRepository artisans,
            ArtisanRules rules,
            ArtisanTimeline timeline,
            RegistrationNumbers numbers,
            ProfessionalCards cards,
            ArtisanRequests requests,
            ApprovalChecklist checklist,
            ApplicationEventPublisher events,
            Acting acting) {
        this.files = files;
        this.artisans = artisans;
        this.rules = rules;
        this.timeline = timeline;
        this.numbers = numbers;
        this.cards = cards;
        this.requests = requests;
        this.checklist = checklist;
        this.events = events;
        this.acting = acting;
    }

    @Transactional
    public Artisan apply(long id, Transition transition, String reason) {
        CurrentUser user = acting.user();
        Artisan current = files.get(id);
        checkAllowed(user, current, transition, reason);
        if (!current.status().active() && transition.target().active()) {
            // a struck-off file reinstated while the person holds another active file would be their second
            rules.checkNoOtherActiveFile(current.details().nationalId(), id);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Artisan changed = switch (transition) {
            case SUBMIT -> current.submitted(user.username(), acting.now());
            case APPROVE, REINSTATE -> register(current);
            default -> current.movedTo(transition.target(), acting.now());
        };
        Artisan saved = OneActiveFile.write(() -> artisans.save(changed));
        timeline.record(id, current.status(), saved.status(), why);
        acting.audit().updated(ArtisanService.ENTITY, id, saved.regionCode(), current.snapshot(), saved.snapshot());
        events.publishEvent(
                switch (transition) {
                    case APPROVE -> new ArtisanRegistered(id, saved.regionCode(), saved.registrationNumber());
                    case SUSPEND -> new ArtisanSuspended(id, saved.regionCode(), why);
                    case STRIKE_OFF -> new ArtisanStruckOff(id, saved.regionCode(), why);
                    default -> new ArtisanChanged(id, saved.regionCode());
                });
        cards.follow(
                ArtisanViews.holder(saved),
                current.status().name(),
                saved.status().name(),
                why);
        return saved;
    }

    /**
     * The reviewer's approval from the file page: refused while an item of the {@link ApprovalChecklist} is missing,
     * unless the reviewer overrides it with a reason; the override, its reason and what was missing are audited.
     * (The API's approval, used by systems that check their own files, is {@link #apply} unchanged.)
     */
    @Transactional
    public Artisan approveChecked(long id, boolean override, String reason) {
        Artisan file = files.get(id);
        List<String> missing = file.status() == ArtisanStatus.SUBMITTED ? checklist.missing(file) : List.of();
        if (!missing.isEmpty()) {
            if (!override) {
                Refusal refusal =
                        Refusal.conflict("registry.approval.incomplete").global("registry.approval.incomplete");
                missing.forEach(item -> refusal.global(item));
                throw refusal.global("registry.approval.overrideHint");
            }
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalid("registry.approval.overrideReason");
            }
        }
        Artisan saved = apply(id, Transition.APPROVE, reason);
        if (!missing.isEmpty()) {
            acting.audit()
                    .created(
                            OVERRIDE_ENTITY,
                            id,
                            saved.regionCode(),
                            new ApprovalOverride(saved.registrationNumber(), missing, reason.strip()));
        }
        return saved;
    }

    /** What the audit trail keeps of an approval granted with items of the checklist missing. */
    record ApprovalOverride(String registrationNumber, List<String> missing, String reason) {}

    @Transactional
    CardView renewCard(long id) {
        Artisan file = registeredFileForCards(id);
        CardView renewed = cards.renew(ArtisanViews.holder(file));
        requests.closeRenewals(id);
        return renewed;
    }

    @Transactional
    CardView replaceCard(long id, String reason) {
        Artisan file = registeredFileForCards(id);
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("registry.workflow.reasonRequired");
        }
        return cards.replace(ArtisanViews.holder(file), reason.strip());
    }

    private Artisan registeredFileForCards(long id) {
        if (!acting.user().hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)) {
            throw Refusal.forbidden("registry.workflow.role");
        }
        Artisan file = files.get(id);
        if (file.status() != ArtisanStatus.REGISTERED
                || cards.current(id)
                        .filter(c -> "VALID".equals(c.status()) || "EXPIRED".equals(c.status()))
                        .isEmpty()) {
            throw Refusal.conflict("registry.card.noValidCard");
        }
        return file;
    }

    /** The transitions this user may apply to this file now; pages show only these. */
    Set<Transition> available(Artisan file) {
        CurrentUser user = acting.user();
        Set<Transition> possible = EnumSet.noneOf(Transition.class);
        for (Transition t : Transition.values()) {
            if (t.allowedFrom(file.status()) && roleAllows(user, t) && !blockedByFourEyes(user, file, t)) {
                possible.add(t);
            }
        }
        return possible;
    }

    private Artisan register(Artisan current) {
        LocalDate today = acting.todayInMorocco();
        String number = current.registrationNumber() != null
                ? current.registrationNumber()
                : numbers.next(current.regionCode(), current.details().provinceCode(), today.getYear());
        return current.registered(number, today, acting.now());
    }

    private void checkAllowed(CurrentUser user, Artisan file, Transition t, String reason) {
        if (!roleAllows(user, t)) {
            throw Refusal.forbidden("registry.workflow.role");
        }
        if (!t.allowedFrom(file.status())) {
            throw Refusal.conflict("registry.workflow.notAllowed");
        }
        if (blockedByFourEyes(user, file, t)) {
            throw Refusal.conflict("registry.workflow.fourEyes");
        }
        if (t.needsReason() && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("registry.workflow.reasonRequired");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw Refusal.invalid("registry.workflow.reasonTooLong");
        }
    }

    private static boolean roleAllows(CurrentUser user, Transition t) {
        return t.reviewerOnly()
                ? user.hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)
                : user.hasRole(Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT, Role.ADMIN)
                        || (t == Transition.SUBMIT && user.hasRole(Role.ARTISAN));
    }

    private static boolean blockedByFourEyes(CurrentUser user, Artisan file, Transition t) {
        return (t == Transition.APPROVE || t == Transition.RETURN || t == Transition.REJECT)
                && user.username().equals(file.submittedBy());
    }
}
