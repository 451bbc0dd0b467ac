package ma.hirfa.vae.application;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.registry.artisan.ArtisanProfile;

/** Why an application may or may not go before a jury; reasons are message keys {@code vae.eligibility.<x>}. */
final class Eligibility {

    static final String YEARS = "years";
    static final String NO_EVIDENCE = "noEvidence";
    static final String NOT_REGISTERED = "notRegistered";
    static final String ALREADY_OPEN = "alreadyOpen";
    static final String ALREADY_VALIDATED = "alreadyValidated";

    private Eligibility() {}

    static List<String> reasons(
            Application a, ArtisanProfile artisan, int evidence, int otherOpen, int validated, int minYears) {
        List<String> reasons = new ArrayList<>();
        if (a.yearsOfPractice() < minYears) {
            reasons.add(YEARS);
        }
        if (evidence == 0) {
            reasons.add(NO_EVIDENCE);
        }
        if (artisan == null || !artisan.registered()) {
            reasons.add(NOT_REGISTERED);
        }
        if (otherOpen > 0) {
            reasons.add(ALREADY_OPEN);
        }
        if (validated > 0) {
            reasons.add(ALREADY_VALIDATED);
        }
        return reasons;
    }
}
