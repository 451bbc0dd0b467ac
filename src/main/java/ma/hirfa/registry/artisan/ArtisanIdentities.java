package ma.hirfa.registry.artisan;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import org.springframework.stereotype.Component;

/**
 * Keeps the matching module's identity index in step with the register: every saved file is written to it
 * in the same transaction; a file absorbed by a merge leaves it, and comes back when the merge is undone.
 */
@Component
public class ArtisanIdentities {

    private final IdentityIndex index;

    ArtisanIdentities(IdentityIndex index) {
        this.index = index;
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
