package ma.hirfa.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.organisation.OrganisationSummary;
import ma.hirfa.registry.organisation.RegisteredOrganisations;
import org.springframework.stereotype.Component;

/**
 * The common rules of every call (a registered artisan or organisation of the call's region, not suspended or
 * struck off), then the offering module's own rules. Reasons are message keys; the name is for the application.
 */
@Component
class CallEligibility {

    record Verdict(String applicantName, List<String> reasons) {}

    private final RegisteredArtisans artisans;
    private final RegisteredOrganisations organisations;
    private final Offerings offerings;

    CallEligibility(RegisteredArtisans artisans, RegisteredOrganisations organisations, Offerings offerings) {
        this.artisans = artisans;
        this.organisations = organisations;
        this.offerings = offerings;
    }

    Verdict of(Call call, Applicant applicant) {
        List<String> reasons = new ArrayList<>();
        String name;
        String region;
        if (applicant.kind() == Applicant.Kind.ARTISAN) {
            Optional<ArtisanSummary> found = artisans.find(applicant.id());
            if (found.isEmpty()) {
                return new Verdict(null, List.of("calls.eligibility.unknown"));
            }
            ArtisanSummary a = found.get();
            name = a.displayName();
            region = a.regionCode();
            if (a.status() == ArtisanStatus.SUSPENDED) {
                reasons.add("calls.eligibility.suspended");
            } else if (a.status() == ArtisanStatus.STRUCK_OFF) {
                reasons.add("calls.eligibility.struckOff");
            } else if (!a.registered()) {
                reasons.add("calls.eligibility.notRegistered");
            }
        } else {
            Optional<OrganisationSummary> found = organisations.find(applicant.id());
            if (found.isEmpty()) {
                return new Verdict(null, List.of("calls.eligibility.unknown"));
            }
            OrganisationSummary o = found.get();
            name = o.nameAr() + " — " + o.nameFr();
            region = o.regionCode();
            // by name: the register shares the summary of an organisation, not its status type
            String status = o.status().name();
            if ("SUSPENDED".equals(status)) {
                reasons.add("calls.eligibility.suspended");
            } else if ("STRUCK_OFF".equals(status)) {
                reasons.add("calls.eligibility.struckOff");
            } else if (!o.registered()) {
                reasons.add("calls.eligibility.notRegistered");
            }
        }
        if (!call.regionCode().equals(region)) {
            reasons.add("calls.eligibility.otherRegion");
        }
        if (reasons.isEmpty()) {
            reasons.addAll(offerings.of(call.kind()).refusals(applicant, call.ownerId()));
        }
        return new Verdict(name, reasons);
    }
}
