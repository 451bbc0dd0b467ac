package ma.hirfa.registry.artisan;

import java.time.Clock;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.ArtisanChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, correcting and reading artisan files, always within the user's region. */
@Service
public class ArtisanService {

    public static final String ENTITY = "Artisan";

    private final ArtisanRepository artisans;
    private final ArtisanRules rules;
    private final ArtisanQueries queries;
    private final ArtisanTimeline timeline;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArtisanService(
            ArtisanRepository artisans,
            ArtisanRules rules,
            ArtisanQueries queries,
            ArtisanTimeline timeline,
            CurrentUsers users,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.artisans = artisans;
        this.rules = rules;
        this.queries = queries;
        this.timeline = timeline;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The file, if the user may see it; otherwise 404, so that files of other regions stay unknown. */
    @Transactional(readOnly = true)
    public Artisan get(long id) {
        RegionScope scope = users.current().scope();
        Optional<Artisan> found = switch (scope.kind()) {
            case NATIONAL -> artisans.findById(id);
            // by id, then the region: Spring Data keeps the SQL of findById, it would build a derived query's anew
            case REGION -> artisans.findById(id).filter(a -> scope.regionCode().equals(a.regionCode()));
            case OWN_FILE -> artisans.findById(id).filter(a -> a.id().equals(scope.artisanId()));
            case NOTHING -> Optional.empty();
        };
        return found.orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    @Transactional
    public long create(ArtisanForm form) {
        CurrentUser user = checkMayWrite();
        ArtisanDetails details = ArtisanRules.normalise(form);
        String region = rules.check(details, null, user.scope());
        Artisan draft = Artisan.draft(details, region, clock.instant())
                .withPotentialDuplicate(queries.lookalike(details, null));
        Artisan saved = OneActiveFile.write(() -> artisans.save(draft));
        timeline.record(saved.id(), null, ArtisanStatus.DRAFT, null);
        audit.created(ENTITY, saved.id(), region, saved.snapshot());
        events.publishEvent(new ArtisanChanged(saved.id(), region));
        return saved.id();
    }

    /**
     * The register's rules on a form whose fields are still at fault (age, experience, places, a national id already
     * registered), so the page reports every problem at once; writes nothing. Staff only: an artisan's own
     * file is checked against its region when saved.
     */
    @Transactional(readOnly = true)
    public void checkRules(ArtisanForm form, Long id) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ARTISAN)) {
            rules.check(ArtisanRules.normalise(form), id, user.scope());
        }
    }

    /** Staff of the region, or the artisan on their own file, complete a file until it is registered. */
    @Transactional
    public void update(long id, ArtisanForm form) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ARTISAN)) {
            checkMayWrite();
        }
        Artisan current = get(id);
        if (!current.status().editable()) {
            throw Refusal.invalid().field("artisan", "registry.artisan.notEditable");
        }
        ArtisanDetails details = ArtisanRules.normalise(form);
        RegionScope scope = user.hasRole(Role.ARTISAN) ? RegionScope.region(current.regionCode()) : user.scope();
        String region = rules.check(details, id, scope);
        Long expectedVersion = form.version() == null ? current.version() : form.version();
        Artisan changed = current.withDetails(details, region, clock.instant(), expectedVersion)
                .withPotentialDuplicate(queries.lookalike(details, id));
        Artisan saved = OneActiveFile.write(() -> artisans.save(changed));
        audit.updated(ENTITY, id, region, current.snapshot(), saved.snapshot());
        events.publishEvent(new ArtisanChanged(id, region));
    }

    private CurrentUser checkMayWrite() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }
}
