package ma.hirfa.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Hash-chained trail of changes to personal and registry data")
class AuditApiController {

    private final AuditQueries queries;
    private final CurrentUsers users;

    AuditApiController(AuditQueries queries, CurrentUsers users) {
        this.queries = queries;
        this.users = users;
    }

    @GetMapping("/records")
    @PreAuthorize("hasAnyRole('ADMIN', 'CHAMBER_MANAGER', 'COVERAGE_OFFICER')")
    @Operation(
            summary = "Audit records, newest first, 50 a page; regional users see their region only; records of health"
                    + " data only for administrators and coverage officers, who see nothing else")
    List<AuditRecord> records(@ModelAttribute AuditFilter filter, @RequestParam(defaultValue = "0") int page) {
        return queries.search(filter, users.current(), page).stream()
                .limit(AuditQueries.PAGE_SIZE)
                .toList();
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Recompute the hash chain and report the first broken record, if any")
    ChainVerification verify() {
        return queries.verify();
    }
}
