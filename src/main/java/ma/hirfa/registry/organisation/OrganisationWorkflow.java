package ma.hirfa.registry.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.RegistrationNumbers;
import ma.hirfa.registry.artisan.Transition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maker-checker workflow of an organisation, the same as an artisan's: an agent prepares and submits, a
 * reviewer who did not submit approves, returns or rejects; reviewers later suspend, strike off and
 * reinstate. Approval gives a registration number from the province's counter, shared with artisans; no card.
 */
@Service
class OrganisationWorkflow {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final int MAX_REASON = 1000;

    private final OrganisationService files;
    private final OrganisationRules rules;
    private final OrganisationRepository organisations;
    private final OrganisationTimeline timeline;
    private final RegistrationNumbers numbers;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationWorkflow(
            OrganisationService files,
            OrganisationRules rules,
            OrganisationRepository organisations,
            OrganisationTimeline timeline,
            RegistrationNumbers numbers,
            CurrentUsers users,
            AuditTrail audit,
            Clock clock) {
        this.files = files;
        this.rules = rules;
        this.organisations = organisations;
        this.timeline = timeline;
        this.numbers = numbers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Organisation apply(long id, Transition transition, String reason) {
        CurrentUser user = users.current();
        Organisation current = files.get(id);
        checkAllowed(user, current, transition, reason);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Organisation changed = switch (transition) {
            case SUBMIT -> current.submitted(user.username(), clock.instant());
            case APPROVE, REINSTATE -> register(current);
            default -> current.movedTo(OrganisationStatus.reachedBy(transition), clock.instant());
        };
        Organisation saved = organisations.save(changed);
        timeline.record(id, current.status(), saved.status(), why);
        audit.updated(OrganisationService.ENTITY, id, saved.regionCode(), current.snapshot(), saved.snapshot());
        return saved;
    }

    /** The transitions this user may apply to this organisation now; pages show only these. */
    Set<Transition> available(Organisation o) {
        CurrentUser user = users.current();
        Set<Transition> possible = EnumSet.noneOf(Transition.class);
        for (Transition t : Transition.values()) {
            if (o.status().allows(t) && roleAllows(user, t) && !blockedByFourEyes(user, o, t)) {
                possible.add(t);
            }
        }
        return possible;
    }

    /** A cooperative is complete with a president; an enterprise with its supervisor (checked on every save). */
    static boolean complete(Organisation o) {
        return o.details().kind() != OrganisationKind.COOPERATIVE || o.hasRole(MemberRole.PRESIDENT);
    }

    private Organisation register(Organisation current) {
        LocalDate today = LocalDate.now(clock.withZone(MOROCCO));
        String number = current.registrationNumber() != null
                ? current.registrationNumber()
                : numbers.next(current.regionCode(), current.details().provinceCode(), today.getYear());
        return current.registered(number, today, clock.instant());
    }

    private void checkAllowed(CurrentUser user, Organisation o, Transition t, String reason) {
        if (!roleAllows(user, t)) {
            throw Refusal.forbidden("registry.workflow.role");
        }
        if (!o.status().allows(t)) {
            throw Refusal.conflict("registry.workflow.notAllowed");
        }
        if (blockedByFourEyes(user, o, t)) {
            throw Refusal.conflict("registry.workflow.fourEyes");
        }
        if (t.needsReason() && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("registry.workflow.reasonRequired");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw Refusal.invalid("registry.workflow.reasonTooLong");
        }
        if ((t == Transition.SUBMIT || t == Transition.APPROVE) && !complete(o)) {
            throw Refusal.conflict("registry.organisation.cooperative.presidentRequired");
        }
        if ((t == Transition.SUBMIT || t == Transition.APPROVE) && !peopleStillRegistered(o)) {
            throw Refusal.conflict("registry.organisation.member.noLongerRegistered");
        }
    }

    /** Members and supervisor were registered when named; one may since have been suspended or struck off. */
    private boolean peopleStillRegistered(Organisation o) {
        return o.members().stream()
                        .map(OrganisationMember::artisanId)
                        .allMatch(id -> rules.registeredArtisanProblem(id, o.regionCode()) == null)
                && (o.details().supervisorId() == null
                        || rules.registeredArtisanProblem(o.details().supervisorId(), o.regionCode()) == null);
    }

    private static boolean roleAllows(CurrentUser user, Transition t) {
        return t.reviewerOnly()
                ? user.hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)
                : user.hasRole(Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT, Role.ADMIN);
    }

    private static boolean blockedByFourEyes(CurrentUser user, Organisation o, Transition t) {
        return (t == Transition.APPROVE || t == Transition.RETURN || t == Transition.REJECT)
                && user.username().equals(o.submittedBy());
    }
}
