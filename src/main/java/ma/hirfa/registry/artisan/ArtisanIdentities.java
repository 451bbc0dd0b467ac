package ma.hirfa.registry.artisan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.ArtisanRegistered;
import ma.hirfa.registry.ArtisansMerged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the matching module's identity index in step with the register, on the register's events: a saved
 * file is written to it, a file absorbed by a merge leaves it and comes back when the merge is undone.
 *
 * <p>The listeners run just before the commit of the transaction that published the event, on its connection
 * (ADR 0061): the file and its index entry are committed together or not at all, so a user is never told "nothing
 * was saved" for a saved file, no saved file is missing from search and duplicate detection, and a registration
 * needs one connection, not two. An index write that fails rolls the change back: failures the platform answers
 * itself (database out of reach: 503; a lock lost to another request: 409) pass through, any other becomes a 503
 * refusal saying nothing was saved. Each listener reads the file as it is now and replaces its entry, so a second
 * event about the same file, or a delivery repeated, writes the same entry again. The bulk import writes the index itself with
 * {@code COPY} (ADR 0023) and publishes no event; the start-up backfill calls {@link #followAll}.
 */
@Component
public class ArtisanIdentities {

    static final String INDEX_FAILED = "registry.artisan.indexFailed";
    private static final Logger LOG = LoggerFactory.getLogger(ArtisanIdentities.class);

    private final IdentityIndex index;
    private final ArtisanRepository artisans;
    private final String retryAfter;

    ArtisanIdentities(
            IdentityIndex index,
            ArtisanRepository artisans,
            @Value("${hirfa.database.retry-after:PT10S}") Duration retryAfter) {
        this.index = index;
        this.artisans = artisans;
        this.retryAfter = Long.toString(Math.max(1, retryAfter.toSeconds()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(AuditTrail.BEFORE_THE_AUDIT)
    void on(ArtisanChanged event) {
        follow(event.artisanId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(AuditTrail.BEFORE_THE_AUDIT)
    void on(ArtisanRegistered event) {
        follow(event.artisanId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(AuditTrail.BEFORE_THE_AUDIT)
    void on(ArtisansMerged event) {
        follow(event.absorbedId());
    }

    private void follow(long artisanId) {
        try {
            artisans.findById(artisanId).ifPresentOrElse(this::follow, () -> index.remove(artisanId));
        } catch (DataAccessResourceFailureException
                | TransientDataAccessResourceException
                | ConcurrencyFailureException answeredByThePlatform) {
            throw answeredByThePlatform;
        } catch (RuntimeException e) {
            LOG.error("Writing file {} to the identity index failed: the change is rolled back", artisanId, e);
            Refusal refusal = Refusal.of(Refusal.Kind.SERVICE_UNAVAILABLE, INDEX_FAILED);
            refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
            throw refusal;
        }
    }

    public void follow(Artisan file) {
        if (file.status() == ArtisanStatus.MERGED) {
            index.remove(file.id());
        } else {
            index.put(file.id(), file.regionCode(), file.registrationNumber(), identity(file.id(), file.details()));
        }
    }

    void followAll(List<Artisan> files) {
        List<IndexedIdentity> batch = new ArrayList<>();
        for (Artisan a : files) {
            if (a.status() != ArtisanStatus.MERGED) {
                batch.add(new IndexedIdentity(
                        a.id(), a.regionCode(), a.registrationNumber(), identity(a.id(), a.details())));
            }
        }
        index.putAll(batch);
    }

    public static IdentityRecord identity(Long id, ArtisanDetails d) {
        return new IdentityRecord(
                id == null ? "new" : Long.toString(id),
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                d.birthDate(),
                d.provinceCode(),
                d.phone());
    }
}
