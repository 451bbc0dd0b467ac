package ma.hirfa.registry.correction;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanDetails;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ArtisanRules;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.registry.artisan.OneActiveFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections of a registered artisan's data go through the same four eyes as the registration: an agent
 * proposes, a reviewer who did not propose applies or refuses. Only one correction waits at a time.
 */
@Service
public class Corrections {

    public record Pending(long id, ArtisanDetails proposed, String reason, String proposedBy) {}

    /** A field that the correction changes, for the reviewer to compare. */
    record Change(String field, Object before, Object after) {}

    public record View(String proposedBy, String reason, List<Change> changes) {}

    private final JdbcTemplate jdbc;
    private final ArtisanService files;
    private final ArtisanRepository artisans;
    private final ArtisanRules rules;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Corrections(
            JdbcTemplate jdbc,
            ArtisanService files,
            ArtisanRepository artisans,
            ArtisanRules rules,
            CurrentUsers users,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.artisans = artisans;
        this.rules = rules;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void propose(long id, ArtisanForm form, String reason) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw Refusal.forbidden("registry.workflow.role");
        }
        Artisan file = files.get(id);
        if (file.status().editable() || !file.status().active()) {
            throw Refusal.conflict("registry.workflow.notAllowed");
        }
        if (pending(id).isPresent()) {
            throw Refusal.conflict("registry.correction.alreadyPending");
        }
        ArtisanDetails details = ArtisanRules.normalise(form);
        rules.check(details, id, user.scope());
        jdbc.update(
                "insert into reg_correction (artisan_id, proposed, reason, state, proposed_by, proposed_at)"
                        + " values (?, ?, ?, 'PENDING', ?, ?)",
                id,
                json.writeValueAsString(details),
                reason == null || reason.isBlank() ? null : reason.strip(),
                user.username(),
                Timestamp.from(clock.instant()));
        artisans.save(file.withCorrectionRequested(true));
        audit.updated(
                ArtisanService.ENTITY, id, file.regionCode(), file.snapshot(), Map.of("proposedCorrection", details));
    }

    @Transactional(readOnly = true)
    public Optional<Pending> pending(long id) {
        files.get(id);
        return jdbc
                .query(
                        "select id, proposed, reason, proposed_by from reg_correction where artisan_id = ? and state = 'PENDING'",
                        (rs, row) -> new Pending(
                                rs.getLong("id"),
                                json.readValue(rs.getString("proposed"), ArtisanDetails.class),
                                rs.getString("reason"),
                                rs.getString("proposed_by")),
                        id)
                .stream()
                .findFirst();
    }

    /** What the pending correction would change, field by field. */
    public View view(Pending pending, Artisan file, ma.hirfa.platform.Language language) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : ArtisanDetails.class.getRecordComponents()) {
            Object before = read(component, file.details());
            Object after = read(component, pending.proposed());
            if (!Objects.equals(before, after)) {
                changes.add(new Change(component.getName(), before, after));
            }
        }
        return new View(pending.proposedBy(), pending.reason(), changes);
    }

    private static Object read(RecordComponent component, ArtisanDetails details) {
        try {
            return component.getAccessor().invoke(details);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The proposal passed the rules when it was made; the file or the register may have changed since. */
    private String stillValid(ArtisanDetails proposed, long id, CurrentUser user) {
        try {
            return rules.check(proposed, id, user.scope());
        } catch (Refusal noLongerValid) {
            if (noLongerValid.recordMissing()) {
                throw noLongerValid;
            }
            throw Refusal.conflict("registry.correction.noLongerValid");
        }
    }

    @Transactional
    void decide(long id, boolean apply, String reason) {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER)) {
            throw Refusal.forbidden("registry.workflow.role");
        }
        Artisan file = files.get(id);
        Pending pending = pending(id).orElseThrow(() -> Refusal.conflict("registry.correction.none"));
        if (pending.proposedBy().equals(user.username())) {
            throw Refusal.conflict("registry.workflow.fourEyes");
        }
        if (!apply && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("registry.workflow.reasonRequired");
        }
        Artisan decided = file.withCorrectionRequested(false);
        if (apply) {
            String region = stillValid(pending.proposed(), id, user);
            decided = decided.withDetails(pending.proposed(), region, clock.instant(), file.version());
        }
        Artisan toSave = decided;
        Artisan saved = OneActiveFile.write(() -> artisans.save(toSave));
        jdbc.update(
                "update reg_correction set state = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?",
                apply ? "APPLIED" : "REFUSED",
                user.username(),
                Timestamp.from(clock.instant()),
                reason == null || reason.isBlank() ? null : reason.strip(),
                pending.id());
        audit.updated(ArtisanService.ENTITY, id, saved.regionCode(), file.snapshot(), saved.snapshot());
        if (apply) {
            events.publishEvent(new ArtisanChanged(id, saved.regionCode()));
        }
    }
}
