package ma.hirfa.registry.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, correcting and reading organisations, always within the user's region. */
@Service
class OrganisationService {

    static final int PAGE_SIZE = 25;
    static final String ENTITY = "Organisation";

    private final OrganisationRepository organisations;
    private final OrganisationRules rules;
    private final OrganisationQueries queries;
    private final OrganisationTimeline timeline;
    private final Acting acting;

    OrganisationService(
            OrganisationRepository organisations,
            OrganisationRules rules,
            OrganisationQueries queries,
            OrganisationTimeline timeline,
            Acting acting) {
        this.organisations = organisations;
        this.rules = rules;
        this.queries = queries;
        this.timeline = timeline;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    ListPage<Organisation> search(OrganisationSearch search, Sort sort, PageSpec page) {
        RegionScope scope = acting.user().scope();
        ListPage<Long> ids = queries.search(search, scope, sort, page);
        Map<Long, Organisation> found = new HashMap<>();
        organisations.findAllById(ids.items()).forEach(o -> found.put(o.id(), o));
        return ids.map(found::get);
    }

    /** The organisation, if the user may see it; otherwise 404, so that other regions' files stay unknown. */
    @Transactional(readOnly = true)
    Organisation get(long id) {
        RegionScope scope = acting.user().scope();
        Optional<Organisation> found = switch (scope.kind()) {
            case NATIONAL -> organisations.findById(id);
            case REGION -> organisations.findByIdAndRegionCode(id, scope.regionCode());
            case OWN_FILE, NOTHING -> Optional.empty();
        };
        return found.orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    /** As {@link #get}, and 404 too when the organisation is not of the kind the path names. */
    @Transactional(readOnly = true)
    Organisation get(long id, OrganisationKind kind) {
        Organisation found = get(id);
        if (found.details().kind() != kind) {
            throw Refusal.notFound(ENTITY, id);
        }
        return found;
    }

    @Transactional
    long create(OrganisationForm form) {
        CurrentUser user = checkMayWrite();
        OrganisationDetails details = OrganisationRules.normalise(form, rules.supervisor(form));
        Set<OrganisationCraft> crafts = OrganisationRules.crafts(form.crafts());
        String region = rules.check(details, crafts, null, user.scope());
        Organisation saved = organisations.save(Organisation.draft(details, region, crafts, acting.now()));
        timeline.record(saved.id(), null, OrganisationStatus.DRAFT, null);
        acting.audit().created(ENTITY, saved.id(), region, saved.snapshot());
        return saved.id();
    }

    @Transactional
    void update(long id, OrganisationForm form) {
        CurrentUser user = checkMayWrite();
        Organisation current = get(id);
        if (!current.status().editable()) {
            throw Refusal.invalid().field("organisation", "registry.organisation.notEditable");
        }
        OrganisationDetails details = OrganisationRules.normalise(form, rules.supervisor(form));
        Set<OrganisationCraft> crafts = OrganisationRules.crafts(form.crafts());
        String region = rules.check(details, crafts, id, user.scope());
        if (!region.equals(current.regionCode()) && !current.members().isEmpty()) {
            throw Refusal.invalid().field("provinceCode", "registry.organisation.member.otherRegion");
        }
        Long expected = form.version() == null ? current.version() : form.version();
        Organisation saved = organisations.save(current.withDetails(details, region, crafts, acting.now(), expected));
        acting.audit().updated(ENTITY, id, region, current.snapshot(), saved.snapshot());
    }

    /** Adds a registered artisan of the organisation's region, given by id or by national id or number. */
    @Transactional
    Organisation addMember(long id, Long artisanId, String reference, MemberRole role) {
        checkMayWrite();
        Organisation current = get(id);
        checkMembersChangeable(current);
        Long who = artisanId != null ? artisanId : rules.memberByReference(reference);
        if (who == null) {
            throw Refusal.invalid().field("artisanId", "registry.organisation.member.unknown");
        }
        if (role == null) {
            throw Refusal.invalid().field("role", "registry.organisation.member.roleRequired");
        }
        String problem = rules.registeredArtisanProblem(who, current.regionCode());
        if (problem != null) {
            throw Refusal.invalid().field("artisanId", problem);
        }
        if (current.hasMember(who)) {
            throw Refusal.invalid().field("artisanId", "registry.organisation.member.already");
        }
        if (role.office() && current.hasRole(role)) {
            throw Refusal.invalid().field("role", "registry.organisation.member.roleTaken");
        }
        return saveMembers(current, current.membersWith(new OrganisationMember(who, role)));
    }

    @Transactional
    Organisation removeMember(long id, long artisanId) {
        checkMayWrite();
        Organisation current = get(id);
        checkMembersChangeable(current);
        if (!current.hasMember(artisanId)) {
            throw Refusal.notFound("Member", artisanId);
        }
        Organisation changed = current.withMembers(current.membersWithout(artisanId), acting.now());
        if (current.status() == OrganisationStatus.REGISTERED && !OrganisationWorkflow.complete(changed)) {
            throw Refusal.invalid().field("artisanId", "registry.organisation.cooperative.presidentRequired");
        }
        return saveMembers(current, changed.members());
    }

    private Organisation saveMembers(Organisation current, Set<OrganisationMember> members) {
        Organisation saved = organisations.save(current.withMembers(members, acting.now()));
        acting.audit().updated(ENTITY, saved.id(), saved.regionCode(), current.snapshot(), saved.snapshot());
        return saved;
    }

    /** Members change while the file is prepared and, as people join and leave, once registered. */
    private static void checkMembersChangeable(Organisation o) {
        if (!o.status().editable() && o.status() != OrganisationStatus.REGISTERED) {
            throw Refusal.invalid().field("organisation", "registry.organisation.membersLocked");
        }
    }

    private CurrentUser checkMayWrite() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }
}
