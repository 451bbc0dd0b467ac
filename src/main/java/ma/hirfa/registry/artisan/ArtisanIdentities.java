package ma.hirfa.registry.artisan;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.ArtisanRegistered;
import ma.hirfa.registry.ArtisansMerged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the matching module's identity index in step with the register, on the register's events: a saved
 * file is written to it, a file absorbed by a merge leaves it and comes back when the merge is undone.
 *
 * <p>Each listener reads the file as it is now and replaces its index entry, so a delivery repeated (a retry,
 * another node) or late changes nothing more. The listeners run right after the commit, in the thread of the
 * request and in a transaction of their own (not {@code @Async}): the next form the user sends already meets
 * the file in duplicate detection. If writing the index fails, the stored publication stays incomplete and is
 * submitted again ({@code ma.hirfa.platform.events}). The bulk import writes the index itself with
 * {@code COPY} (ADR 0023) and the start-up backfill calls {@link #followAll}: neither goes through events.
 */
@Component
public class ArtisanIdentities {

    private final IdentityIndex index;
    private final ArtisanRepository artisans;

    ArtisanIdentities(IdentityIndex index, ArtisanRepository artisans) {
        this.index = index;
        this.artisans = artisans;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArtisanChanged event) {
        follow(event.artisanId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArtisanRegistered event) {
        follow(event.artisanId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArtisansMerged event) {
        follow(event.absorbedId());
    }

    private void follow(long artisanId) {
        artisans.findById(artisanId).ifPresentOrElse(this::follow, () -> index.remove(artisanId));
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
