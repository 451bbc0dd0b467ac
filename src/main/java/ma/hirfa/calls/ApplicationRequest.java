package ma.hirfa.calls;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An application: staff name the applicant (an artisan or an organisation, by id); an artisan applying from
 * their own account gives only the preferences, first choice first.
 */
record ApplicationRequest(
        Applicant.Kind applicantKind,
        Long applicantId,
        @Size(max = 50) List<String> preferences) {}
