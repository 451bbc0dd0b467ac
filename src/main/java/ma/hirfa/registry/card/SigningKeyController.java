package ma.hirfa.registry.card;

import ma.hirfa.platform.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators rotate the key that signs new cards; earlier keys stay published for verification. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SigningKeyController {

    private final SigningKeys keys;
    private final AuditTrail audit;

    SigningKeyController(SigningKeys keys, AuditTrail audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @GetMapping("/admin/signing-keys")
    String list(Model model) {
        model.addAttribute("keys", keys.published());
        return "registry/card/keys";
    }

    @PostMapping("/admin/signing-keys/rotation")
    @Transactional
    String rotate(RedirectAttributes redirect) {
        String kid = keys.rotate();
        audit.created("SigningKey", kid, null, java.util.Map.of("kid", kid, "algorithm", SigningKeys.ALGORITHM));
        redirect.addFlashAttribute("message", "registry.keys.rotated");
        return "redirect:/admin/signing-keys";
    }
}
