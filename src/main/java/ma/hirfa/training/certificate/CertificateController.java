package ma.hirfa.training.certificate;

import ma.hirfa.platform.NotFoundException;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import ma.hirfa.training.TrainingRefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A certificate's page: its PDF (with English on request), verification link, revocation and reissue. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/training/certificates/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("certificate", get(id));
        return "training/certificate/show";
    }

    @GetMapping("/training/certificates/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        CertificateView view = get(id);
        return Download.inline(view.number() + ".pdf", MediaType.APPLICATION_PDF, certificates.pdf(id, english));
    }

    @PostMapping("/training/certificates/{id}/revocation")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            certificates.revoke(id, reason);
            redirect.addFlashAttribute("message", "training.certificate.revoked");
        } catch (TrainingRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/training/certificates/" + id;
    }

    @PostMapping("/training/certificates/{id}/reissue")
    String reissue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            CertificateView next = certificates.reissue(id);
            redirect.addFlashAttribute("message", "training.certificate.reissued");
            return "redirect:/training/certificates/" + next.id();
        } catch (TrainingRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/training/certificates/" + id;
        }
    }

    private CertificateView get(long id) {
        return certificates.find(id).orElseThrow(() -> new NotFoundException("Certificate", id));
    }
}
