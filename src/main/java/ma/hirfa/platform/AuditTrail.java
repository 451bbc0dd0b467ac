package ma.hirfa.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.audit.AuditEntry;
import ma.hirfa.platform.audit.AuditLog;
import ma.hirfa.platform.audit.AuditVisibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes who changed (or read) which personal or registry record, with the state before and after. Writes
 * must happen inside the caller's transaction, so that a change and its audit record commit or roll back
 * together. Snapshots are records without secrets; they are stored as JSON.
 */
@Service
public class AuditTrail {

    /**
     * The order of a listener that works in the commit ({@code @TransactionalEventListener(phase =
     * BEFORE_COMMIT)}): before the audit, which is chained last and locks the chain's head until the commit
     * (ADR 0063).
     */
    public static final int BEFORE_THE_AUDIT = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1;

    private static final String SYSTEM = "system";
    /** The snapshot columns hold 100,000 characters; a summary is far shorter. */
    static final int MAX_SNAPSHOT = 100_000;

    private static final int BEGINNING = 2_000;

    private final AuditLog log;
    private final CurrentUsers users;
    private final JsonMapper json;
    private final AuditVisibility visibility;

    AuditTrail(AuditLog log, CurrentUsers users, JsonMapper json, AuditVisibility visibility) {
        this.log = log;
        this.users = users;
        this.json = json;
        this.visibility = visibility;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object entityId, String regionCode, Object after) {
        append(AuditAction.CREATE, entityType, entityId, regionCode, null, after);
    }

    /** A record created, one of several audited at once by {@link #createdAll}. */
    public record Creation(Object entityId, String regionCode, Object after) {}

    /**
     * Several creations at once, recorded in this order as {@link #created} would (an import audits each batch
     * once per region): one lock of the chain's head and one batch of inserts instead of one each.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(String entityType, List<Creation> creations) {
        log.appendAll(creations.stream()
                .map(c -> entry(AuditAction.CREATE, entityType, c.entityId(), c.regionCode(), null, c.after()))
                .toList());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object entityId, String regionCode, Object before, Object after) {
        append(AuditAction.UPDATE, entityType, entityId, regionCode, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object entityId, String regionCode, Object before) {
        append(AuditAction.DELETE, entityType, entityId, regionCode, before, null);
    }

    /** Reading of sensitive (health-related) data; {@code what} names the part that was shown. */
    @Transactional
    public void read(String entityType, Object entityId, String regionCode, Object what) {
        append(AuditAction.READ, entityType, entityId, regionCode, null, what);
    }

    /**
     * The changes recorded about one entity, oldest first (the caller has checked the entity is the user's to
     * see); nothing about health data for a user who may not read it ({@link HealthAuditTypes}).
     */
    @Transactional(readOnly = true)
    public List<AuditHistoryItem> history(String entityType, Object entityId) {
        Optional<CurrentUser> user = users.find();
        if (visibility.healthTypes().contains(entityType)
                && user.isPresent()
                && !AuditVisibility.readsHealthData(user.get())) {
            return List.of();
        }
        return log.history(entityType, String.valueOf(entityId));
    }

    private void append(
            AuditAction action, String entityType, Object entityId, String regionCode, Object before, Object after) {
        log.append(entry(action, entityType, entityId, regionCode, before, after));
    }

    private AuditEntry entry(
            AuditAction action, String entityType, Object entityId, String regionCode, Object before, Object after) {
        Optional<CurrentUser> user = users.find();
        return new AuditEntry(
                user.map(CurrentUser::username).orElse(SYSTEM),
                user.map(u -> u.role().name()).orElse(null),
                regionCode,
                entityType,
                String.valueOf(entityId),
                action,
                toJson(before),
                toJson(after),
                clientAddress());
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : bounded(json.writeValueAsString(snapshot), json);
    }

    /**
     * A snapshot as stored: whole when it fits its column, otherwise a summary that still tells a change happened
     * and proves what the snapshot was (its length, SHA-256 and beginning), never an error that would refuse the
     * change itself (ADR 0044).
     */
    static String bounded(String snapshot, JsonMapper json) {
        if (snapshot.length() <= MAX_SNAPSHOT) {
            return snapshot;
        }
        int cut = Character.isHighSurrogate(snapshot.charAt(BEGINNING - 1)) ? BEGINNING - 1 : BEGINNING;
        return json.writeValueAsString(new Summary(
                true,
                snapshot.length(),
                java.util.HexFormat.of().formatHex(sha256(snapshot)),
                snapshot.substring(0, cut)));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is kept of a snapshot too long for its column ({@code before_state}/{@code after_state}). */
    record Summary(boolean summarised, int length, String sha256, String beginning) {}

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
