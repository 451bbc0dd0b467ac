package ma.hirfa.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.organisation.OrganisationSummary;
import ma.hirfa.registry.organisation.RegisteredOrganisations;
import org.springframework.stereotype.Component;

/**
 * Conflicts of interest between a committee member and an applicant, as VAE juries judge them (the member is the
 * applicant, a declared relative, or a fellow member of a cooperative): an applicant cooperative conflicts with
 * its own members and their declared relatives. Reasons are message keys {@code calls.conflict.<x>}.
 */
@Component
class CallConflicts {

    private final RegisteredArtisans artisans;
    private final RegisteredOrganisations organisations;

    CallConflicts(RegisteredArtisans artisans, RegisteredOrganisations organisations) {
        this.artisans = artisans;
        this.organisations = organisations;
    }

    List<String> between(Member member, Applicant applicant) {
        List<String> reasons = new ArrayList<>();
        if (applicant.kind() == Applicant.Kind.ARTISAN) {
            long id = applicant.id();
            if (member.artisanId() != null && member.artisanId() == id) {
                reasons.add("calls.conflict.self");
            }
            if (member.relatives().contains(id)) {
                reasons.add("calls.conflict.relative");
            }
            if (member.artisanId() != null && artisans.sharesOrganisation(member.artisanId(), id)) {
                reasons.add("calls.conflict.organisation");
            }
            return reasons;
        }
        Set<Long> members = organisations
                .find(applicant.id())
                .map(OrganisationSummary::memberArtisanIds)
                .orElse(Set.of());
        if (member.artisanId() != null && members.contains(member.artisanId())) {
            reasons.add("calls.conflict.organisation");
        }
        if (member.relatives().stream().anyMatch(members::contains)) {
            reasons.add("calls.conflict.relative");
        }
        return reasons;
    }
}
