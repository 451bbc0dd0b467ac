package ma.hirfa.vae.jury;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.apprenticeship.Apprenticeships;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Component;

/**
 * Conflicts of interest between a jury member and a candidate: the candidate is the member, a relative the
 * member declared, the member's (former) apprentice, or a fellow member of a cooperative or enterprise.
 * Reasons are message keys {@code vae.conflict.<x>}.
 */
@Component
class Conflicts {

    private final Apprenticeships apprenticeships;
    private final RegisteredArtisans artisans;

    Conflicts(Apprenticeships apprenticeships, RegisteredArtisans artisans) {
        this.apprenticeships = apprenticeships;
        this.artisans = artisans;
    }

    List<String> between(JuryMember member, long candidateId) {
        List<String> reasons = new ArrayList<>();
        if (member.relatives().contains(candidateId)) {
            reasons.add("relative");
        }
        if (member.artisanId() == null) {
            return reasons;
        }
        long memberId = member.artisanId();
        if (memberId == candidateId) {
            reasons.add("self");
            return reasons;
        }
        String nationalId =
                artisans.profile(candidateId).map(ArtisanProfile::nationalId).orElse(null);
        if (apprenticeships.wasApprenticeOf(memberId, candidateId, nationalId)) {
            reasons.add("apprentice");
        }
        if (artisans.sharesOrganisation(memberId, candidateId)) {
            reasons.add("organisation");
        }
        return reasons;
    }
}
