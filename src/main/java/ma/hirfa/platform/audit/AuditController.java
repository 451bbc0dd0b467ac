package ma.hirfa.platform.audit;

import java.util.List;
import ma.hirfa.platform.AuditAction;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CHAMBER_MANAGER', 'COVERAGE_OFFICER')")
class AuditController {

    private final AuditQueries queries;
    private final CurrentUsers users;

    AuditController(AuditQueries queries, CurrentUsers users) {
        this.queries = queries;
        this.users = users;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        List<AuditRecord> rows = queries.search(filter, users.current(), page);
        model.addAttribute(
                "records", rows.stream().limit(AuditQueries.PAGE_SIZE).toList());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", rows.size() > AuditQueries.PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        return "platform/audit/list";
    }

    @PostMapping("/admin/audit/verification")
    @PreAuthorize("hasRole('ADMIN')")
    String verify(Model model) {
        model.addAttribute("verification", queries.verify());
        model.addAttribute("filter", AuditFilter.none());
        model.addAttribute("records", List.of());
        model.addAttribute("page", 0);
        model.addAttribute("hasNext", false);
        model.addAttribute("actions", AuditAction.values());
        return "platform/audit/list";
    }
}
