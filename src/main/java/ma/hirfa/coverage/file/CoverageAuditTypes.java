package ma.hirfa.coverage.file;

import java.util.Set;
import ma.hirfa.platform.HealthAuditTypes;
import org.springframework.stereotype.Component;

/**
 * The one list of the coverage module's audited entity types, all health data (Law 09-08): the audit page,
 * API and histories show them only to administrators and the coverage officers of the region.
 * {@code CoverageAuditIT} fails when the module audits a type that is missing here.
 */
@Component
class CoverageAuditTypes implements HealthAuditTypes {

    @Override
    public Set<String> entityTypes() {
        // The enrolment and its beneficiaries, contributions, claims with their notes, the fund's parameters.
        return Set.of(CoverageAccess.ENTITY, "CoverageContribution", "CoverageClaim", "CoverageParameter");
    }
}
